package org.dossier.model;

import java.util.Locale;

/**
 * Families of {@link EventType}s, for filtering a timeline ({@code --family}) and grouping a view. The interactions
 * between actors follow CAMEO's four quad classes, as GDELT's {@code QuadClass} does (so a GDELT user reads them
 * the same way); the other types group by what a news desk would call a beat.
 */
public enum EventFamily {
    /** CAMEO 01–05: statements, requests, intents, meetings, visits, cooperation. */
    VERBAL_COOPERATION,
    /** CAMEO 06–08: aid, concessions. */
    MATERIAL_COOPERATION,
    /** CAMEO 09–13: investigations, demands, criticism, rejections, threats. */
    VERBAL_CONFLICT,
    /** CAMEO 14–20: protests, military posture, reductions, coercion, attacks. */
    MATERIAL_CONFLICT,
    /** Deaths, injuries, births, marriages. */
    LIFE,
    /** Natural disasters and accidents. */
    DISASTER,
    /** Charges, trials, verdicts, sentences, appeals. */
    JUSTICE,
    /** Elections, legislation, appointments and resignations. */
    POLITICS,
    /** Deals, companies, products, markets. */
    ECONOMY,
    /** People and goods moving (not official visits). */
    MOVEMENT,
    /** Matches, races, awards. */
    CONTEST,
    /** Eventive words that fit no type. */
    OTHER;

    /** The family of {@code type}. */
    public static EventFamily of(EventType type) {
        return switch (type) {
            case STATEMENT, REQUEST, INTENT, MEETING, VISIT, COOPERATION -> VERBAL_COOPERATION;
            case AID, CONCESSION -> MATERIAL_COOPERATION;
            case INVESTIGATION, DEMAND, CRITICISM, REJECTION, THREAT -> VERBAL_CONFLICT;
            case PROTEST, MILITARY_POSTURE, REDUCTION, COERCION, ATTACK -> MATERIAL_CONFLICT;
            case DEATH, INJURY, LIFE -> LIFE;
            case DISASTER, ACCIDENT -> DISASTER;
            case JUSTICE -> JUSTICE;
            case ELECTION, LEGISLATION, PERSONNEL -> POLITICS;
            case TRANSACTION, BUSINESS, PRODUCT, ECONOMY -> ECONOMY;
            case TRANSPORT -> MOVEMENT;
            case CONTEST -> CONTEST;
            case OTHER -> OTHER;
        };
    }

    /**
     * The family a user named ({@code "disaster"}, {@code "material-conflict"}, {@code "MATERIAL_CONFLICT"}).
     *
     * @throws IllegalArgumentException naming the families when {@code name} is none of them
     */
    public static EventFamily parse(String name) {
        String n = name.trim().toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
        for (EventFamily f : values()) {
            if (f.name().equals(n)) {
                return f;
            }
        }
        throw new IllegalArgumentException("unknown event family '" + name + "'; expected one of: " + names());
    }

    /** The families as a user types them ({@code verbal-cooperation, …}). */
    public static String names() {
        StringBuilder sb = new StringBuilder();
        for (EventFamily f : values()) {
            sb.append(sb.isEmpty() ? "" : ", ").append(f.cliName());
        }
        return sb.toString();
    }

    /** The lower-case, hyphenated name ({@code material-conflict}). */
    public String cliName() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}

package org.dossier.model;

/**
 * News event types ({@code docs/spec/dossier-1.md}, "Event types"). Two families share the one field: interactions
 * between actors, each mapped to a CAMEO root code (GDELT compatibility), and everything else news reports (deaths,
 * accidents, disasters, court cases, elections, appointments, deals, launches, contests, market moves), which have
 * no CAMEO code and may carry an ACE 2005 subtype on the event ({@link Event#ace()}). {@link #OTHER} is an eventive
 * word that fits no type: kept in the record, hidden from timelines by default, ignored by the scorer.
 */
public enum EventType {
    STATEMENT("01"), REQUEST("02"), INTENT("03"), MEETING("04"), VISIT("042"), COOPERATION("05"), AID("07"),
    CONCESSION("08"), INVESTIGATION("09"), DEMAND("10"), CRITICISM("11"), REJECTION("12"), THREAT("13"),
    PROTEST("14"), MILITARY_POSTURE("15"), REDUCTION("16"), COERCION("17"), ATTACK("18"),
    DEATH(null), INJURY(null), LIFE(null), TRANSPORT(null), TRANSACTION(null), BUSINESS(null), PRODUCT(null),
    PERSONNEL(null), ELECTION(null), LEGISLATION(null), JUSTICE(null), DISASTER(null), ACCIDENT(null),
    CONTEST(null), ECONOMY(null), OTHER(null);

    private final String cameo;

    EventType(String cameo) {
        this.cameo = cameo;
    }

    /** The CAMEO root code of this type, or {@code null} for a type outside the interactions between actors. */
    public String cameo() {
        return cameo;
    }

    /** The family this type belongs to (CAMEO's quad classes for the interactions, news beats for the rest). */
    public EventFamily family() {
        return EventFamily.of(this);
    }

    /** True for the interactions between actors (the CAMEO-mapped family). */
    public boolean interaction() {
        return cameo != null;
    }
}

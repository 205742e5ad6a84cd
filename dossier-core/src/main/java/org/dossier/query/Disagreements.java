package org.dossier.query;

import org.dossier.annotate.lexicon.LexiconFile;
import org.dossier.timeline.EventDate;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Where the reports of one corpus event disagree, computed on read from the reports alone (so it never goes stale
 * when an article is added, re-extracted or removed). A pure function: same reports, same answer, in a fixed order.
 *
 * <ul>
 *   <li><b>date</b>: two reports give dates whose periods do not overlap ("Dec. 7" against "Dec. 8"); a coarser
 *       date that holds the finer one is no disagreement ("December" and "Dec. 7", "the week" and its Monday).</li>
 *   <li><b>place</b>: two reports name different places of the same kind (two cities, two countries, or two places
 *       of unknown kind); a city and a country may be one inside the other, and are not flagged.</li>
 *   <li><b>participant</b>: two reports name actors (or targets) with no corpus entity in common; one naming fewer
 *       of the same is no disagreement.</li>
 *   <li><b>factuality</b>: one report asserts it (or reports it without denial), another negates it or reports it
 *       through a denial ("X denied that …", the cue words in {@code denial-cues.tsv}).</li>
 *   <li><b>since</b>: expected in one report and happened in another published on the same day or later: it
 *       happened since, a development rather than a contradiction ({@link Rows.Disagreement#conflict()} is
 *       false).</li>
 *   <li><b>still-expected</b>: expected in a report published after another said it had happened.</li>
 * </ul>
 * Hypothetical reports (requested, proposed, conditional) take part in the date, place and participant checks only.
 */
public final class Disagreements {

    private static final Set<String> DENIAL_CUES = denialCues();
    private static final Pattern SPACE = Pattern.compile("\\s+");
    private static final List<String> ROLES = List.of("source", "target");

    private Disagreements() {
    }

    /** The disagreements among {@code reports}: date, place, participant, factuality, then since/still-expected. */
    public static List<Rows.Disagreement> of(List<Rows.Report> reports) {
        List<Rows.Disagreement> out = new ArrayList<>();
        dates(reports).ifPresent(out::add);
        places(reports).ifPresent(out::add);
        for (String role : ROLES) {
            participants(reports, role).ifPresent(out::add);
        }
        factuality(reports).ifPresent(out::add);
        out.addAll(expectation(reports));
        return out;
    }

    /** The kinds of {@code ds}, comma-separated, or {@code null} when there are none. */
    public static String kinds(List<Rows.Disagreement> ds) {
        if (ds.isEmpty()) {
            return null;
        }
        return String.join(", ", ds.stream().map(Rows.Disagreement::kind).distinct().toList());
    }

    /** Whether the report denies the event: negated, or known through a claim whose cue is a denial. */
    public static boolean denies(Rows.Report r) {
        return "negated".equals(r.factuality()) || r.attributed() && denial(r.claimCue());
    }

    /** Whether the report says the event happened (asserted, or reported without denial). */
    public static boolean affirms(Rows.Report r) {
        return ("asserted".equals(r.factuality()) || "reported".equals(r.factuality())) && !denies(r);
    }

    static boolean denial(String cue) {
        if (cue == null) {
            return false;
        }
        for (String w : SPACE.split(cue.toLowerCase(Locale.ROOT))) {
            if (DENIAL_CUES.contains(w)) {
                return true;
            }
        }
        return false;
    }

    private static Optional<Rows.Disagreement> dates(List<Rows.Report> reports) {
        Map<String, List<Rows.Report>> byValue = group(reports, r -> EventDate.parse(r.date()).isPresent()
                ? r.date().strip() : null);
        Map<String, EventDate> periods = new LinkedHashMap<>();
        byValue.keySet().forEach(v -> periods.put(v, EventDate.parse(v).orElseThrow()));
        Comparator<String> byPeriod = Comparator.comparing(periods::get);
        Set<String> clashing = new TreeSet<>(byPeriod.thenComparing(Comparator.<String>naturalOrder()));
        for (String a : periods.keySet()) {
            for (String b : periods.keySet()) {
                EventDate x = periods.get(a);
                EventDate y = periods.get(b);
                if (!a.equals(b) && !x.overlaps(y.first(), y.last())) {
                    clashing.add(a);
                    clashing.add(b);
                }
            }
        }
        return disagreement("date", "reports give different dates", clashing, byValue);
    }

    private static Optional<Rows.Disagreement> places(List<Rows.Report> reports) {
        Map<String, List<Rows.Report>> byPlace = group(reports, Disagreements::placeKey);
        Set<String> clashing = new TreeSet<>();
        for (String a : byPlace.keySet()) {
            for (String b : byPlace.keySet()) {
                String ka = byPlace.get(a).get(0).placeKind();
                String kb = byPlace.get(b).get(0).placeKind();
                if (!a.equals(b) && java.util.Objects.equals(ka, kb)) {
                    clashing.add(a);
                    clashing.add(b);
                }
            }
        }
        Map<String, List<Rows.Report>> named = new LinkedHashMap<>();
        for (String key : clashing) {
            named.put(byPlace.get(key).get(0).place(), byPlace.get(key));
        }
        return disagreement("place", "reports give different places", named.keySet(), named);
    }

    private static String placeKey(Rows.Report r) {
        if (r.placeEntity() != null) {
            return "e" + r.placeEntity();
        }
        return r.place() == null || r.place().isBlank() ? null : "n:" + r.place().strip().toLowerCase(Locale.ROOT);
    }

    private static Optional<Rows.Disagreement> participants(List<Rows.Report> reports, String role) {
        Map<String, List<Rows.Party>> partiesOf = new LinkedHashMap<>();
        Map<String, List<Rows.Report>> byNames = new LinkedHashMap<>();
        for (Rows.Report r : reports) {
            List<Rows.Party> parties = r.participants().stream().filter(p -> role.equals(p.role())).toList();
            if (parties.isEmpty()) {
                continue;
            }
            String label = String.join("; ", new TreeSet<>(parties.stream().map(Rows.Party::name).toList()));
            partiesOf.putIfAbsent(label, parties);
            byNames.computeIfAbsent(label, k -> new ArrayList<>()).add(r);
        }
        Set<String> clashing = new TreeSet<>();
        Map<String, List<String>> words = new HashMap<>(); // each name split once, not once per pair
        for (String a : partiesOf.keySet()) {
            for (String b : partiesOf.keySet()) {
                if (!a.equals(b) && partiesOf.get(a).stream().noneMatch(p -> partiesOf.get(b).stream()
                        .anyMatch(q -> samePerson(p, q, n -> words.computeIfAbsent(n, Disagreements::words))))) {
                    clashing.add(a);
                    clashing.add(b);
                }
            }
        }
        String who = role.equals("source") ? "who acts" : "who is acted on";
        return disagreement("participant", "reports name different participants (" + who + ")", clashing, byNames);
    }

    /**
     * Whether two participants may be one: the same corpus entity, or names of which one holds every word of the
     * other ("Zelensky" and "Volodymyr Zelensky", which the entity merger keeps apart without more evidence, while
     * the event's other reports tie them); "Jane Smith" and "John Smith" are not.
     */
    static boolean samePerson(Rows.Party p, Rows.Party q) {
        return samePerson(p, q, Disagreements::words);
    }

    /** {@link #samePerson(Rows.Party, Rows.Party)}, the words of a name given by {@code words} (a cache of them). */
    static boolean samePerson(Rows.Party p, Rows.Party q, java.util.function.Function<String, List<String>> words) {
        if (p.entity() != null && p.entity().equals(q.entity())) {
            return true;
        }
        if (p.name() != null && p.name().equalsIgnoreCase(q.name())) {
            return true;
        }
        List<String> a = words.apply(p.name());
        List<String> b = words.apply(q.name());
        if (a.isEmpty() || b.isEmpty()) {
            return false;
        }
        return a.size() <= b.size() ? b.containsAll(a) : a.containsAll(b);
    }

    /** Unicode category N (\\p{N}): decimal digits, letter numbers, other numbers. */
    private static boolean isNumber(int cp) {
        int t = Character.getType(cp);
        return t == Character.DECIMAL_DIGIT_NUMBER || t == Character.LETTER_NUMBER || t == Character.OTHER_NUMBER;
    }

    static List<String> words(String name) {
        if (name == null) {
            return List.of();
        }
        // the runs of letters and numbers (regex [\p{L}\p{N}]+), without a regular expression: this runs for
        // every pair of participants a timeline row compares
        String s = name.toLowerCase(Locale.ROOT);
        List<String> out = new ArrayList<>();
        int start = -1;
        for (int i = 0; i <= s.length(); ) {
            int cp = i < s.length() ? s.codePointAt(i) : -1;
            boolean word = cp >= 0 && (Character.isLetter(cp) || isNumber(cp));
            if (word && start < 0) {
                start = i;
            } else if (!word && start >= 0) {
                String w = s.substring(start, i);
                if (!w.equals("the")) {
                    out.add(w);
                }
                start = -1;
            }
            i += cp >= 0 ? Character.charCount(cp) : 1;
        }
        return out;
    }

    private static Optional<Rows.Disagreement> factuality(List<Rows.Report> reports) {
        List<Rows.Report> yes = reports.stream().filter(Disagreements::affirms).toList();
        List<Rows.Report> no = reports.stream().filter(Disagreements::denies).toList();
        if (yes.isEmpty() || no.isEmpty()) {
            return Optional.empty();
        }
        List<Rows.Side> sides = new ArrayList<>();
        sides.add(new Rows.Side("happened", keys(yes)));
        List<Rows.Report> negated = no.stream().filter(r -> "negated".equals(r.factuality())).toList();
        List<Rows.Report> denied = no.stream().filter(r -> !"negated".equals(r.factuality())).toList();
        if (!negated.isEmpty()) {
            sides.add(new Rows.Side("did not happen", keys(negated)));
        }
        if (!denied.isEmpty()) {
            sides.add(new Rows.Side("denied", keys(denied)));
        }
        return Optional.of(new Rows.Disagreement("factuality", "asserted by " + carriers(yes) + "; "
                + (negated.isEmpty() ? "" : "negated by " + carriers(negated)) + (negated.isEmpty() || denied.isEmpty()
                ? "" : "; ") + (denied.isEmpty() ? "" : "denied by " + carriers(denied)), sides));
    }

    /** Expected in some reports, happened in others: since (in publication order), or still expected after. */
    private static List<Rows.Disagreement> expectation(List<Rows.Report> reports) {
        List<Rows.Report> expected = reports.stream().filter(r -> "expected".equals(r.factuality())).toList();
        List<Rows.Report> happened = reports.stream().filter(Disagreements::affirms).toList();
        if (expected.isEmpty() || happened.isEmpty()) {
            return List.of();
        }
        String firstHappened = happened.stream().map(Rows.Report::published).filter(java.util.Objects::nonNull)
                .min(Comparator.naturalOrder()).orElse(null);
        List<Rows.Report> before = new ArrayList<>();
        List<Rows.Report> after = new ArrayList<>();
        for (Rows.Report r : expected) {
            boolean later = firstHappened != null && r.published() != null && r.published().compareTo(firstHappened) > 0;
            (later ? after : before).add(r);
        }
        List<Rows.Disagreement> out = new ArrayList<>();
        if (!before.isEmpty()) {
            out.add(new Rows.Disagreement("since", "expected in " + articles(before) + "; happened since, per "
                    + articles(happened), List.of(new Rows.Side("expected", keys(before)),
                    new Rows.Side("happened", keys(happened)))));
        }
        if (!after.isEmpty()) {
            out.add(new Rows.Disagreement("still-expected", "still expected in " + articles(after) + " after "
                    + articles(happened) + " said it happened", List.of(new Rows.Side("happened", keys(happened)),
                    new Rows.Side("expected", keys(after)))));
        }
        return out;
    }

    private static Optional<Rows.Disagreement> disagreement(String kind, String summary, Set<String> values,
                                                            Map<String, List<Rows.Report>> byValue) {
        if (values.size() < 2) {
            return Optional.empty();
        }
        List<Rows.Side> sides = new ArrayList<>();
        List<String> parts = new ArrayList<>();
        for (String v : values) {
            sides.add(new Rows.Side(v, keys(byValue.get(v))));
            parts.add(v + " (" + articles(byValue.get(v)) + ")");
        }
        return Optional.of(new Rows.Disagreement(kind, summary + ": " + String.join(" vs ", parts), sides));
    }

    /** Reports grouped by {@code key} (reports without one left out), in the order first seen. */
    private static Map<String, List<Rows.Report>> group(List<Rows.Report> reports, Function<Rows.Report, String> key) {
        Map<String, List<Rows.Report>> out = new LinkedHashMap<>();
        for (Rows.Report r : reports) {
            String k = key.apply(r);
            if (k != null) {
                out.computeIfAbsent(k, x -> new ArrayList<>()).add(r);
            }
        }
        return out;
    }

    private static List<String> keys(List<Rows.Report> rs) {
        return rs.stream().map(Rows.Report::key).toList();
    }

    private static String articles(List<Rows.Report> rs) {
        return String.join(", ", rs.stream().map(r -> r.article() + (r.published() == null ? "" : " " + r.published()))
                .distinct().toList());
    }

    private static String carriers(List<Rows.Report> rs) {
        return String.join(", ", rs.stream().map(r -> r.carrier() + " (" + r.article() + ")").distinct().toList());
    }

    private static Set<String> denialCues() {
        String name = "denial-cues.tsv";
        try (InputStream in = Disagreements.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException(name + " is missing beside " + Disagreements.class.getName());
            }
            Set<String> out = new TreeSet<>();
            LexiconFile.read(name, in).requireColumns("word").rows().forEach(r -> out.add(r.lower("word")));
            return Set.copyOf(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

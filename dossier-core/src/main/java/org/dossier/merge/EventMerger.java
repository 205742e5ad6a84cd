package org.dossier.merge;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Decides whether an article's event is a corpus event already known (reported by an earlier article, or mentioned
 * earlier in the same one) or a new one, and says why in one sentence ({@code --why}).
 *
 * <p>The candidates are the corpus events found under the report's predicate key ({@link EventLexicon}: "quake" and
 * "earthquake" share one) among the events of the articles closest to the new one as a whole. A candidate is
 * <em>ruled out</em> when the dates cannot be the same at their granularity (another year; another month; days more
 * than {@link #DAYS_APART} apart). Types are not compared: the extractor may type one happening apart in two
 * reports ("killed" by a gunman an ATTACK, "died" a DEATH), and the key already keeps senses apart only as far as
 * words do. Of the others it <em>qualifies</em> when
 * <ul>
 *   <li>the new article reports it already (within-article coreference: "the quake" ... "the earthquake"), or</li>
 *   <li>the articles are close as a whole: the cosine of their {@link ArticleProfile}s is at least
 *       {@link #CLOSE}, or at least {@link #NEAR} with a shared participant or place (corpus entities).</li>
 * </ul>
 * A report of speech ({@link EventLexicon#speech}: "said", "reported", "confirmed") qualifies only with a shared
 * participant: every "said" is its own statement unless the same speaker is named; so does a light predicate from
 * another article ({@link EventLexicon#light}: "make", "take", "remain", "security", "emergency"), which names no
 * happening by itself. Two earthquakes in two countries
 * are two events: their articles share the words of every earthquake report, which idf weighs down, but not the
 * places, victims and officials; two alike stories about one team or one ceremony (two players arrested, two hosts)
 * are kept apart by the store, which weighs down the closeness of an article whose main person the other does not
 * name. The best qualifying candidate (closeness, plus
 * {@link EventCandidate#support}, plus shared participants and place) is joined; with none the report founds a
 * corpus event. Candidates the report is just as surely ({@link #alsoTheSame}) are merged into the one joined. The
 * thresholds were set on ECB+ train topics and checked on dev (docs/quality.md). Stateless and thread-safe.
 */
public final class EventMerger {

    /** Articles at least this close (cosine of profiles) report the same events under the same predicate. */
    public static final double CLOSE = 0.12;

    /** Articles at least this close report the same event when the reports also share a participant or place. */
    public static final double NEAR = 0.04;

    /** Full dates further apart than this many days are two events. */
    public static final int DAYS_APART = 3;

    /** How much the rest of the new article's neighbourhood counts in choosing among qualifying candidates. */
    private static final double SUPPORT = 1.0;

    /** Articles at least this close that report one event under one key make their two corpus events one. */
    public static final double BRIDGE = 0.25;

    private final double bridge;

    private final double close;
    private final double near;
    private final EventLexicon lexicon = EventLexicon.standard();

    public EventMerger() {
        this(CLOSE, NEAR, BRIDGE);
    }

    /** A merger with other thresholds (for benchmarks that trace the trade-off). */
    public EventMerger(double close, double near, double bridge) {
        this.close = close;
        this.near = near;
        this.bridge = bridge;
    }

    /**
     * Why {@code c} cannot be the act of saying {@code r} reports, or {@code null}: a report of speech
     * ({@link EventLexicon#speech}: "said", "reported", "confirmed") is the same act only when the two name the same
     * speaker or addressee; two articles that both write "police said", or one that writes it twice, tell of two
     * statements.
     */
    private String otherSpeech(EventReport r, EventCandidate c) {
        if (!lexicon.speech(r.key()) || r.participants().stream().anyMatch(c.participants()::contains)) {
            return null;
        }
        return "#" + c.id() + " is another statement: '" + r.predicate() + "' tells of saying, and the two name no "
                + "speaker in common";
    }

    /**
     * Why {@code c} cannot be joined on the word of {@code r} alone, or {@code null}: a light predicate
     * ({@link EventLexicon#light}: a support verb such as "make", "take", "remain", or a generic noun such as
     * "security", "emergency", "career") names no happening by itself, so two articles that both use it have reported
     * one happening only when the reports also share a participant or the place ({@code shared}). Within one article
     * it joins as any other ("the emergency" ... "the emergency").
     */
    private String lightWord(EventReport r, EventCandidate c, int shared) {
        if (c.sameArticle() || shared > 0 || !lexicon.light(r.key())) {
            return null;
        }
        return "#" + c.id() + " is reported by another article, and '" + r.predicate() + "' names no happening by "
                + "itself: the two share no participant or place";
    }

    /** Decides for {@code report} among {@code candidates}. */
    public MergeDecision decide(EventReport report, List<EventCandidate> candidates) {
        EventCandidate best = null;
        double bestScore = -1;
        List<String> ruledOut = new ArrayList<>();
        for (EventCandidate c : candidates) {
            String why = ruledOut(report, c);
            if (why == null) {
                why = otherSpeech(report, c);
            }
            if (why != null) {
                ruledOut.add(why);
                continue;
            }
            int shared = shared(report, c);
            boolean elsewhere = report.place() != null && !c.places().isEmpty() && !c.places().contains(report.place());
            String light = lightWord(report, c, shared);
            if (light != null) {
                ruledOut.add(light);
                continue;
            }
            boolean qualifies = c.sameArticle() || c.closeness() >= (elsewhere ? bridge : close)
                    || (c.closeness() >= near && shared > 0);
            if (!qualifies) {
                ruledOut.add(String.format(Locale.ROOT, "#%d's articles are too far from this one (closeness %.2f%s%s)",
                        c.id(), c.closeness(), shared > 0 ? "" : ", nothing shared",
                        elsewhere ? ", and it happened elsewhere" : ""));
                continue;
            }
            double score = (c.sameArticle() ? 1.0 : c.closeness()) + SUPPORT * c.support() + 0.1 * Math.min(3, shared);
            if (score > bestScore) {
                best = c;
                bestScore = score;
            }
        }
        String what = "'" + report.predicate() + "' (" + report.type() + ")";
        if (best == null) {
            if (candidates.isEmpty()) {
                return MergeDecision.apart("new event " + what + ": no close article reports an event under '"
                        + report.key() + "'");
            }
            return MergeDecision.apart("new event " + what + ": " + String.join("; ", ruledOut.subList(0,
                    Math.min(3, ruledOut.size()))) + (ruledOut.size() > 3 ? "; and " + (ruledOut.size() - 3)
                    + " more" : ""));
        }
        return MergeDecision.join(best.id(), "joined #" + best.id() + " '" + best.predicate() + "': " + evidence(report,
                best));
    }

    /**
     * The candidates other than {@code joined} that {@code report} is just as surely: reported earlier in the same
     * article, or by articles at least {@link #BRIDGE} close, with no date conflict. One event cannot be two corpus
     * events, so the store merges them into the one joined (an earlier article could not tell they were one).
     */
    public List<Long> alsoTheSame(EventReport report, List<EventCandidate> candidates, long joined) {
        List<Long> out = new ArrayList<>();
        for (EventCandidate c : candidates) {
            if (c.id() != joined && ruledOut(report, c) == null && otherSpeech(report, c) == null
                    && lightWord(report, c, shared(report, c)) == null && (c.sameArticle()
                    || c.closeness() >= bridge)) {
                out.add(c.id());
            }
        }
        return out;
    }

    private static String evidence(EventReport r, EventCandidate c) {
        List<String> out = new ArrayList<>();
        out.add(r.predicate() != null && r.predicate().equalsIgnoreCase(c.predicate()) ? "same predicate"
                : "predicate '" + r.predicate() + "' names the same happening as '" + c.predicate() + "'");
        out.add(c.sameArticle() ? "reported earlier in this article"
                : String.format(Locale.ROOT, "articles close as a whole (%.2f)", c.closeness()));
        long people = r.participants().stream().filter(c.participants()::contains).count();
        if (people > 0) {
            out.add(people + " shared participant" + (people == 1 ? "" : "s"));
        }
        if (r.place() != null && c.places().contains(r.place())) {
            out.add("same place");
        }
        if (r.date() != null && c.dates().stream().anyMatch(d -> d.equals(r.date()))) {
            out.add("same date " + r.date());
        }
        return String.join(", ", out);
    }

    /** Why {@code c} cannot be the event {@code r} reports, or {@code null}. */
    private static String ruledOut(EventReport r, EventCandidate c) {
        if (r.date() != null) {
            for (String d : c.dates()) {
                String conflict = dateConflict(r.date(), d);
                if (conflict != null) {
                    return "#" + c.id() + " happened " + d + ", this " + r.date() + " (" + conflict + ")";
                }
            }
        }
        return null;
    }

    private static int shared(EventReport r, EventCandidate c) {
        int n = (int) r.participants().stream().filter(c.participants()::contains).count();
        if (r.place() != null && c.places().contains(r.place())) {
            n++;
        }
        return n;
    }

    /**
     * Why two date values cannot name the same happening, at the granularity both give, or {@code null}: another
     * year, another month, or days more than {@link #DAYS_APART} apart. Unknown parts ({@code XXXX}) and values of
     * other forms (weeks, seasons, durations) never conflict.
     */
    static String dateConflict(String a, String b) {
        int[] x = ymd(a);
        int[] y = ymd(b);
        if (x == null || y == null) {
            return null;
        }
        if (x[0] > 0 && y[0] > 0 && x[0] != y[0]) {
            if (x[1] > 0 && y[1] > 0 && x[2] > 0 && y[2] > 0 && Math.abs(epochDay(x) - epochDay(y)) <= DAYS_APART) {
                return null; // New Year's Eve and New Year's Day
            }
            return "another year";
        }
        if (x[1] > 0 && y[1] > 0 && x[1] != y[1]) {
            if (x[2] > 0 && y[2] > 0 && (x[0] == 0 || y[0] == 0 ? Math.abs(x[1] - y[1]) == 1
                    : Math.abs(epochDay(x) - epochDay(y)) <= DAYS_APART)) {
                return null;
            }
            return "another month";
        }
        if (x[2] > 0 && y[2] > 0 && Math.abs(x[2] - y[2]) > DAYS_APART) {
            return "days apart";
        }
        return null;
    }

    /** Year, month, day of a TIMEX3 date value (0 where unknown), or {@code null} for another form. */
    private static int[] ymd(String v) {
        if (v == null || v.length() < 4) {
            return null;
        }
        String[] parts = v.split("-");
        int[] out = new int[3];
        for (int i = 0; i < Math.min(3, parts.length); i++) {
            String p = parts[i];
            if (p.chars().allMatch(ch -> ch == 'X')) {
                continue;
            }
            if (i > 0 && p.length() != 2 || i == 0 && p.length() != 4 || !p.chars().allMatch(Character::isDigit)) {
                return i == 0 ? null : out; // 2008-W49, 2008-SU: the year counts, the rest does not
            }
            out[i] = Integer.parseInt(p);
        }
        if (out[1] > 12 || out[2] > 31) {
            return null;
        }
        return out;
    }

    private static long epochDay(int[] d) {
        try {
            return java.time.LocalDate.of(d[0], d[1], d[2]).toEpochDay();
        } catch (java.time.DateTimeException e) {
            return Long.MIN_VALUE / 4;
        }
    }
}

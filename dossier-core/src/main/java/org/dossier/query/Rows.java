package org.dossier.query;

import java.util.List;

/** The records the queries return; each is flat, so it prints as a table row or a CSV line. */
public final class Rows {

    private Rows() {
    }

    /** One event on a timeline. {@code day} orders it (see {@link org.dossier.timeline.EventDate#day}); {@code date} is its TIMEX3 value. */
    public record Event(String day, String date, String type, String cameo, String predicate, String trigger,
                        String actors, String targets, String location, String factuality, String claimSource,
                        String article, String event, String url) {
    }

    public record Quote(String day, String speaker, String quote, String cue, String article, String id) {
    }

    public record Claim(String day, String source, String cue, String content, String via, boolean hedged,
                        String date, String article, String id) {
    }

    /** A search hit: an article, a quote or a claim; {@code id} is the quote's or claim's id in its article. */
    public record Hit(String kind, String article, String id, double score, String snippet) {
    }

    /** A name or title of an entity, when it was first and last used, in how many articles. */
    public record NameUse(String value, String first, String last, int articles) {
    }

    /** An entity seen in the same articles, and in how many. */
    public record Neighbour(long entity, String name, String type, int articles) {
    }

    /** Why an article's entity joined (or founded) the corpus entity. */
    public record Merge(String article, String day, String name, String reason) {
    }

    /** Everything about one corpus entity. */
    public record Profile(long entity, String type, String name, int articles, String firstSeen, String lastSeen,
                          List<NameUse> aliases, List<NameUse> titles, List<Event> events, List<Quote> quotes,
                          List<Claim> claims, List<Neighbour> cooccurring, List<Merge> why) {
    }

    /** An article as a list shows it. */
    public record ArticleSummary(String article, String title, String source, String url, String published,
                                 String day) {
    }

    /** A corpus entity as a list shows it. */
    public record EntitySummary(long entity, String type, String name, int articles, String firstSeen,
                                String lastSeen) {
    }

    /**
     * One corpus event on a timeline: the real-world event its reports tell, across articles. {@code day} is the
     * earliest day of its reports, {@code lastDay} the latest; {@code actors}, {@code targets} and {@code location}
     * are the corpus entities its reports name most often in those roles; {@code sources} counts distinct
     * publications; {@code firstReported} is the earliest publication day; {@code disagree} names the kinds of
     * {@linkplain Disagreement disagreement} among its reports ({@code null} when they agree).
     */
    public record CorpusEvent(long id, String day, String lastDay, String type, String predicate, String actors,
                              String targets, String location, int reports, int articles, int sources,
                              String firstReported, String disagree) {

        /** "A → B @ Place": who acts, on whom, and where (empty when the reports name none of them). */
        public String who() {
            StringBuilder b = new StringBuilder(actors == null ? "" : actors);
            if (targets != null) {
                b.append(b.length() > 0 ? " \u2192 " : "\u2192 ").append(targets);
            }
            if (location != null) {
                b.append(b.length() > 0 ? " @ " : "@ ").append(location);
            }
            return b.toString();
        }
    }

    /** A participant as one report gives it: the corpus entity's name (or the article's when untied), its role. */
    public record Party(String name, Long entity, String role) {
    }

    /**
     * One report of a corpus event: an event of one article as that article tells it.
     *
     * @param article      the article's id
     * @param event        the event's id in the article
     * @param published    the article's publication day
     * @param outlet       the publication the article comes from
     * @param text         the sentence holding the trigger
     * @param date         the TIMEX3 value this report gives ({@code null}: none)
     * @param day          the day it is filed under
     * @param placeEntity  the corpus entity of the place, when tied to one
     * @param placeKind    the place's subtype in the article (CITY, COUNTRY, ...), when known
     * @param carrier      who carries it: the claim's source when the event is known through a claim, else the
     *                     article itself (its outlet, or its id)
     * @param attributed   whether it is known through a claim
     * @param claimCue     the claim's cue as written ("said", "denied"), when attributed
     * @param via          the sources the claim cites ("NATO officials"), when attributed
     * @param mergeReason  why the merger put it in its corpus event
     */
    public record Report(String article, String event, String published, String outlet, String title, String url,
                         int sentence, String text, String trigger, String type, String predicate,
                         String factuality, String date, String day, String place, Long placeEntity,
                         String placeKind, List<Party> participants, String carrier, boolean attributed,
                         String claimCue, List<String> via, boolean hedged, String mergeReason) {

        public Report {
            participants = List.copyOf(participants);
            via = List.copyOf(via);
        }

        /** {@code article#event}: the report's key. */
        public String key() {
            return article + "#" + event;
        }
    }

    /**
     * Reports of one corpus event that do not tell it the same way: {@code kind} is {@code date}, {@code place},
     * {@code participant}, {@code factuality} (asserted by one, negated or denied by another) or {@code since}
     * (expected in an earlier article, happened in a later one: not a contradiction, a development); each side is
     * one reading with the reports (keys, {@link Report#key}) that give it.
     */
    public record Disagreement(String kind, String summary, List<Side> sides) {

        public Disagreement {
            sides = List.copyOf(sides);
        }

        /** Whether the reports contradict each other ({@code since} does not). */
        public boolean conflict() {
            return !"since".equals(kind);
        }
    }

    /** One reading of a disagreement and the reports that give it. */
    public record Side(String value, List<String> reports) {

        public Side {
            reports = List.copyOf(reports);
        }
    }

    /** A corpus event with every report of it, side by side, and where they disagree. */
    public record CorpusEventDetail(CorpusEvent event, List<Report> reports, List<Disagreement> disagreements) {

        public CorpusEventDetail {
            reports = List.copyOf(reports);
            disagreements = List.copyOf(disagreements);
        }
    }

    /**
     * One statement (a quote, or a claim's content) as many articles carry it ({@link Statements}): the speaker, the
     * words, the earliest day and article, how many articles and distinct sources carry it, and which.
     */
    public record CarriedStatement(String speaker, String text, String first, String firstArticle, int articles,
                                   int sources, String carriedBy) {
    }
}

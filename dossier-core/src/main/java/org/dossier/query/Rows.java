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
}

package org.dossier.model;

import java.util.List;

/**
 * Everything extracted from one article: the {@code dossier/1} record.
 *
 * @param sha256   hex SHA-256 of the article text (UTF-8), for idempotent re-ingest
 * @param warnings repairs and doubts met while processing, for the user (not part of the scored contract)
 */
public record ArticleRecord(Article article, String sha256, List<Entity> entities, List<Timex> timexes,
                            List<Quote> quotes, List<Claim> claims, List<Event> events, List<String> warnings) {

    public static final String SCHEMA = "dossier/1";

    public ArticleRecord {
        entities = List.copyOf(entities);
        timexes = List.copyOf(timexes);
        quotes = List.copyOf(quotes);
        claims = List.copyOf(claims);
        events = List.copyOf(events);
        warnings = List.copyOf(warnings);
    }
}

package org.dossier.query;

import org.dossier.model.EventType;

import java.time.LocalDate;

/**
 * Which articles a search or listing looks at: published on a day in [{@code from}, {@code to}] (either may be
 * {@code null}), naming the entity {@code entity} (a name, alias, acronym or surname), telling an event of
 * {@code eventType}, from the publication {@code source} (exact, case-insensitive). {@code null} means any.
 */
public record ArticleFilter(LocalDate from, LocalDate to, String entity, EventType eventType, String source) {

    /** Every article. */
    public static final ArticleFilter ANY = new ArticleFilter(null, null, null, null, null);

    public ArticleFilter {
        if (from != null && to != null && from.isAfter(to)) {
            throw new IllegalArgumentException("from " + from + " is after to " + to + "; swap them");
        }
        entity = entity == null || entity.isBlank() ? null : entity.strip();
        source = source == null || source.isBlank() ? null : source.strip();
    }

    public boolean isAny() {
        return from == null && to == null && entity == null && eventType == null && source == null;
    }
}

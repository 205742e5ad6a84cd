package org.dossier.web.view;

import org.dossier.query.Rows;

import java.util.List;
import java.util.Map;

/**
 * Search results: {@code hits} for search text (with their articles in {@code articles}), or, without text, the
 * latest {@code listed} articles the filters let through; {@code entities} the entities the text names.
 */
public record SearchPage(Filters filters, List<Rows.Hit> hits, Map<String, Rows.ArticleSummary> articles,
                         List<Rows.ArticleSummary> listed, List<Rows.EntitySummary> entities) {

    public Rows.ArticleSummary article(String id) {
        return articles.get(id);
    }

    public boolean searched() {
        return !filters.q().isEmpty();
    }
}

package org.dossier.extract.entity;

import org.dossier.annotate.AnnotatedArticle;
import org.dossier.model.Article;
import org.dossier.model.Entity;
import org.dossier.model.Timex;

import java.util.List;

/**
 * Finds the entities of an article: one {@link Entity} per referent, ids {@code E1, E2, ...} in order of first
 * mention. Implementations are safe to share between threads.
 */
public interface EntityExtractor {

    /**
     * @param article the article's metadata (its {@code source}, the publisher, is an organization)
     * @param timexes the article's temporal expressions, which are never entities
     */
    List<Entity> extract(AnnotatedArticle annotated, Article article, List<Timex> timexes);
}

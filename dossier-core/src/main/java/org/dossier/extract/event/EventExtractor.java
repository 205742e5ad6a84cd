package org.dossier.extract.event;

import org.dossier.annotate.AnnotatedArticle;
import org.dossier.model.Article;
import org.dossier.model.Claim;
import org.dossier.model.Entity;
import org.dossier.model.Event;
import org.dossier.model.Timex;

import java.util.List;

/**
 * Finds the events of an article. Implementations are stateless after construction and safe to share between
 * threads. The result is in text order of the triggers, ids run {@code V1, V2, ...}, every participant and location
 * is the id of one of {@code entities}, every {@code timex} one of {@code timexes} and every {@code attribution} one
 * of {@code claims}. Dates come from the text only (never the day the program runs); an event with no date in its
 * sentence or discourse has none.
 */
public interface EventExtractor {

    /**
     * @param article  the article's metadata ({@code source}, the publisher, is the one claim source whose events
     *                 count as asserted)
     * @param entities the article's entities, with every mention resolved to them
     * @param timexes  the article's temporal expressions with their TIMEX3 values
     * @param claims   the article's attribution relations; an event inside a claim's content is known through it
     */
    List<Event> extract(AnnotatedArticle annotated, Article article, List<Entity> entities, List<Timex> timexes,
                        List<Claim> claims);
}

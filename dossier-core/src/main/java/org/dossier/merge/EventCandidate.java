package org.dossier.merge;

import org.dossier.model.EventType;

import java.util.Set;

/**
 * A corpus event found under a report's key, with what the store knows of its reports.
 *
 * @param id           the corpus event
 * @param type         its type
 * @param predicate    its representative predicate
 * @param reports      how many article events it groups
 * @param participants the corpus entities among its reports' participants
 * @param places       the corpus entities where its reports place it
 * @param dates        its reports' date values
 * @param closeness    how close the new article is, as a whole, to the closest article that reports it (cosine of
 *                     {@link ArticleProfile}s; 1 when the new article itself reports it)
 * @param support      the closeness summed over the close articles that report it: how much of the new article's
 *                     neighbourhood reports it
 * @param sameArticle  whether the new article itself reports it already
 */
public record EventCandidate(long id, EventType type, String predicate, int reports, Set<Long> participants,
                             Set<Long> places, Set<String> dates, double closeness, double support,
                             boolean sameArticle) {

    public EventCandidate {
        participants = Set.copyOf(participants);
        places = Set.copyOf(places);
        dates = Set.copyOf(dates);
    }
}

package org.dossier.merge;

import org.dossier.model.EntityType;

import java.util.Set;

/**
 * A corpus entity that shares a key with an article's entity, with what the store knows of it.
 *
 * @param names             its normalized names and aliases, as seen in earlier articles
 * @param titles            its normalized titles, as seen in earlier articles
 * @param sharedNeighbours  names of the corpus entities that co-occur with it in earlier articles and also occur in
 *                          this article
 */
public record Candidate(long id, EntityType type, String name, int articles, Set<String> names, Set<String> titles,
                        Set<String> sharedNeighbours) {

    public Candidate {
        names = Set.copyOf(names);
        titles = Set.copyOf(titles);
        sharedNeighbours = Set.copyOf(sharedNeighbours);
    }
}

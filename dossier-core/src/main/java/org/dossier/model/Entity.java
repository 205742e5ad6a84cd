package org.dossier.model;

import java.util.List;

/**
 * One real-world referent in an article.
 *
 * @param name     the fullest proper name seen in the article
 * @param subtype  a finer type where known ({@code CITY}, {@code COUNTRY}, ...), else {@code null}
 * @param aliases  the other names and abbreviations used for it
 * @param titles   roles and titles attached to it ("NATO Secretary General")
 * @param mentions every name, pronoun and description resolved to it, in text order
 */
public record Entity(String id, EntityType type, String subtype, String name, List<String> aliases,
                     List<String> titles, List<Span> mentions) {

    public Entity {
        aliases = List.copyOf(aliases);
        titles = List.copyOf(titles);
        mentions = List.copyOf(mentions);
    }
}

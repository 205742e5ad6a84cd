package org.dossier.extract.event;

import org.dossier.annotate.DatelinePlaces;
import org.dossier.annotate.DependencyTree;
import org.dossier.annotate.Token;
import org.dossier.extract.entity.Names;
import org.dossier.extract.entity.References;
import org.dossier.model.Entity;
import org.dossier.model.EntityType;
import org.dossier.model.Span;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Which entity a token stands for: the entity with the narrowest mention over the token (names, pronouns and
 * descriptions alike, as the entity extractor resolved them: {@link References#entityAt}), else the entity one of
 * whose names is spelled like the proper-noun phrase the token heads, as the names API compares names ({@link
 * Names#normalize}). A token inside a dateline ({@link DatelinePlaces}) stands for none: the place a report was
 * filed from takes no part in what it reports and is no event's place by being there.
 */
final class EntityIndex {

    /** The entities' mentions by offset, for {@link References#entityAt}. */
    private final References mentions;
    private final Map<String, String> byName = new HashMap<>();
    private final Map<String, Entity> byId = new HashMap<>();
    private final List<Span> datelines;

    /** The index of {@code entities}; tokens inside {@code datelines} stand for no entity. */
    EntityIndex(List<Entity> entities, List<Span> datelines) {
        this.mentions = References.ofMentions(entities);
        this.datelines = List.copyOf(datelines);
        for (Entity e : entities) {
            byId.put(e.id(), e);
            put(e.name(), e.id());
        }
        for (Entity e : entities) {
            for (String a : e.aliases()) {
                put(a, e.id());
            }
        }
    }

    private void put(String name, String id) {
        String k = key(name);
        if (k != null) {
            byName.putIfAbsent(k, id);
        }
    }

    /** The names API's spelling of a name; a name of punctuation alone has none ({@code null}) and matches none. */
    private static String key(String name) {
        String n = Names.normalize(name);
        return n.isEmpty() ? null : n;
    }

    private String lookUp(String name) {
        String k = key(name);
        return k == null ? null : byName.get(k);
    }

    Entity get(String id) {
        return byId.get(id);
    }

    boolean isLocation(String id) {
        Entity e = byId.get(id);
        return e != null && e.type() == EntityType.LOCATION;
    }

    /** The entity whose name or alias is {@code name}, or null. */
    String named(String name) {
        return name == null ? null : lookUp(name);
    }

    /** The entity token {@code i} of {@code s} stands for, or null. */
    String at(DependencyTree s, int i) {
        Token t = s.token(i);
        if (DatelinePlaces.inside(datelines, t.start(), t.end())) {
            return null;
        }
        String resolved = mentions.entityAt(t.start(), t.end());
        if (resolved != null) {
            return resolved;
        }
        if (!s.pos(i).startsWith("NNP")) {
            return null;
        }
        int from = i;
        for (int c : s.children(i, "compound")) {
            if (s.pos(c).startsWith("NNP") && c < from) {
                from = c;
            }
        }
        for (int c : s.children(i, "flat")) {
            if (c < from) {
                from = c;
            }
        }
        String phrase = s.sentence().tokens().subList(from, i + 1).stream().map(Token::word)
                .reduce((a, b) -> a + " " + b).orElse("");
        String id = lookUp(phrase);
        return id != null ? id : lookUp(t.word());
    }
}

package org.dossier.extract.event;

import org.dossier.annotate.DependencyTree;
import org.dossier.annotate.Token;
import org.dossier.model.Entity;
import org.dossier.model.EntityType;
import org.dossier.model.Span;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Which entity a token stands for: the entity with the narrowest mention covering the token (names, pronouns and
 * descriptions alike, as the entity extractor resolved them), else the entity one of whose names is spelled
 * exactly like the proper-noun phrase the token heads.
 */
final class EntityIndex {

    private record Mention(Span span, String entity) {
    }

    private final List<Mention> mentions = new ArrayList<>();
    private final Map<String, String> byName = new HashMap<>();
    private final Map<String, Entity> byId = new HashMap<>();

    EntityIndex(List<Entity> entities) {
        for (Entity e : entities) {
            byId.put(e.id(), e);
            for (Span m : e.mentions()) {
                mentions.add(new Mention(m, e.id()));
            }
            byName.putIfAbsent(normal(e.name()), e.id());
        }
        for (Entity e : entities) {
            for (String a : e.aliases()) {
                byName.putIfAbsent(normal(a), e.id());
            }
        }
    }

    static String normal(String name) {
        String s = name.toLowerCase(Locale.ROOT).replace('\u2019', '\'').strip();
        return s.startsWith("the ") ? s.substring(4) : s;
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
        return name == null ? null : byName.get(normal(name));
    }

    /** The entity token {@code i} of {@code s} stands for, or null. */
    String at(DependencyTree s, int i) {
        Token t = s.token(i);
        Mention best = null;
        for (Mention m : mentions) {
            if (m.span().start() <= t.start() && t.end() <= m.span().end()
                    && (best == null || m.span().length() < best.span().length())) {
                best = m;
            }
        }
        if (best != null) {
            return best.entity();
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
        String id = byName.get(normal(phrase));
        return id != null ? id : byName.get(normal(t.word()));
    }
}

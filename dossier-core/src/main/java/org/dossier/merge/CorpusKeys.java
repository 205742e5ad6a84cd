package org.dossier.merge;

import org.dossier.model.Entity;
import org.dossier.model.EntityType;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The key logic around {@link EntityMerger} that every corpus applies, the store's ({@code store.jdbc}) and the
 * in-memory one of the Spark job ({@link CorpusIndex}): which keys find an entity's candidates, which keys an article
 * entity leaves to its corpus entity, which names of an article are a candidate's evidence of co-occurrence, and when a
 * person's corpus entity takes a fuller name. One implementation, so both make the same decisions.
 */
public final class CorpusKeys {

    private CorpusKeys() {
    }

    /** The keys that find the candidates of {@code e}: its {@link NameKeys} (titles never find a candidate). */
    public static Set<String> lookup(Entity e) {
        Set<String> keys = new LinkedHashSet<>();
        for (String k : NameKeys.of(e)) {
            if (!k.startsWith("t:")) {
                keys.add(k);
            }
        }
        return keys;
    }

    /** The keys an article entity leaves to its corpus entity: its {@link NameKeys}, and {@code t:TITLE}s. */
    public static Set<String> stored(Entity e) {
        Set<String> keys = new LinkedHashSet<>(NameKeys.of(e));
        e.titles().forEach(t -> keys.add("t:" + NameKeys.normalize(t)));
        return keys;
    }

    /** The full-name keys of every entity of the article but the {@code self}-th: evidence of co-occurrence. */
    public static Set<String> neighbours(List<Entity> entities, int self) {
        Set<String> out = new LinkedHashSet<>();
        for (int i = 0; i < entities.size(); i++) {
            if (i != self) {
                NameKeys.of(entities.get(i)).stream().filter(k -> k.startsWith("n:")).forEach(out::add);
            }
        }
        return out;
    }

    /** Whether a corpus entity named {@code current} takes the name of article entity {@code e}: a fuller person name. */
    public static boolean takesName(String current, Entity e) {
        return e.type() == EntityType.PERSON && e.name() != null
                && PersonName.parse(e.name()).given().size() > PersonName.parse(current).given().size();
    }
}

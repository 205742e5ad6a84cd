package org.dossier.merge;

import org.dossier.extract.entity.Names;
import org.dossier.model.Entity;
import org.dossier.model.EntityType;

import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The normalized keys under which a corpus entity is looked up: {@code n:NAME} for each name and alias,
 * {@code s:SURNAME} for a person, {@code a:ACRONYM} for an organization's initials, all read the way the entity
 * layer reads names ({@link Names}: normalization, person-name split, initials). Keys only find candidates;
 * {@link EntityMerger} decides.
 */
public final class NameKeys {

    private NameKeys() {
    }

    /**
     * The names API's normalization ({@link Names#normalize}), the spelling every key is built from. Keys are
     * stored ({@code entity_keys}); a change there needs a migration that recomputes them (V003).
     */
    public static String normalize(String name) {
        return Names.normalize(name);
    }

    /** Every key of an article entity. */
    public static Set<String> of(Entity e) {
        Set<String> keys = new LinkedHashSet<>();
        addName(keys, e.type(), e.name());
        e.aliases().forEach(a -> addName(keys, e.type(), a));
        return keys;
    }

    /** The keys a user's query {@code NAME} looks up, best first. */
    public static Set<String> forQuery(String name) {
        Set<String> keys = new LinkedHashSet<>();
        String n = normalize(name);
        keys.add("n:" + n);
        keys.add("a:" + n);
        PersonName p = PersonName.parse(name);
        if (p.surname() != null && p.given().isEmpty()) {
            keys.add("s:" + p.surname());
        }
        return keys;
    }

    private static void addName(Set<String> keys, EntityType type, String name) {
        if (name == null || normalize(name).isEmpty()) {
            return;
        }
        String n = normalize(name);
        keys.add("n:" + n);
        if (type == EntityType.PERSON) {
            PersonName p = PersonName.parse(name);
            if (p.surname() != null) {
                keys.add("s:" + p.surname());
            }
        } else if (type == EntityType.ORGANIZATION) {
            String acronym = Names.acronym(name);
            if (acronym != null) {
                keys.add("a:" + acronym);
            }
        }
    }
}

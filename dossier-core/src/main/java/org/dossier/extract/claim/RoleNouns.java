package org.dossier.extract.claim;

import org.dossier.model.EntityType;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Nouns that refer back to a named entity ("the president", "the alliance") and the entity type each refers to,
 * read once from the {@code roles.tsv} resource beside this class. Immutable after construction.
 */
final class RoleNouns {

    static final String RESOURCE = "roles.tsv";

    private final Map<String, EntityType> types;

    RoleNouns() {
        Map<String, EntityType> out = new HashMap<>();
        TsvResource.read(RoleNouns.class, RESOURCE, "the role noun list", 2, "noun, PERSON or ORGANIZATION",
                (cols, line, n) -> {
                    try {
                        out.put(cols[0].strip().toLowerCase(Locale.ROOT), EntityType.valueOf(cols[1].strip()));
                    } catch (IllegalArgumentException e) {
                        throw new IllegalStateException(RESOURCE + " line " + n + ": unknown entity type '" + cols[1]
                                + "'; use PERSON or ORGANIZATION", e);
                    }
                });
        this.types = Map.copyOf(out);
    }

    /** The type of entity {@code noun} (lower case) refers to, or {@code null} when it is no role noun. */
    EntityType typeOf(String noun) {
        return types.get(noun);
    }
}

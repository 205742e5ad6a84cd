package org.dossier.annotate.lexicon;

import org.dossier.model.EntityType;

import java.util.HashMap;
import java.util.Map;

/**
 * Nouns that refer back to a named entity ("the president", "the alliance") and the entity type each refers to,
 * from the kernel lexicon's {@code roles.tsv}. Immutable after construction.
 */
public final class RoleNouns {

    static final String FILE = "roles.tsv";

    private final Map<String, EntityType> types;

    RoleNouns(LexiconFile file) {
        file.requireColumns("noun", "type");
        Map<String, EntityType> out = new HashMap<>();
        for (LexiconFile.Row row : file.rows()) {
            try {
                out.put(row.lower("noun"), EntityType.valueOf(row.get("type")));
            } catch (IllegalArgumentException e) {
                throw row.error("unknown entity type '" + row.get("type") + "'; use PERSON or ORGANIZATION");
            }
        }
        this.types = Map.copyOf(out);
    }

    /** The type of entity {@code noun} (lower case) refers to, or {@code null} when it is no role noun. */
    public EntityType typeOf(String noun) {
        return types.get(noun);
    }
}

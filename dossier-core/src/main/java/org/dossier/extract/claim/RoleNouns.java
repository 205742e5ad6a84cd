package org.dossier.extract.claim;

import org.dossier.model.EntityType;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
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
        try (InputStream in = RoleNouns.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the role nouns " + RESOURCE + " are missing from the class path "
                        + "(expected beside " + RoleNouns.class.getName() + ")");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            int n = 0;
            while ((line = r.readLine()) != null) {
                n++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cols = line.split("\t");
                if (cols.length != 2) {
                    throw new IllegalStateException(RESOURCE + " line " + n + ": '" + line
                            + "' needs two tab-separated columns: noun, PERSON or ORGANIZATION");
                }
                try {
                    out.put(cols[0].strip().toLowerCase(Locale.ROOT), EntityType.valueOf(cols[1].strip()));
                } catch (IllegalArgumentException e) {
                    throw new IllegalStateException(RESOURCE + " line " + n + ": unknown entity type '" + cols[1]
                            + "'; use PERSON or ORGANIZATION", e);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the role nouns " + RESOURCE, e);
        }
        this.types = Map.copyOf(out);
    }

    /** The type of entity {@code noun} (lower case) refers to, or {@code null} when it is no role noun. */
    EntityType typeOf(String noun) {
        return types.get(noun);
    }
}

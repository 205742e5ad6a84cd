package org.dossier.annotate.lexicon;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * The particles that open a surname ("de", "van", "bin"), from {@code name-particles.tsv}: one list for the entity
 * layer and for cross-article merging. Immutable.
 */
public final class NameParticles {

    static final String FILE = "name-particles.tsv";

    private final Set<String> particles;
    private final Set<String> alsoGivenNames;

    NameParticles(LexiconFile file) {
        file.requireColumns("particle", "given-name");
        Set<String> all = new HashSet<>();
        Set<String> given = new HashSet<>();
        for (LexiconFile.Row row : file.rows()) {
            String p = row.lower("particle");
            if (!all.add(p)) {
                throw row.error("'" + p + "' is listed twice");
            }
            switch (row.lower("given-name")) {
                case "yes" -> given.add(p);
                case "no" -> { }
                default -> throw row.error("given-name is '" + row.get("given-name") + "'; write yes or no");
            }
        }
        particles = Set.copyOf(all);
        alsoGivenNames = Set.copyOf(given);
    }

    /** Whether {@code word}, in any case, is a surname particle ("de", "Van"). */
    public boolean isParticle(String word) {
        return particles.contains(word.toLowerCase(Locale.ROOT));
    }

    /** Whether the particle {@code word}, in any case, is also a common given name ("Al Gore", "Van Morrison"). */
    public boolean isAlsoGivenName(String word) {
        return alsoGivenNames.contains(word.toLowerCase(Locale.ROOT));
    }

    /** Every particle, lower case. */
    public Set<String> all() {
        return particles;
    }

    /** The particles that are also common given names ("al", "van"), lower case. */
    public Set<String> alsoGivenNames() {
        return alsoGivenNames;
    }
}

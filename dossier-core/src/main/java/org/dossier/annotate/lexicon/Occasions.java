package org.dossier.annotate.lexicon;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/** The occasions of statements and events, from {@code occasions.tsv}: nouns ("rally") and prepositions ("during"). */
public final class Occasions {

    static final String FILE = "occasions.tsv";

    private final Set<String> nouns;
    private final Set<String> prepositions;

    Occasions(LexiconFile file) {
        file.requireColumns("word", "kind");
        Set<String> n = new HashSet<>();
        Set<String> p = new HashSet<>();
        for (LexiconFile.Row row : file.rows()) {
            switch (row.lower("kind")) {
                case "noun" -> n.add(row.lower("word"));
                case "preposition" -> p.add(row.lower("word"));
                default -> throw row.error("kind is '" + row.get("kind") + "'; write noun or preposition");
            }
        }
        nouns = Set.copyOf(n);
        prepositions = Set.copyOf(p);
    }

    /** Whether a noun lemma (any case) names an occasion ("briefing", "rally"). */
    public boolean isNoun(String lemma) {
        return lemma != null && nouns.contains(lemma.toLowerCase(Locale.ROOT));
    }

    /** Whether a preposition (any case, with its fixed parts) leads an occasion ("during", "at"). */
    public boolean isPreposition(String word) {
        return word != null && prepositions.contains(word.toLowerCase(Locale.ROOT));
    }
}

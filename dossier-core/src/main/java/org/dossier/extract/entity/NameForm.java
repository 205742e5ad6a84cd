package org.dossier.extract.entity;

import java.util.List;

/**
 * A name reduced for comparison within an article, by the names API ({@link Names#words}): lower case, no dots
 * ("U.S." → "us"), apostrophes, possessives or hyphens ("Wal - Mart" and "Wal-Mart" both → wal, mart), no leading
 * "the".
 *
 * @param original the words as written
 * @param words    the comparable words
 */
record NameForm(List<String> original, List<String> words) {

    NameForm {
        original = List.copyOf(original);
        words = List.copyOf(words);
    }

    static NameForm of(List<String> written) {
        return new NameForm(written, Names.words(written));
    }

    String key() {
        return String.join(" ", words);
    }

    int size() {
        return words.size();
    }

    /** Written as one all-capital word ("NATO", "U.S.", "USAF"). */
    boolean acronym() {
        return original.size() == 1 && Names.isAcronym(original.get(0));
    }
}

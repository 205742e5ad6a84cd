package org.dossier.extract.entity;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A name reduced for comparison: lower case, no dots ("U.S." → "us"), apostrophes, possessives or hyphens
 * ("Wal - Mart" and "Wal-Mart" both → wal, mart), no leading "the".
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
        List<String> out = new ArrayList<>();
        for (String w : written) {
            String t = w.toLowerCase(Locale.ROOT).replace("’", "'").replace(".", "");
            if (t.equals("'s") || t.equals("'")) {
                continue;
            }
            for (String part : t.replace("'", "").split("[^\\p{L}\\p{N}&]+")) {
                if (!part.isEmpty()) {
                    out.add(part);
                }
            }
        }
        if (out.size() > 1 && out.get(0).equals("the")) {
            out.remove(0);
        }
        return new NameForm(written, out);
    }

    String key() {
        return String.join(" ", words);
    }

    int size() {
        return words.size();
    }

    /** Written as one all-capital word ("NATO", "U.S.", "USAF"). */
    boolean acronym() {
        return original.size() == 1 && AcronymLinker.acronym(original.get(0));
    }
}

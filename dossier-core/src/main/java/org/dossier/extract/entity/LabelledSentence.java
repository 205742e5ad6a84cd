package org.dossier.extract.entity;

import org.dossier.annotate.Sentence;
import org.dossier.annotate.Token;
import org.dossier.model.EntityType;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A sentence with the entity label each token carries while the mention finder repairs CoreNLP's tags. Working
 * state of one extraction: mutable, never shared between threads.
 */
final class LabelledSentence {

    private static final Set<String> SEPARATORS = Set.of(",", "(", ")", "[", "]", "\"", "``", "''", "“", "”",
            ":", ";", ".", "?", "!", "—", "–", "--");

    private final Sentence sentence;
    private final EntityType[] types;
    private final String[] subtypes;
    private final boolean[] begins;

    LabelledSentence(Sentence sentence) {
        this.sentence = sentence;
        int n = sentence.tokens().size();
        this.types = new EntityType[n];
        this.subtypes = new String[n];
        this.begins = new boolean[n + 1];
    }

    Sentence sentence() {
        return sentence;
    }

    int size() {
        return types.length;
    }

    Token token(int i) {
        return sentence.tokens().get(i);
    }

    String word(int i) {
        return token(i).word();
    }

    String lower(int i) {
        return word(i).toLowerCase(Locale.ROOT);
    }

    /** The token's entity type, or {@code null} when it is part of no name. */
    EntityType type(int i) {
        return types[i];
    }

    String subtype(int i) {
        return subtypes[i];
    }

    boolean labelled(int i) {
        return types[i] != null;
    }

    /** Labels tokens {@code [from, to)} as one name of the given type, cut off from any neighbouring name. */
    void label(int from, int to, EntityType type, String subtype) {
        for (int i = from; i < to; i++) {
            types[i] = type;
            subtypes[i] = subtype;
        }
        begins[from] = true;
        begins[to] = true;
        for (int i = from + 1; i < to; i++) {
            begins[i] = false;
        }
    }

    /** Sets one token's label without touching name boundaries (the initial tagging). */
    void tag(int i, EntityType type, String subtype) {
        types[i] = type;
        subtypes[i] = subtype;
    }

    /** Whether the token separates names: commas, brackets, quotes, sentence punctuation. */
    boolean separator(int i) {
        return SEPARATORS.contains(word(i));
    }

    boolean capitalized(int i) {
        String w = word(i);
        return !w.isEmpty() && Character.isUpperCase(w.codePointAt(0));
    }

    boolean properNoun(int i) {
        String pos = token(i).pos();
        return pos.equals("NNP") || pos.equals("NNPS");
    }

    /** The names as token ranges {@code [from, to)}: maximal runs of one type, cut at separators and boundaries. */
    List<int[]> runs() {
        List<int[]> out = new ArrayList<>();
        int i = 0;
        while (i < types.length) {
            if (types[i] == null || separator(i)) {
                i++;
                continue;
            }
            int j = i + 1;
            while (j < types.length && types[j] == types[i] && !begins[j] && !separator(j)) {
                j++;
            }
            out.add(new int[] {i, j});
            i = j;
        }
        return out;
    }

    /** The run containing token {@code i}, or {@code null}. */
    int[] runAt(int i) {
        for (int[] r : runs()) {
            if (r[0] <= i && i < r[1]) {
                return r;
            }
        }
        return null;
    }

    /** Whether most words are capitalized, as in a headline, where capitals say little about names. */
    boolean titleCase() {
        int words = 0;
        int caps = 0;
        for (int i = 0; i < size(); i++) {
            String w = word(i);
            if (w.length() > 3 && Character.isLetter(w.codePointAt(0))) {
                words++;
                if (capitalized(i)) {
                    caps++;
                }
            }
        }
        return words >= 3 && caps * 3 >= words * 2;
    }
}

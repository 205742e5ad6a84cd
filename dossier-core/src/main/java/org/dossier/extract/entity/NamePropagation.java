package org.dossier.extract.entity;

import org.dossier.model.EntityType;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Labels later (or earlier) occurrences of a name already found elsewhere in the article where CoreNLP missed
 * them: "Kyiv" tagged once as a place is a place wherever it stands as a proper noun. A name of several words
 * that recurs with only part of it tagged, or tagged in pieces of other types ("Port/O of/O Rotterdam/CITY" after
 * "Port of Rotterdam"), is relabelled whole, so the recurrence is a mention of the same name and not of a piece of
 * it; a tagged name that runs on past the recurrence ("New York" in "New York Times") is left alone. The surname
 * of a person named in full is that person's name when it stands alone untagged ("Boric said" after "President
 * Gabriel Boric", with "Boric" left untagged as the tagger does with many foreign surnames), so the later mention,
 * a quotation's speaker among them, joins the full name like any other surname. Stateless.
 */
final class NamePropagation {

    private record Known(List<String> words, EntityType type, String subtype) {
    }

    void propagate(List<LabelledSentence> sentences) {
        Map<List<String>, Known> known = new LinkedHashMap<>();
        for (LabelledSentence s : sentences) {
            for (int[] run : s.runs()) {
                List<String> words = new ArrayList<>();
                for (int i = run[0]; i < run[1]; i++) {
                    words.add(s.word(i));
                }
                EntityType type = s.type(run[0]);
                if (type != EntityType.MISC && s.capitalized(run[0])) {
                    // the subtype a mention takes is its last word's ("Port/LOCATION of/LOCATION Rotterdam/CITY")
                    known.putIfAbsent(words, new Known(words, type, s.subtype(run[1] - 1)));
                }
            }
        }
        Map<String, Known> surnames = surnames(known.values());
        List<Known> longestFirst = new ArrayList<>(known.values());
        longestFirst.sort(Comparator.comparingInt((Known k) -> -k.words().size()));
        // a name recurs only where its first word does: each token reads the names opening with its word, longest
        // first as before, not every name of the article
        Map<String, List<Known>> byFirstWord = new HashMap<>();
        for (Known k : longestFirst) {
            byFirstWord.computeIfAbsent(k.words().get(0), w -> new ArrayList<>()).add(k);
        }
        for (LabelledSentence s : sentences) {
            for (int i = 0; i < s.size(); i++) {
                if (!s.capitalized(i) || "TITLE".equals(s.token(i).ner())) {
                    continue;
                }
                boolean untagged = !s.labelled(i) && nameLike(s, i);
                for (Known k : byFirstWord.getOrDefault(s.word(i), List.of())) {
                    if (untagged && matches(s, i, k.words()) || partlyTagged(s, i, k.words())) {
                        s.label(i, i + k.words().size(), k.type(), k.subtype());
                        i += k.words().size() - 1;
                        break;
                    }
                }
                if (!s.labelled(i) && untagged && aloneAt(s, i) && surnames.containsKey(s.word(i))) {
                    Known person = surnames.get(s.word(i));
                    s.label(i, i + 1, person.type(), person.subtype());
                }
            }
        }
    }

    /**
     * The surnames of the people named in full ({@link Names#person}: "Boric" of "Gabriel Boric", "Vries" of "Anna
     * de Vries"), each the word as written; a word that is itself a name found tagged alone (a place, an
     * organization) is no surname here, and the tagger's reading of it stands.
     */
    private static Map<String, Known> surnames(java.util.Collection<Known> known) {
        Map<String, Known> out = new LinkedHashMap<>();
        for (Known k : known) {
            if (k.type() != EntityType.PERSON || k.words().size() < 2) {
                continue;
            }
            String surname = Names.person(String.join(" ", k.words())).surname();
            for (String w : k.words().subList(1, k.words().size())) {
                if (surname != null && Names.normalize(w).equals(surname) && Character.isUpperCase(w.codePointAt(0))) {
                    out.putIfAbsent(w, k);
                }
            }
        }
        for (Known k : known) {
            if (k.words().size() == 1 && k.type() != EntityType.PERSON) {
                out.remove(k.words().get(0));
            }
        }
        return out;
    }

    /** Whether token {@code i} stands alone: no untagged capitalized proper noun right before or after it. */
    private static boolean aloneAt(LabelledSentence s, int i) {
        return (i == 0 || !(s.properNoun(i - 1) && s.capitalized(i - 1) && !s.labelled(i - 1)))
                && (i + 1 >= s.size() || !(s.properNoun(i + 1) && s.capitalized(i + 1) && !s.labelled(i + 1)));
    }

    /**
     * Whether the words at {@code at} are the name {@code words}, of two words or more, with some of them tagged
     * and some not, or tagged as more than one name: every tagged name there lies wholly inside the recurrence,
     * and the untagged words are no title words ("Port of Rotterdam" with only "Rotterdam" tagged, "Bank of
     * England" with "Bank" an organization and "England" a country).
     */
    private static boolean partlyTagged(LabelledSentence s, int at, List<String> words) {
        int end = at + words.size();
        if (words.size() < 2 || end > s.size()) {
            return false;
        }
        for (int k = 0; k < words.size(); k++) {
            if (!s.word(at + k).equals(words.get(k))) {
                return false;
            }
        }
        int names = 0;
        boolean untagged = false;
        for (int i = at; i < end; i++) {
            if (!s.labelled(i)) {
                untagged = true;
                if ("TITLE".equals(s.token(i).ner())) {
                    return false;
                }
                continue;
            }
            int[] run = s.runAt(i);
            if (run == null || run[0] < at || run[1] > end) {
                return false; // part of a longer name
            }
            names++;
            i = run[1] - 1;
        }
        return names > 0 && (untagged || names > 1);
    }

    /** A proper noun, a word the tagger took for an adjective or foreign word ("Magna"), or a noun mid-sentence. */
    private static boolean nameLike(LabelledSentence s, int i) {
        String pos = s.token(i).pos();
        return s.properNoun(i) || pos.equals("JJ") || pos.equals("FW") || pos.equals("NN") && i > 0;
    }

    private static boolean matches(LabelledSentence s, int at, List<String> words) {
        if (at + words.size() > s.size()) {
            return false;
        }
        for (int k = 0; k < words.size(); k++) {
            if (s.labelled(at + k) || !s.word(at + k).equals(words.get(k))) {
                return false;
            }
        }
        return true;
    }
}

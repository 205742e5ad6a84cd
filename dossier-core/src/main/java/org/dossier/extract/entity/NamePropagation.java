package org.dossier.extract.entity;

import org.dossier.model.EntityType;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Labels later (or earlier) occurrences of a name already found elsewhere in the article where CoreNLP missed
 * them: "Kyiv" tagged once as a place is a place wherever it stands as a proper noun. Stateless.
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
                    known.putIfAbsent(words, new Known(words, type, s.subtype(run[0])));
                }
            }
        }
        List<Known> longestFirst = new ArrayList<>(known.values());
        longestFirst.sort(Comparator.comparingInt((Known k) -> -k.words().size()));
        for (LabelledSentence s : sentences) {
            for (int i = 0; i < s.size(); i++) {
                if (s.labelled(i) || !s.capitalized(i) || !nameLike(s, i) || "TITLE".equals(s.token(i).ner())) {
                    continue;
                }
                for (Known k : longestFirst) {
                    if (matches(s, i, k.words())) {
                        s.label(i, i + k.words().size(), k.type(), k.subtype());
                        i += k.words().size() - 1;
                        break;
                    }
                }
            }
        }
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

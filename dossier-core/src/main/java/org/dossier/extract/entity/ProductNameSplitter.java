package org.dossier.extract.entity;

import org.dossier.model.EntityType;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Splits a company's name off the product name CoreNLP tags together with it as one organization: "Apple
 * Macintosh computers", "Airbus A380" become the organization "Apple" / "Airbus" and the product (MISC) "Macintosh" /
 * "A380". The company part must stand alone as an organization elsewhere in the article, and the rest must be
 * followed by a product noun ({@code product-nouns.txt}) or be a model code (letters with digits). Stateless.
 */
final class ProductNameSplitter {

    private static final Pattern MODEL_CODE = Pattern.compile("(?=.*\\d)[A-Za-z]*-?\\d[\\w-]*");

    private final EntityLexicon lexicon;

    ProductNameSplitter(EntityLexicon lexicon) {
        this.lexicon = lexicon;
    }

    void split(List<LabelledSentence> sentences) {
        Set<List<String>> standalone = new HashSet<>();
        for (LabelledSentence s : sentences) {
            for (int[] run : s.runs()) {
                if (s.type(run[0]) == EntityType.ORGANIZATION) {
                    standalone.add(words(s, run[0], run[1]));
                }
            }
        }
        for (LabelledSentence s : sentences) {
            for (int[] run : s.runs()) {
                if (s.type(run[0]) != EntityType.ORGANIZATION || run[1] - run[0] < 2) {
                    continue;
                }
                for (int k = run[1] - 1; k > run[0]; k--) {
                    if (standalone.contains(words(s, run[0], k)) && product(s, k, run[1])) {
                        s.label(run[0], k, EntityType.ORGANIZATION, null);
                        s.label(k, run[1], EntityType.MISC, null);
                        break;
                    }
                }
            }
        }
    }

    private boolean product(LabelledSentence s, int from, int to) {
        if (MODEL_CODE.matcher(s.word(from)).matches()) {
            return true;
        }
        return to < s.size() && !s.capitalized(to) && s.token(to).pos().startsWith("NN")
                && lexicon.isProductNoun(s.word(to));
    }

    private static List<String> words(LabelledSentence s, int from, int to) {
        List<String> out = new ArrayList<>();
        for (int i = from; i < to; i++) {
            out.add(s.word(i));
        }
        return out;
    }
}

package org.dossier.extract.entity;

import org.dossier.model.EntityType;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Finds names CoreNLP left untagged when the text itself says what they are: capitalized words after an
 * organization noun ("electronics retailer Best Buy"), ending in an organization or place head word ("the High
 * Court", "Delivery Center"), a plural name after "the" ("the Beatles"), and a bare web domain used as a name
 * ("Detik.com"). Headline-style sentences, where every word is capitalized, are left alone. Stateless.
 */
final class ProperNounRecovery {

    private static final Pattern DOMAIN = Pattern.compile(
            "[A-Za-z0-9][A-Za-z0-9-]*(\\.[A-Za-z0-9-]+)*\\.(com|net|org|info|biz|io|co|news)(\\.[a-z]{2})?");
    private static final Set<String> NOT_NAME_TAGS = Set.of("TITLE", "NATIONALITY", "RELIGION", "IDEOLOGY",
            "DATE", "TIME", "DURATION", "SET", "NUMBER", "ORDINAL", "MONEY", "PERCENT");
    private static final Set<String> INNER = Set.of("of", "&", "-", "and", "de");

    private final EntityLexicon lexicon;

    ProperNounRecovery(EntityLexicon lexicon) {
        this.lexicon = lexicon;
    }

    void recover(List<LabelledSentence> sentences) {
        for (LabelledSentence s : sentences) {
            labelDomains(s);
            if (s.titleCase()) {
                continue;
            }
            int i = 0;
            while (i < s.size()) {
                if (!candidate(s, i)) {
                    i++;
                    continue;
                }
                int j = i + 1;
                while (j < s.size() && (candidate(s, j)
                        || INNER.contains(s.word(j)) && j + 1 < s.size() && candidate(s, j + 1))) {
                    j++;
                }
                classify(s, i, j);
                i = j;
            }
        }
    }

    private boolean candidate(LabelledSentence s, int i) {
        return !s.labelled(i) && s.properNoun(i) && s.capitalized(i) && !NOT_NAME_TAGS.contains(s.token(i).ner())
                && !lexicon.isTitleWord(s.word(i)) && lexicon.honorific(s.word(i)) == null;
    }

    private void classify(LabelledSentence s, int from, int to) {
        String last = s.word(to - 1);
        if (lexicon.organizationKind(last) != null && (to - from >= 2 || from > 0 && s.lower(from - 1).equals("the"))
                || to - from >= 2 && lexicon.isOrganizationLead(s.word(from))) {
            s.label(from, to, EntityType.ORGANIZATION, null);
        } else if (lexicon.isLocationHead(last) && to - from >= 2) {
            s.label(from, to, EntityType.LOCATION, null);
        } else if (from > 0 && lexicon.isOrganizationDescriptor(s.word(from - 1))
                && s.token(from - 1).pos().startsWith("NN") && !s.capitalized(from - 1)) {
            s.label(from, to, EntityType.ORGANIZATION, null);
        } else if (to - from == 1 && s.token(from).pos().equals("NNPS") && from > 0
                && s.lower(from - 1).equals("the")) {
            s.label(from, to, EntityType.ORGANIZATION, null); // "the Beatles": a group known by its members
        }
    }

    private static void labelDomains(LabelledSentence s) {
        for (int i = 0; i < s.size(); i++) {
            String w = s.word(i);
            if (!s.labelled(i) && !w.contains("/") && !w.contains("@") && DOMAIN.matcher(w).matches()
                    && Character.isUpperCase(w.codePointAt(0))) {
                s.label(i, i + 1, EntityType.ORGANIZATION, null);
            }
        }
    }
}

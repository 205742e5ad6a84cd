package org.dossier.extract.entity;

import org.dossier.model.EntityType;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * Makes whole organization names of what CoreNLP splits or mistypes: the article's own publisher wherever the
 * text names it, "a NAME journalist" (a news outlet), names ending in an organization head word ("... Airlines",
 * "... Air Force", "... Court") or opening with one ("Air ..."), and a place run glued to such a name ("United
 * States" + "Air Force"). Stateless.
 */
final class OrganizationRepair {

    private static final Set<String> DETERMINERS = Set.of("a", "an", "the", "this", "that");

    private final EntityLexicon lexicon;

    OrganizationRepair(EntityLexicon lexicon) {
        this.lexicon = lexicon;
    }

    void repair(List<LabelledSentence> sentences, String source) {
        List<String> publisher = publisherWords(source);
        for (LabelledSentence s : sentences) {
            if (!publisher.isEmpty()) {
                labelPublisher(s, publisher);
            }
            labelMediaEmployers(s);
            retypeByHeadWord(s);
        }
    }

    /** The publisher's name as words, without a leading "The" ("The Kyiv Independent" → Kyiv, Independent). */
    static List<String> publisherWords(String source) {
        if (source == null || source.isBlank()) {
            return List.of();
        }
        List<String> words = new ArrayList<>(Arrays.asList(source.strip().split("\\s+")));
        if (words.size() > 1 && words.get(0).equalsIgnoreCase("the")) {
            words.remove(0);
        }
        return words;
    }

    private static void labelPublisher(LabelledSentence s, List<String> publisher) {
        for (int i = 0; i + publisher.size() <= s.size(); i++) {
            boolean match = true;
            for (int k = 0; k < publisher.size() && match; k++) {
                match = s.word(i + k).equals(publisher.get(k));
            }
            if (match) {
                s.label(i, i + publisher.size(), EntityType.ORGANIZATION, null);
            }
        }
    }

    /** "a Kyiv Independent journalist": the capitalized words before a newsroom role name the outlet. */
    private void labelMediaEmployers(LabelledSentence s) {
        for (int i = 1; i < s.size(); i++) {
            if (!lexicon.isMediaRole(s.word(i)) || !s.token(i).pos().startsWith("NN") || s.labelled(i)) {
                continue;
            }
            int from = i;
            while (from > 0 && s.capitalized(from - 1) && !s.separator(from - 1)
                    && (s.properNoun(from - 1) || s.labelled(from - 1))
                    && !"NATIONALITY".equals(s.token(from - 1).ner()) && !"TITLE".equals(s.token(from - 1).ner())
                    && s.type(from - 1) != EntityType.PERSON) {
                from--;
            }
            if (from == i || onlyPlace(s, from, i)) {
                continue; // "a Ukraine reporter" is a reporter from a place, not an outlet
            }
            boolean introduced = from == 0 || DETERMINERS.contains(s.lower(from - 1))
                    || s.token(from - 1).pos().equals("POS") || s.token(from - 1).pos().equals("IN")
                    || s.separator(from - 1);
            if (introduced) {
                s.label(from, i, EntityType.ORGANIZATION, null);
            }
        }
    }

    private static boolean onlyPlace(LabelledSentence s, int from, int to) {
        for (int i = from; i < to; i++) {
            if (s.type(i) != EntityType.LOCATION) {
                return false;
            }
        }
        return true;
    }

    private void retypeByHeadWord(LabelledSentence s) {
        for (int[] run : s.runs()) {
            EntityType type = s.type(run[0]);
            String last = s.word(run[1] - 1);
            boolean orgHead = lexicon.organizationKind(last) != null
                    || (run[1] - run[0] >= 2 && lexicon.isOrganizationLead(s.word(run[0])));
            boolean corporate = lexicon.isCorporateSuffix(last) && lexicon.organizationKind(last) != null;
            if (orgHead && (type == EntityType.LOCATION || type == EntityType.MISC)
                    || corporate && type == EntityType.PERSON) {
                s.label(run[0], run[1], EntityType.ORGANIZATION, null);
                type = EntityType.ORGANIZATION;
            } else if (type == EntityType.MISC && lexicon.isLocationHead(last)) {
                s.label(run[0], run[1], EntityType.LOCATION, null);
            }
            if (type == EntityType.ORGANIZATION && lexicon.organizationKind(last) != null && run[0] > 0
                    && (s.type(run[0] - 1) == EntityType.LOCATION)) {
                int[] before = s.runAt(run[0] - 1);
                if (before != null && before[1] == run[0]) {
                    s.label(before[0], run[1], EntityType.ORGANIZATION, null); // "United States" + "Air Force"
                }
            }
        }
    }
}

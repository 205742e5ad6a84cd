package org.dossier.extract.entity;

import org.dossier.annotate.Dependency;
import org.dossier.model.EntityType;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Resolves third-person singular pronouns to a referent mentioned before them, conservatively: "he", "his", "she",
 * "her" to a person whose gender (from given names, honorifics and earlier pronouns) does not disagree; "it", "its"
 * to an organization or place, but not an expletive "it" ("it is expected that"). It looks back through the
 * pronoun's sentence and the {@value References#LOOK_BACK} before it and stops at the nearest sentence with a
 * candidate; there it prefers subjects, in the pronoun's own sentence the closest, in an earlier one the first. A
 * pronoun outside quotation marks never takes a name inside them, and one inside them no name of its own sentence
 * outside them (the speaker); an object pronoun never takes the subject of its own verb ("Trump met him"); a
 * subject pronoun takes only a subject or possessor of its own sentence ("Campaigning against Romney, he ..."), and
 * a subject "it" only a subject or possessor anywhere; "it" never takes a noun modifier ("the Paris agreement") and
 * is left alone inside quotation marks. Plural and first- and second-person pronouns are left alone. Stage 1 of
 * the entity layer's one resolver ({@link References}). Stateless.
 */
final class PronounResolver {

    private static final Set<String> EXPLETIVE_HEADS = Set.of("be", "seem", "appear", "happen", "take", "matter",
            "remain", "become", "look", "make", "mean", "rain", "cost");

    /** Whether the token is a pronoun this resolver handles: a singular third-person one ({@link Names#pronoun}). */
    boolean handles(LabelledSentence s, int i) {
        String pos = s.token(i).pos();
        return (pos.equals("PRP") || pos.equals("PRP$")) && gender(s, i) != null;
    }

    /** The gender of the singular third-person pronoun at token {@code i}, or {@code null} when it is none. */
    private static Gender gender(LabelledSentence s, int i) {
        Names.Pronoun p = Names.pronoun(s.lower(i));
        return p == null || p.plural() || p.gender() == Gender.UNKNOWN ? null : p.gender();
    }

    /** The referent the pronoun at token {@code i} refers to, or {@code null} when no candidate is safe. */
    Referent resolve(LabelledSentence s, int i, Discourse discourse, boolean quoted) {
        Gender kind = gender(s, i);
        boolean it = s.lower(i).equals("it");
        if (it && (quoted || expletive(s, i))) {
            return null; // in quoted speech "it" is mostly a situation, not a named thing
        }
        Dependency own = s.sentence().tree().headArc(i);
        boolean subject = own != null && own.relation().startsWith("nsubj");
        int offset = s.token(i).start();
        int index = s.sentence().index();
        for (int back = 0; back <= References.LOOK_BACK && index - back >= 0; back++) {
            List<Discourse.Mention> candidates = new ArrayList<>();
            for (Discourse.Mention m : discourse.inSentenceBefore(index - back, offset)) {
                if (!fits(kind, m.referent()) || !quoted && m.quoted() || boundBy(own, m, back)
                        || kind == Gender.NEUTER && m.relation().equals("compound")) {
                    continue;
                }
                boolean salient = m.subject() || m.relation().equals("nmod:poss");
                if (back == 0 && (subject && !salient || quoted && !m.quoted())
                        || it && subject && !salient) {
                    continue; // "Campaigning against Romney, he ...": a subject pronoun takes a subject
                }
                candidates.add(m);
            }
            if (!candidates.isEmpty()) {
                return choose(candidates, back == 0);
            }
        }
        return null;
    }

    /** Notes what a resolved pronoun tells about its referent's gender. */
    void learn(LabelledSentence s, int i, Referent r) {
        Gender kind = gender(s, i);
        if (kind == Gender.MALE || kind == Gender.FEMALE) {
            r.learnGender(kind);
        }
    }

    private static boolean fits(Gender kind, Referent r) {
        EntityType type = r.type();
        return switch (kind) {
            case MALE, FEMALE -> type == EntityType.PERSON && r.gender().agreesWith(kind);
            case NEUTER -> type == EntityType.ORGANIZATION || type == EntityType.LOCATION;
            case UNKNOWN -> false;
        };
    }

    /** "Trump met him": an object pronoun is not the subject of its own verb. */
    private static boolean boundBy(Dependency own, Discourse.Mention m, int back) {
        if (own == null || back != 0) {
            return false;
        }
        boolean object = own.relation().equals("obj") || own.relation().equals("iobj");
        return object && m.subject() && m.governor() == own.governor();
    }

    private static Referent choose(List<Discourse.Mention> candidates, boolean sameSentence) {
        Set<Referent> distinct = new LinkedHashSet<>();
        candidates.forEach(m -> distinct.add(m.referent()));
        if (distinct.size() == 1) {
            return distinct.iterator().next();
        }
        List<Discourse.Mention> subjects = candidates.stream().filter(Discourse.Mention::subject).toList();
        List<Discourse.Mention> pool = subjects.isEmpty() ? candidates : subjects;
        return sameSentence ? pool.get(pool.size() - 1).referent() : pool.get(0).referent();
    }

    private static boolean expletive(LabelledSentence s, int i) {
        Dependency d = s.sentence().tree().headArc(i);
        if (d == null || d.relation().equals("expl")) {
            return true;
        }
        if (d.relation().startsWith("nsubj") && d.governor() >= 0) {
            String lemma = s.token(d.governor()).lemma().toLowerCase(java.util.Locale.ROOT);
            if (EXPLETIVE_HEADS.contains(lemma)) {
                return true;
            }
            for (Dependency c : s.sentence().tree().childArcs(d.governor())) {
                if (c.relation().equals("cop") || c.relation().equals("csubj") || c.relation().equals("ccomp")
                        && s.token(c.dependent()).index() > i && hasMark(s, c.dependent())) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean hasMark(LabelledSentence s, int clause) {
        for (Dependency c : s.sentence().tree().childArcs(clause)) {
            if (c.relation().equals("mark") && s.lower(c.dependent()).equals("that")) {
                return true;
            }
        }
        return false;
    }
}

package org.dossier.extract.time;

import org.dossier.annotate.Dependency;
import org.dossier.annotate.Sentence;
import org.dossier.annotate.Token;
import org.dossier.annotate.lexicon.Modality;
import org.dossier.annotate.lexicon.ModalityLexicon;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The tense of the clause a temporal expression belongs to, read from Penn part-of-speech tags: the
 * expression's head is followed up the dependency tree to the verb it modifies, then that verb's form and
 * auxiliaries decide ("will meet Friday" is future, "met Friday" past, "may have met" past, "is expected to
 * meet" future). Without a dependency tree, the nearest verb and the auxiliaries right before it decide.
 */
final class TenseDetector {

    private static final Set<String> AUXILIARY_TAGS = Set.of("MD", "VB", "VBD", "VBZ", "VBP", "VBN", "VBG", "RB",
            "TO");

    /** A verb with what governs its tense: auxiliaries, an infinitive marker, and the verb it complements. */
    private record Clause(Token verb, List<Token> auxiliaries, boolean infinitive, Token governor,
                          List<Token> governorAuxiliaries, boolean governorInfinitive, boolean negated) {

        Clause(Token verb, List<Token> auxiliaries, boolean infinitive, Token governor,
               List<Token> governorAuxiliaries, boolean governorInfinitive) {
            this(verb, auxiliaries, infinitive, governor, governorAuxiliaries, governorInfinitive, false);
        }
    }


    /**
     * The kernel's modality words: modal auxiliaries ("will meet" lies ahead, "may have met" behind), the governors
     * whose infinitive lies ahead ("expected to meet", "slated to meet", "plans to visit"), the verbs whose object
     * is an arrangement ("has scheduled a news conference Thursday"), and negation ("could not be reached").
     */
    private final ModalityLexicon modality;

    TenseDetector(ModalityLexicon modality) {
        this.modality = modality;
    }

    /** The tense governing the tokens {@code first..last} (indices in {@code s}). */
    Tense of(Sentence s, int first, int last) {
        if (isDeadline(s, first)) {
            return Tense.FUTURE;
        }
        Clause clause = s.tree().parsed() ? byTree(s, first, last) : bySequence(s, first, last);
        return clause == null ? Tense.UNKNOWN : decide(clause);
    }

    /**
     * "extended its deadline until Tuesday", "postponed until Tuesday morning": an end point set by the clause lies
     * ahead whatever its tense ("Up until Thursday", "not until Tuesday" and a sentence-initial "Until" narrate).
     */
    private static boolean isDeadline(Sentence s, int first) {
        if (first < 2) {
            return false;
        }
        String marker = s.tokens().get(first - 1).word().toLowerCase(Locale.ROOT);
        String before = s.tokens().get(first - 2).word().toLowerCase(Locale.ROOT);
        return (marker.equals("until") || marker.equals("till")) && !NARRATIVE_UNTIL.contains(before);
    }

    private static final Set<String> NARRATIVE_UNTIL = Set.of("up", "not", ",", "``", "\"", "only");

    private Tense decide(Clause c) {
        boolean modal = false;
        boolean perfectInfinitive = false;
        boolean pastAux = false;
        boolean presentPerfect = false;
        boolean presentAux = false;
        for (Token t : c.auxiliaries()) {
            String w = t.word().toLowerCase(Locale.ROOT);
            Modality reading = modality.auxiliary(w);
            if (reading == Modality.PREDICTION) {
                return Tense.FUTURE;
            }
            if (reading != null) {
                modal = true;
            } else if (t.pos().equals("VB") && isHave(t)) {
                perfectInfinitive = true;
            } else if (t.pos().equals("VBD")) {
                pastAux = true;
            } else if (t.pos().equals("VBZ") || t.pos().equals("VBP")) {
                presentAux = true;
                presentPerfect |= isHave(t);
            }
        }
        if (modal) {
            if (c.negated() && modality.isAttempt(c.verb().lemma())
                    && c.auxiliaries().stream().anyMatch(t -> t.word().equalsIgnoreCase("could"))) {
                return Tense.PAST; // "could not be reached for comment Tuesday": an attempt already made
            }
            return perfectInfinitive ? Tense.PAST : Tense.FUTURE; // "may have been" looks back, "may meet" ahead
        }
        if (c.infinitive() && c.auxiliaries().stream().anyMatch(TenseDetector::isBe)) {
            return Tense.FUTURE; // "is to resume trading Tuesday", "was to arrive Friday": an arrangement ahead
        }
        if (!pastAux && modality.arrangesObject(c.verb().lemma())
                && !c.verb().pos().equals("VBD") && (presentAux || !c.verb().pos().equals("VBN"))) {
            return Tense.FUTURE; // "has scheduled a news conference Thursday", "plans ... on Tuesday"
        }
        if (pastAux) {
            return Tense.PAST;
        }
        if (presentPerfect) {
            return Tense.PRESENT; // "has extended ... through January": a state reaching into the present
        }
        String pos = c.verb().pos();
        if (pos.equals("VBD")) {
            return Tense.PAST;
        }
        if (c.infinitive() || pos.equals("VB")) {
            if (c.governor() == null) {
                return c.infinitive() ? Tense.FUTURE : Tense.UNKNOWN;
            }
            if (modality.looksAheadUnder(c.governor().lemma())) {
                // "is expected to meet Friday" lies ahead; "had been scheduled to expire Friday" did not
                boolean pastPerfect = c.governorAuxiliaries().stream().anyMatch(t -> t.pos().equals("VBD") && isHave(t));
                return pastPerfect ? Tense.PAST : Tense.FUTURE;
            }
            return decide(new Clause(c.governor(), c.governorAuxiliaries(), false, null, List.of(), false));
        }
        if (pos.equals("VBN")) {
            return presentAux ? Tense.PRESENT : Tense.PAST;
        }
        if (pos.equals("VBG")) {
            if (!presentAux && c.auxiliaries().isEmpty() && c.governor() != null) {
                // "is to resume trading in Paris Tuesday": a bare participle takes the tense of the verb it completes
                return decide(new Clause(c.governor(), c.governorAuxiliaries(), c.governorInfinitive(), null,
                        List.of(), false));
            }
            return presentAux ? Tense.PRESENT : Tense.UNKNOWN;
        }
        if (pos.equals("VBZ") || pos.equals("VBP") || presentAux) {
            return Tense.PRESENT;
        }
        return Tense.UNKNOWN;
    }

    private static boolean isBe(Token t) {
        return t.lemma().equalsIgnoreCase("be") && !t.pos().equals("VBN") && !t.pos().equals("VBG");
    }

    private static boolean isHave(Token t) {
        String w = t.word().toLowerCase(Locale.ROOT);
        return t.lemma().equalsIgnoreCase("have") || w.equals("have") || w.equals("has") || w.equals("had")
                || w.equals("'ve") || w.equals("'d");
    }

    // --- with a dependency tree

    private Clause byTree(Sentence s, int first, int last) {
        int head = head(s, first, last);
        int verb = head < 0 ? -1 : governingVerb(s, head, first, last);
        if (verb < 0) {
            verb = nearestVerb(s, first, last);
        }
        if (verb < 0) {
            return null;
        }
        return clauseInTree(s, verb, true);
    }

    private Clause clauseInTree(Sentence s, int v, boolean withGovernor) {
        List<Token> aux = new ArrayList<>();
        boolean infinitive = false;
        for (Dependency c : s.tree().childArcs(v)) {
            Token t = s.tokens().get(c.dependent());
            String rel = c.relation();
            if (rel.startsWith("aux") || rel.equals("cop")) {
                if (t.pos().equals("TO")) {
                    infinitive = true;
                } else {
                    aux.add(t);
                }
            } else if (rel.equals("mark") && t.word().equalsIgnoreCase("to")) {
                infinitive = true;
            }
        }
        boolean negated = false;
        for (Dependency c : s.tree().childArcs(v)) {
            String w = s.tokens().get(c.dependent()).word().toLowerCase(Locale.ROOT);
            negated |= modality.isNegation(w);
            if (c.relation().startsWith("nsubj")) {
                for (Dependency d : s.tree().childArcs(c.dependent())) {
                    negated |= modality.isNegation(s.tokens().get(d.dependent()).word().toLowerCase(Locale.ROOT));
                }
            }
        }
        Token governor = null;
        List<Token> governorAux = List.of();
        boolean governorInfinitive = false;
        Dependency up = s.tree().headArc(v);
        if (withGovernor && up != null && up.governor() >= 0) {
            Clause g = clauseInTree(s, up.governor(), false);
            governor = g.verb();
            governorAux = g.auxiliaries();
            governorInfinitive = g.infinitive();
        }
        return new Clause(s.tokens().get(v), aux, infinitive, governor, governorAux, governorInfinitive, negated);
    }

    /** The token of the range whose governor lies outside it. */
    private static int head(Sentence s, int first, int last) {
        for (int i = first; i <= last; i++) {
            Dependency d = s.tree().headArc(i);
            if (d != null && (d.governor() < first || d.governor() > last)) {
                return i;
            }
        }
        return -1;
    }

    private static int governingVerb(Sentence s, int from, int first, int last) {
        int i = from;
        for (int steps = 0; steps < 6; steps++) {
            Dependency d = s.tree().headArc(i);
            if (d == null || d.governor() < 0) {
                return isPredicate(s, i) && (i < first || i > last) ? i : -1;
            }
            i = d.governor();
            if (isPredicate(s, i)) {
                return i;
            }
        }
        return -1;
    }

    /** A verb, or a non-verbal predicate carrying a copula ("was ready Friday"). */
    private static boolean isPredicate(Sentence s, int i) {
        if (s.tokens().get(i).pos().startsWith("VB")) {
            return true;
        }
        for (Dependency c : s.tree().childArcs(i)) {
            if (c.relation().equals("cop")) {
                return true;
            }
        }
        return false;
    }

    // --- from the token sequence alone

    private Clause bySequence(Sentence s, int first, int last) {
        int v = nearestVerb(s, first, last);
        if (v < 0) {
            return null;
        }
        List<Token> tokens = s.tokens();
        // a verb group reads left to right: "will have met", "is expected to meet": take its last verb
        while (v + 1 < tokens.size() && (first > v + 1 || last < v + 1) && isVerbGroupWord(tokens.get(v + 1))) {
            v++;
        }
        List<Token> aux = new ArrayList<>();
        boolean infinitive = false;
        boolean negated = false;
        int i = v - 1;
        for (; i >= 0 && AUXILIARY_TAGS.contains(tokens.get(i).pos()); i--) {
            Token t = tokens.get(i);
            if (t.pos().equals("TO")) {
                infinitive = true;
                break;
            }
            if (!t.pos().equals("RB")) {
                aux.add(t);
            } else {
                negated |= modality.isNegation(t.word().toLowerCase(Locale.ROOT));
            }
        }
        Token governor = null;
        List<Token> governorAux = List.of();
        if (infinitive && i > 0 && tokens.get(i - 1).pos().startsWith("VB")) {
            governor = tokens.get(i - 1);
            List<Token> ga = new ArrayList<>();
            for (int j = i - 2; j >= 0 && AUXILIARY_TAGS.contains(tokens.get(j).pos()); j--) {
                ga.add(tokens.get(j));
            }
            governorAux = ga;
        }
        return new Clause(tokens.get(v), aux, infinitive, governor, governorAux, false, negated);
    }

    private static boolean isVerbGroupWord(Token t) {
        return t.pos().startsWith("VB") || t.pos().equals("TO");
    }

    private static int nearestVerb(Sentence s, int first, int last) {
        List<Token> tokens = s.tokens();
        for (int dist = 1; dist < tokens.size(); dist++) {
            int left = first - dist;
            int right = last + dist;
            if (left >= 0 && tokens.get(left).pos().startsWith("VB")) {
                return left;
            }
            if (right < tokens.size() && tokens.get(right).pos().startsWith("VB")) {
                return right;
            }
        }
        return -1;
    }
}

package org.dossier.extract.event;

import org.dossier.annotate.DependencyTree;
import org.dossier.annotate.lexicon.Modality;
import org.dossier.annotate.lexicon.ModalityLexicon;
import org.dossier.model.EventType;
import org.dossier.model.Factuality;

import java.util.Set;

/**
 * Whether an event happened, as its own sentence presents it (claims are applied by the extractor on top):
 * negation ("did not", "never", "no talks"); modals ("will" → expected; "may", "could", "would" → hypothetical,
 * but "would" in reported speech is the future of the past); the verb an infinitive depends on ("is expected to
 * meet" → expected, "called on allies to deliver", "wants troops to monitor" → hypothetical, "continues to hold
 * talks" → as the governing verb, "refused to sign" → negated); conditions ("if"); event-noun modifiers ("a
 * potential ceasefire", "the upcoming summit"); and report hedges ("reportedly", "is said to", "according to",
 * the content of a speech verb) → reported.
 */
final class FactualityRules {

    private final EventLexicon lexicon;
    /** The kernel's modality words, read as the time and claim layers read them. */
    private final ModalityLexicon modality;

    FactualityRules(EventLexicon lexicon, ModalityLexicon modality) {
        this.lexicon = lexicon;
        this.modality = modality;
    }

    Factuality assess(DependencyTree s, Trigger t) {
        if (t.nominal()) {
            return nominal(s, t.head());
        }
        Factuality f = clause(s, t.clause(), 0);
        if (f == Factuality.ASSERTED && uncertain(s, t.clause())) {
            return Factuality.HYPOTHETICAL;
        }
        if (f == Factuality.ASSERTED && reportedInSentence(s, t.clause())) {
            return Factuality.REPORTED;
        }
        return f;
    }

    private Factuality nominal(DependencyTree s, int n) {
        for (var d : s.childArcs(n)) {
            String w = s.lowerWord(d.dependent());
            if ((d.relation().equals("det") || d.relation().equals("advmod")) && modality.isNegation(w)) {
                return Factuality.NEGATED;
            }
            if (d.relation().equals("amod") || d.relation().equals("compound")) {
                Modality m = modality.nounModifier(w);
                if (m == Modality.PREDICTION) {
                    return Factuality.EXPECTED;
                }
                if (m != null && m.looksAhead()) {
                    return Factuality.HYPOTHETICAL;
                }
            }
        }
        for (int a : s.children(n, "acl")) {
            if (s.isVerb(a) && modality.governor(s.lowerLemma(a)).contains(Modality.PREDICTION) && !negated(s, a)) {
                return Factuality.EXPECTED; // "the verdict, expected next month"
            }
        }
        int g = s.head(n);
        if (g >= 0 && s.isVerb(g) && s.relation(n).equals("nsubj:pass") && s.child(g, "xcomp") < 0
                && modality.governor(s.lowerLemma(g)).contains(Modality.PREDICTION)) {
            return negated(s, g) ? Factuality.HYPOTHETICAL : Factuality.EXPECTED; // "the vote is expected next month"
        }
        if (g >= 0 && s.isVerb(g)) {
            String r = s.relation(n);
            if ((DependencyTree.isRelation(r, "obj") || DependencyTree.isRelation(r, "obl"))
                    && lexicon.is("irrealis-cue", s.lowerLemma(g))) {
                return Factuality.HYPOTHETICAL;
            }
            Factuality f = clause(s, g, 0);
            if (f == Factuality.HYPOTHETICAL || f == Factuality.EXPECTED) {
                return f;
            }
            if (f == Factuality.ASSERTED && saidAfterwards(s, g)) {
                return Factuality.REPORTED; // "after a brief skirmish, two of them fled, the statement said"
            }
        }
        return Factuality.ASSERTED;
    }

    /** The factuality of the clause headed by verb {@code v}, from its own modifiers and the verb it depends on. */
    Factuality clause(DependencyTree s, int v, int depth) {
        if (s.relation(v).equals("amod") && s.head(v) >= 0 && depth == 0) {
            return nominal(s, s.head(v)); // "hinted at reducing military aid": the gerund is the noun phrase's
        }
        if (negated(s, v)) {
            return Factuality.NEGATED;
        }
        for (var d : s.childArcs(v)) {
            String r = d.relation();
            String w = s.lowerWord(d.dependent());
            if (r.equals("aux")) {
                Modality m = modality.auxiliary(w);
                if (m == Modality.CONDITIONAL) {
                    return inReportedSpeech(s, v) ? Factuality.EXPECTED : Factuality.HYPOTHETICAL;
                }
                if (m == Modality.PREDICTION) {
                    return Factuality.EXPECTED;
                }
                if (m != null) {
                    return Factuality.HYPOTHETICAL;
                }
            } else if (r.equals("mark") && modality.isCondition(w)) {
                return Factuality.HYPOTHETICAL;
            }
        }
        int g = s.head(v);
        if (g < 0 || depth > 4) {
            return Factuality.ASSERTED;
        }
        String r = s.relation(v);
        if ((r.equals("ccomp") || r.equals("parataxis")) && s.isInfinitive(v) && !s.children(v, "nsubj").isEmpty()
                && !s.hasChildLowerWord(v, "mark", "for")) {
            return Factuality.EXPECTED; // headline future: "Agent says Sixers to sign Dalembert"
        }
        if (r.equals("xcomp") && s.isInfinitive(v) && modality.governor(s.lowerLemma(g)).contains(Modality.REPORT)
                && !passive(s, g) && !s.children(g, "obj").isEmpty() && !s.hasChildLowerWord(v, "aux", "have")) {
            return Factuality.EXPECTED; // the same, parsed as "says [Sixers] [to sign Dalembert]"
        }
        boolean complement = r.equals("xcomp") && s.isVerb(v)
                || (r.equals("advcl") || r.equals("ccomp")) && s.isInfinitive(v);
        if (complement) {
            String lg = s.lowerLemma(g);
            Set<Modality> readings = modality.governor(lg);
            if (readings.contains(Modality.FAILURE)) {
                return negated(s, g) ? Factuality.ASSERTED : Factuality.NEGATED;
            }
            if (readings.contains(Modality.PREDICTION) && !(lg.equals("go") && !s.lowerWord(g).equals("going"))) {
                return negated(s, g) ? Factuality.HYPOTHETICAL : Factuality.EXPECTED;
            }
            if (readings.contains(Modality.REPORT) && passive(s, g)) {
                return Factuality.REPORTED;
            }
            if (readings.contains(Modality.ASPECT)) {
                return clause(s, g, depth + 1);
            }
            return Factuality.HYPOTHETICAL;
        }
        if (r.equals("conj") && s.children(v, "nsubj").isEmpty() && s.isVerb(g)) {
            return clause(s, g, depth + 1);
        }
        return Factuality.ASSERTED;
    }

    /**
     * "perhaps recognizing", "possibly met": an adverb of doubt on the verb makes an otherwise asserted event only
     * possible, as it hedges a claim; a clause with a reading of its own keeps it ("perhaps they will demand" stays
     * expected), and an event noun does not take it from the verb above ("maybe he changed his mind about the
     * remark").
     */
    private boolean uncertain(DependencyTree s, int v) {
        for (var d : s.childArcs(v)) {
            if (d.relation().equals("advmod") && modality.adverb(s.lowerWord(d.dependent())) == Modality.UNCERTAINTY) {
                return true;
            }
        }
        return false;
    }

    private boolean negated(DependencyTree s, int v) {
        for (var d : s.childArcs(v)) {
            String r = d.relation();
            if ((r.equals("advmod") || r.equals("neg") || r.equals("aux"))
                    && modality.isNegation(s.lowerWord(d.dependent()))) {
                return true;
            }
        }
        return false;
    }

    private static boolean passive(DependencyTree s, int v) {
        return s.child(v, "aux:pass") >= 0 || s.child(v, "nsubj:pass") >= 0;
    }

    /** "said he would visit": the clause is the content of a speech verb. */
    private boolean inReportedSpeech(DependencyTree s, int v) {
        int g = s.head(v);
        return s.relation(v).equals("ccomp") && g >= 0 && isSpeechVerb(s, g);
    }

    private boolean isSpeechVerb(DependencyTree s, int g) {
        return lexicon.verb(s.lowerLemma(g)).filter(t -> t == EventType.STATEMENT).isPresent()
                || modality.governor(s.lowerLemma(g)).contains(Modality.REPORT);
    }

    /**
     * Hedged or sourced within the sentence: a hedge adverb on the verb ("reportedly made"), an "according to"
     * phrase the verb dominates, or the verb heads the content of a speech verb ("said that he was discussing").
     */
    private boolean reportedInSentence(DependencyTree s, int v) {
        for (var d : s.childArcs(v)) {
            if (d.relation().equals("advmod") && modality.adverb(s.lowerWord(d.dependent())) == Modality.HEDGE) {
                return true;
            }
        }
        for (int i = 0; i < s.size(); i++) {
            if (s.lowerWord(i).equals("according") && i + 1 < s.size() && s.lowerWord(i + 1).equals("to")
                    && s.dominates(v, i)) {
                return true;
            }
        }
        if (s.relation(v).equals("ccomp") && s.head(v) >= 0 && isSpeechVerb(s, s.head(v))) {
            return true;
        }
        return saidAfterwards(s, v);
    }

    /**
     * "He fled on foot, police said": the speech verb hangs on the clause as a parenthetical (parataxis), on the
     * clause itself or on the clause it is conjoined or adverbial to ("shot three people, killing one, the
     * authorities said").
     */
    boolean saidAfterwards(DependencyTree s, int v) {
        int top = top(s, v);
        for (int p = v + 1; p < s.size(); p++) {
            if (s.relation(p).equals("parataxis") && isSpeechVerb(s, p) && s.child(p, "nsubj") >= 0
                    && s.head(p) >= 0 && top(s, s.head(p)) == top) {
                return true;
            }
        }
        return false;
    }

    /** The clause {@code v} belongs to, up through conjoined, adverbial and complement clauses. */
    private static int top(DependencyTree s, int v) {
        int top = v;
        for (int depth = 0; depth < 6; depth++) {
            String r = s.relation(top);
            if (!(r.equals("conj") || r.equals("advcl") || r.equals("xcomp")) || s.head(top) < 0) {
                return top;
            }
            top = s.head(top);
        }
        return top;
    }
}

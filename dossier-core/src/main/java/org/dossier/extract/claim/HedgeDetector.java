package org.dossier.extract.claim;

import org.dossier.annotate.DependencyTree;
import org.dossier.annotate.Token;

import java.util.Set;

/**
 * Tells whether the text distances itself from an attribution: a hedging adverb on the cue or on the main
 * predicate of the content ("reportedly", "allegedly"), a modal of possibility on that predicate ("Ukraine may
 * consider"), or a passive report verb over it ("is said to", "is believed to").
 */
final class HedgeDetector {

    private static final Set<String> ADVERBS = Set.of("reportedly", "allegedly", "purportedly", "supposedly",
            "apparently", "seemingly", "possibly", "perhaps", "maybe");
    private static final Set<String> MODALS = Set.of("may", "might", "could");
    private static final Set<String> REPORT_VERBS = Set.of("say", "report", "believe", "think", "rumor", "allege",
            "expect");

    boolean hedged(DependencyTree t, Attribution a) {
        if (a.cue() != null && !a.cue().isAccordingTo() && hedges(t, a.cue().head())) {
            return true;
        }
        for (int i = 0; i < t.size(); i++) {
            Token tok = t.token(i);
            int gov = t.head(i);
            boolean inside = a.content().start() <= tok.start() && tok.end() <= a.content().end();
            boolean headOfContent = inside && (gov < 0 || !contains(a, t.token(gov)));
            if (headOfContent && (hedges(t, i) || raisedByReport(t, i))) {
                return true;
            }
        }
        return false;
    }

    private static boolean contains(Attribution a, Token tok) {
        return a.content().start() <= tok.start() && tok.end() <= a.content().end();
    }

    private static boolean hedges(DependencyTree t, int predicate) {
        for (int c : t.children(predicate)) {
            String w = t.lowerWord(c);
            if (t.relationIs(c, "advmod") && ADVERBS.contains(w) || t.relationIs(c, "aux") && MODALS.contains(w)) {
                return true;
            }
        }
        return false;
    }

    /** "X is said to have …": a passive report verb whose infinitive carries the content. */
    private static boolean raisedByReport(DependencyTree t, int predicate) {
        return REPORT_VERBS.contains(t.lowerLemma(predicate)) && CueFinder.isPassive(t, predicate)
                && t.child(predicate, "xcomp") >= 0;
    }
}

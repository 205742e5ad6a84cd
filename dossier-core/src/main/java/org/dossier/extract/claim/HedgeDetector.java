package org.dossier.extract.claim;

import org.dossier.annotate.DependencyTree;
import org.dossier.annotate.Token;
import org.dossier.annotate.lexicon.Modality;
import org.dossier.annotate.lexicon.ModalityLexicon;


/**
 * Tells whether the text distances itself from an attribution: a hedging adverb on the cue or on the main
 * predicate of the content ("reportedly", "allegedly"), a modal of possibility on that predicate ("Ukraine may
 * consider"), or a passive report verb over it ("is said to", "is believed to").
 */
final class HedgeDetector {

    /** The kernel's modality words: what hedges is what {@link Modality#hedges()} says, for every layer alike. */
    private final ModalityLexicon modality;

    HedgeDetector(ModalityLexicon modality) {
        this.modality = modality;
    }

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

    /** A hedging adverb ("reportedly", "possibly") or modal ("may", "could") on {@code predicate}. */
    private boolean hedges(DependencyTree t, int predicate) {
        for (int c : t.children(predicate)) {
            String w = t.lowerWord(c);
            Modality m = t.relationIs(c, "advmod") ? modality.adverb(w) : t.relationIs(c, "aux") ? modality.auxiliary(w)
                    : null;
            if (m != null && m.hedges()) {
                return true;
            }
        }
        return false;
    }

    /** "X is said to have …": a passive report verb whose infinitive carries the content. */
    private boolean raisedByReport(DependencyTree t, int predicate) {
        return modality.governor(t.lowerLemma(predicate)).contains(Modality.REPORT) && CueFinder.isPassive(t, predicate)
                && t.child(predicate, "xcomp") >= 0;
    }
}

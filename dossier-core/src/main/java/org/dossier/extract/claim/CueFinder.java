package org.dossier.extract.claim;

import org.dossier.annotate.DependencyTree;
import org.dossier.annotate.lexicon.CueLexicon;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds the attribution cues of one sentence: verbs of the {@link CueLexicon} (phrasal ones with their particle,
 * "called on") used actively or with a "by" agent, "according to", and the nouns and adjectives of the lexicon
 * ("claim", "critical"), which {@link ContentFinder} and {@link SourceFinder} keep only with a complement and a
 * source of their own.
 *
 * <p>Left out: a cue verb modifying a noun as an adjective ("the so-called deal", "the announced plan"), and a
 * passive cue with no agent, which names no source, unless its lexicon entry takes the frame agentless ("X is
 * expected to", "was asked about"): then it is a claim without a source.
 */
final class CueFinder {

    private final CueLexicon lexicon;

    CueFinder(CueLexicon lexicon) {
        this.lexicon = lexicon;
    }

    List<Cue> find(DependencyTree t) {
        List<Cue> out = new ArrayList<>();
        for (int i = 0; i < t.size(); i++) {
            if (t.lowerWord(i).equals("according") && i + 1 < t.size() && t.lowerWord(i + 1).equals("to")) {
                out.add(new Cue(i, i + 1, null));
                continue;
            }
            if (isNominal(t, i) && lexicon.nominal(t.lowerLemma(i)) != null) {
                out.add(new Cue(i, i, lexicon.nominal(t.lowerLemma(i))));
                continue;
            }
            if (!t.isVerb(i) || !lexicon.isCue(t.lowerLemma(i))) {
                continue;
            }
            Cue cue = verbCue(t, i);
            if (cue != null && !adjectival(t, i) && (!isPassive(t, i) || agent(t, i) >= 0
                    || cue.entry().takes(CueLexicon.Frame.AGENTLESS))) {
                out.add(cue);
            }
        }
        return out;
    }

    private Cue verbCue(DependencyTree t, int i) {
        CueLexicon.Entry plain = null;
        for (CueLexicon.Entry e : lexicon.entries(t.lowerLemma(i))) {
            if (e.particle() == null) {
                plain = e;
                continue;
            }
            if (i + 1 < t.size() && t.lowerWord(i + 1).equals(e.particle())) {
                return new Cue(i, i + 1, e);
            }
            for (int c : t.children(i, "compound")) {
                if (t.relation(c).equals("compound:prt") && t.lowerWord(c).equals(e.particle())) {
                    return new Cue(i, i, e);
                }
            }
        }
        return plain == null ? null : new Cue(i, i, plain);
    }

    /** Whether token {@code i} is a common noun or an adjective, which may be a nominal cue. */
    private static boolean isNominal(DependencyTree t, int i) {
        String pos = t.pos(i);
        return pos.equals("NN") || pos.equals("NNS") || pos.startsWith("JJ");
    }

    private static boolean adjectival(DependencyTree t, int i) {
        return t.relationIs(i, "amod") || t.relationIs(i, "compound");
    }

    /**
     * Whether {@code cue} is a passive verb with no agent ("is expected to", "was asked about"): a claim of no
     * one's, which only verbs with the frame agentless make.
     */
    static boolean agentless(DependencyTree t, Cue cue) {
        return cue.entry() != null && !cue.entry().nominal() && isPassive(t, cue.head()) && agent(t, cue.head()) < 0;
    }

    /** Whether verb {@code i} is passive: a passive subject or auxiliary hangs on it. */
    static boolean isPassive(DependencyTree t, int i) {
        return t.child(i, "nsubj:pass") >= 0 || t.child(i, "aux:pass") >= 0;
    }

    /** The agent of a passive verb ("by X"), or -1. */
    static int agent(DependencyTree t, int i) {
        for (int c : t.children(i, "obl")) {
            if (t.hasChildLowerWord(c, "case", "by")) {
                return c;
            }
        }
        return -1;
    }
}

package org.dossier.extract.claim;

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

    List<Cue> find(SentenceTree t) {
        List<Cue> out = new ArrayList<>();
        for (int i = 0; i < t.size(); i++) {
            if (t.lower(i).equals("according") && i + 1 < t.size() && t.lower(i + 1).equals("to")) {
                out.add(new Cue(i, i + 1, null));
                continue;
            }
            if (isNominal(t, i) && lexicon.nominal(t.lemma(i)) != null) {
                out.add(new Cue(i, i, lexicon.nominal(t.lemma(i))));
                continue;
            }
            if (!t.isVerb(i) || !lexicon.isCue(t.lemma(i))) {
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

    private Cue verbCue(SentenceTree t, int i) {
        CueLexicon.Entry plain = null;
        for (CueLexicon.Entry e : lexicon.entries(t.lemma(i))) {
            if (e.particle() == null) {
                plain = e;
                continue;
            }
            if (i + 1 < t.size() && t.lower(i + 1).equals(e.particle())) {
                return new Cue(i, i + 1, e);
            }
            for (int c : t.children(i, "compound")) {
                if (t.relation(c).equals("compound:prt") && t.lower(c).equals(e.particle())) {
                    return new Cue(i, i, e);
                }
            }
        }
        return plain == null ? null : new Cue(i, i, plain);
    }

    /** Whether token {@code i} is a common noun or an adjective, which may be a nominal cue. */
    private static boolean isNominal(SentenceTree t, int i) {
        String pos = t.pos(i);
        return pos.equals("NN") || pos.equals("NNS") || pos.startsWith("JJ");
    }

    private static boolean adjectival(SentenceTree t, int i) {
        return t.relationIs(i, "amod") || t.relationIs(i, "compound");
    }

    /**
     * Whether {@code cue} is a passive verb with no agent ("is expected to", "was asked about"): a claim of no
     * one's, which only verbs with the frame agentless make.
     */
    static boolean agentless(SentenceTree t, Cue cue) {
        return cue.entry() != null && !cue.entry().nominal() && isPassive(t, cue.head()) && agent(t, cue.head()) < 0;
    }

    /** Whether verb {@code i} is passive: a passive subject or auxiliary hangs on it. */
    static boolean isPassive(SentenceTree t, int i) {
        return t.child(i, "nsubj:pass") >= 0 || t.child(i, "aux:pass") >= 0;
    }

    /** The agent of a passive verb ("by X"), or -1. */
    static int agent(SentenceTree t, int i) {
        for (int c : t.children(i, "obl")) {
            if (t.hasChildWord(c, "case", "by")) {
                return c;
            }
        }
        return -1;
    }
}

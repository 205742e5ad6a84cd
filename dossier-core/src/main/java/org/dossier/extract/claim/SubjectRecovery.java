package org.dossier.extract.claim;

import org.dossier.annotate.DependencyTree;
import org.dossier.annotate.lexicon.CueLexicon;
import java.util.BitSet;

/**
 * Finds the subject of a cue the parse left without one: the subject of the clause the cue hangs in, a name
 * or pronoun right beside it, the noun after an inverted cue the parse took for its object, the subject of the
 * verb before a trailing participle.
 */
final class SubjectRecovery {

    private SubjectRecovery() {
    }

    /**
     * The subject of the nearest clause above the cue whatever the relation that links them, for cues the parse
     * hung on something unexpected ("When Obama appeared … to discuss …"); passives and relative clauses end the
     * search. -1 when there is none within a few steps.
     */
    static int governingSubject(DependencyTree t, int cue) {
        int x = t.head(cue);
        for (int steps = 0; x >= 0 && steps < 4; steps++, x = t.head(x)) {
            if (CueFinder.isPassive(t, x) || t.relation(x).equals("acl:relcl")) {
                return -1;
            }
            int subj = SourceFinder.subject(t, x);
            if (subj >= 0 && !SourceFinder.RELATIVES.contains(t.lowerWord(subj))) {
                return subj;
            }
        }
        return -1;
    }

    /**
     * The name a wrong sentence split left at the end of the sentence before: "Sen. Mitch McConnell (R-Ky.)"
     * ends a sentence at the period of the abbreviation, and "said that …" or "who said …" opens the next. Only
     * when nothing but punctuation, a relative pronoun or adverbs stands before the cue in its sentence, and the
     * one before closes on a parenthesis after a period with a proper name before its opening. {@code null}
     * otherwise; the mention's tokens are those of {@code before}.
     */
    static SourceMention beforeSplit(DependencyTree before, DependencyTree t, Cue cue) {
        for (int i = 0; i < cue.head(); i++) {
            if (!t.isPunct(i) && !SourceFinder.RELATIVES.contains(t.lowerWord(i)) && !t.pos(i).startsWith("RB")) {
                return null;
            }
        }
        int n = before.size();
        if (n < 4 || !before.word(n - 1).equals(")") || !before.word(n - 2).equals(".")) {
            return null;
        }
        int open = n - 3;
        while (open > 0 && n - open < 8 && !before.word(open).equals("(")) {
            open--;
        }
        int name = open - 1;
        if (name < 0 || !before.word(open).equals("(") || !before.pos(name).startsWith("NNP")) {
            return null;
        }
        BitSet span = SourceFinder.nounPhraseWithoutCase(before, name);
        span.clear(open, n);
        before.trimPunctuation(span);
        SourceMention m = SourceMention.of(span, name, -1);
        return m == null ? null : new SourceMention(m.first(), m.last(), name, -1, 1);
    }

    /**
     * A pronoun or proper name right before the cue (past adverbs: "he also said") or right after it
     * ("said Smith"), or -1.
     */
    static int besideCue(DependencyTree t, Cue cue) {
        int before = cue.head() - 1;
        while (before >= 0 && (t.pos(before).startsWith("RB") || t.pos(before).equals("MD")
                || t.relationIs(before, "aux"))) {
            before--;
        }
        if (before >= 0 && isPersonWord(t, before)) {
            return before;
        }
        int after = cue.last() + 1;
        if (after < t.size() && isPersonWord(t, after)) {
            return after;
        }
        return -1;
    }

    private static boolean isPersonWord(DependencyTree t, int i) {
        return t.pos(i).equals("PRP") && !t.lowerWord(i).equals("it") || t.pos(i).startsWith("NNP");
    }

    /**
     * The subject of an inverted cue the parse took for an object: {@code "…," said a former official} — a noun
     * after the cue, when what is said comes before it.
     */
    static int invertedSubject(DependencyTree t, int verb) {
        if (t.pos(verb).equals("VBG")) {
            return -1; // "“…,” repeating the line": a participle's object, no inverted subject
        }
        boolean saidBefore = false;
        for (int c : t.children(verb)) {
            if (c < verb && (t.relationIs(c, "ccomp") || t.relationIs(c, "parataxis") || t.isQuoteMark(c))) {
                saidBefore = true;
            }
        }
        if (!saidBefore) {
            return -1;
        }
        for (int c : t.children(verb)) {
            if (c > verb && t.relationIs(c, "obj") && (t.pos(c).startsWith("NN") || t.pos(c).startsWith("PRP"))) {
                return c;
            }
        }
        return -1;
    }

    /**
     * The noun phrase right after a cue that follows what it attributes behind a comma or quotation mark, when
     * the parse hung it elsewhere than as the cue's subject or object: {@code "…," said the base chief known as
     * Bob} (the noun taken for the subject of "known"). The head is the highest noun above the word after the cue
     * that still stands after the cue; -1 when there is none, the content does not come before the cue, or the
     * cue is a participle or may take an object or addressee ("…, repeating a common line", "…,” Will urged the
     * Republican electorate to …").
     */
    static int nounAfterInvertedCue(DependencyTree t, Cue cue, BitSet content) {
        int before = cue.head() - 1;
        int next = cue.last() + 1;
        if (content.isEmpty() || content.nextSetBit(0) >= cue.head() || content.length() - 1 > cue.last()
                || before < 0 || !t.isPunct(before) || next >= t.size() || cue.isAccordingTo()
                || cue.entry().takes(CueLexicon.Frame.OBJECT) || cue.entry().takes(CueLexicon.Frame.ADDRESSEE)
                || cue.entry().takes(CueLexicon.Frame.ADDRESSEE_INFINITIVE) || !t.pos(cue.head()).matches("VB[DZP]")) {
            return -1;
        }
        String pos = t.pos(next);
        if (!(pos.startsWith("NN") || pos.equals("DT") || pos.equals("CD") || pos.startsWith("JJ")
                || pos.equals("PRP$"))) {
            return -1;
        }
        int head = next;
        for (int steps = 0; steps < t.size(); steps++) {
            int gov = t.head(head);
            if (gov <= cue.last() || !t.pos(gov).startsWith("NN")) {
                break;
            }
            head = gov;
        }
        return t.pos(head).startsWith("NN") ? head : -1;
    }

    /**
     * The subject of a trailing participle the parse failed to attach ("X reiterated his stance, adding that …"):
     * that of the nearest verb before its comma.
     */
    static SourceMention participleSubject(DependencyTree t, int cue) {
        if (!t.pos(cue).equals("VBG") || cue == 0 || !t.word(cue - 1).equals(",")) {
            return null;
        }
        for (int v = cue - 2; v >= 0; v--) {
            int subj = SourceFinder.subject(t, v);
            if (t.isVerb(v) && subj >= 0 && subj < v) {
                return SourceMention.of(SourceFinder.nounPhrase(t, subj), subj, -1);
            }
        }
        return null;
    }
}

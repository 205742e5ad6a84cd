package org.dossier.extract.claim;

import java.util.BitSet;
import java.util.Set;

/**
 * Finds who a cue attributes its content to, as written: the subject of the cue verb ("Zelensky said", "said
 * Zelensky"), the subject it shares with the verb it depends on ("X reiterated …, adding that", "X went on to
 * say"), the agent of a passive ("was told by X"), the noun a participle describes ("a statement saying …"), or
 * the object of "according to". The subject is cut to its noun phrase: appositions ("X, a doctor at Y,") and
 * relative clauses stay out of the span.
 */
final class SourceFinder {

    /** Relations through which a verb without a subject of its own shares its governor's. */
    private static final Set<String> SHARES_SUBJECT = Set.of("conj", "advcl", "xcomp", "dep");
    /** The case words a source may carry: a possessive, the "by" of an agent, "according (to)". */
    private static final Set<String> POSSESSIVE_OR_AGENT = Set.of("'s", "\u2019s", "'", "by", "according");
    private static final Set<String> RELATIVES = Set.of("who", "which", "that", "whom");
    private static final Set<String> LEFT_OUT = Set.of("acl:relcl", "appos", "parataxis", "punct", "acl", "dep");

    /**
     * The source of {@code cue}, or {@code null} when the sentence names none. A source is never part of the
     * {@code content} nor, for a cue outside quotation marks, inside them ({@code quoted}: the sentence's tokens
     * inside quotations): when the parse offers only such a
     * one or none, the subject of the clause the cue hangs in serves, else the name or pronoun right beside the
     * cue ("…, he said", "said Smith").
     */
    SourceMention find(SentenceTree t, Cue cue, BitSet content, BitSet quoted) {
        BitSet barred = (BitSet) content.clone();
        if (!quoted.get(cue.head())) {
            barred.or(quoted);
        }
        SourceMention found = fromTree(t, cue);
        if (found != null && admissible(t, cue, barred, found.head())) {
            return found;
        }
        if (cue.isAccordingTo() || cue.entry().takes(CueLexicon.Frame.APPEARANCE)) {
            return null;
        }
        int governing = governingSubject(t, cue.head());
        if (governing >= 0 && admissible(t, cue, barred, governing)) {
            return SourceMention.of(nounPhrase(t, governing), governing, -1);
        }
        int beside = besideCue(t, cue);
        if (beside >= 0 && admissible(t, cue, barred, beside)) {
            BitSet span = new BitSet(t.size());
            span.set(beside);
            for (int i = beside - 1; i >= 0 && t.pos(beside).startsWith("NNP") && t.pos(i).startsWith("NNP"); i--) {
                span.set(i);
            }
            for (int i = beside + 1; i < t.size() && t.pos(beside).startsWith("NNP") && t.pos(i).startsWith("NNP"); i++) {
                span.set(i);
            }
            return SourceMention.of(span, beside, -1);
        }
        return null;
    }

    /**
     * The subject of the nearest clause above the cue whatever the relation that links them, for cues the parse
     * hung on something unexpected ("When Obama appeared … to discuss …"); passives and relative clauses end the
     * search. -1 when there is none within a few steps.
     */
    private static int governingSubject(SentenceTree t, int cue) {
        int x = t.governor(cue);
        for (int steps = 0; x >= 0 && steps < 4; steps++, x = t.governor(x)) {
            if (CueFinder.isPassive(t, x) || t.relation(x).equals("acl:relcl")) {
                return -1;
            }
            int subj = subject(t, x);
            if (subj >= 0 && !RELATIVES.contains(t.lower(subj))) {
                return subj;
            }
        }
        return -1;
    }

    /**
     * Whether {@code head} can head a source: not barred (in the content, or quoted), not inside quotation marks
     * the cue stands outside, no prepositional phrase ("in the first hour of the debate", "as a strong
     * candidate"; "by X" and "according to X" are sources) and no verb the parse took for a subject
     * ("celebrating victories, …").
     */
    private static boolean admissible(SentenceTree t, Cue cue, BitSet barred, int head) {
        if (barred.get(head) || quoted(t, head) && !quoted(t, cue.head())) {
            return false;
        }
        if (t.isVerb(head) || t.pos(head).equals("IN") || t.pos(head).equals("TO")) {
            return false;
        }
        for (int c : t.children(head, "case")) {
            String w = t.lower(c);
            if (!POSSESSIVE_OR_AGENT.contains(w)) {
                return false;
            }
        }
        return true;
    }

    /**
     * A pronoun or proper name right before the cue (past adverbs: "he also said") or right after it
     * ("said Smith"), or -1.
     */
    private static int besideCue(SentenceTree t, Cue cue) {
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

    private static boolean isPersonWord(SentenceTree t, int i) {
        return t.pos(i).equals("PRP") && !t.lower(i).equals("it") || t.pos(i).startsWith("NNP");
    }

    private SourceMention fromTree(SentenceTree t, Cue cue) {
        if (cue.isAccordingTo()) {
            int np = t.governor(cue.head());
            if (np < 0) {
                return null;
            }
            BitSet span = nounPhrase(t, np);
            span.clear(cue.head(), cue.last() + 1);
            return SourceMention.of(span, np, -1);
        }
        if (cue.entry().takes(CueLexicon.Frame.APPEARANCE)) {
            return null; // "voters seem fatigued": the writer's impression, no one's claim
        }
        int verb = cue.head();
        for (int steps = 0; steps < 4 && verb >= 0; steps++) {
            if (CueFinder.isPassive(t, verb)) {
                int agent = CueFinder.agent(t, verb);
                if (agent < 0) {
                    return null;
                }
                BitSet span = nounPhrase(t, agent);
                for (int c : t.children(agent, "case")) {
                    span.clear(c);
                }
                return SourceMention.of(span, agent, -1);
            }
            int subj = subject(t, verb);
            if (subj < 0 && verb == cue.head()) {
                subj = invertedSubject(t, verb);
            }
            if (subj >= 0) {
                int antecedent = -1;
                if (RELATIVES.contains(t.lower(subj)) && t.relation(verb).equals("acl:relcl")) {
                    antecedent = t.governor(verb);
                }
                return SourceMention.of(nounPhrase(t, subj), subj, antecedent);
            }
            String rel = t.relation(verb);
            int gov = t.governor(verb);
            if (gov < 0) {
                return null;
            }
            if (rel.equals("acl") && t.pos(gov).startsWith("NN")) { // "a statement saying that …"
                int issuer = t.relationIs(gov, "obj") && t.governor(gov) >= 0 ? subject(t, t.governor(gov)) : -1;
                if (issuer >= 0) { // "X issued a statement saying …" is X's
                    return SourceMention.of(nounPhrase(t, issuer), issuer, -1);
                }
                BitSet span = nounPhrase(t, gov);
                span.andNot(t.subtree(verb));
                return SourceMention.of(span, gov, -1);
            }
            if (!SHARES_SUBJECT.contains(rel) || !t.isVerb(gov) && subject(t, gov) < 0) {
                return participleSubject(t, verb);
            }
            verb = gov;
        }
        return null;
    }

    /**
     * The subject of {@code verb}: of several (a misparse), the nearest one; never one inside quotation marks when
     * the verb stands outside them.
     */
    private static int subject(SentenceTree t, int verb) {
        int best = -1;
        for (int c : t.children(verb)) {
            if (!t.relation(c).equals("nsubj") || quoted(t, c) && !quoted(t, verb)) {
                continue;
            }
            if (best < 0 || quoted(t, best) && !quoted(t, c)
                    || quoted(t, best) == quoted(t, c) && Math.abs(c - verb) < Math.abs(best - verb)) {
                best = c;
            }
        }
        return best;
    }

    /** Whether token {@code i} stands between quote marks in its sentence (an odd number of marks before it). */
    private static boolean quoted(SentenceTree t, int i) {
        int marks = 0;
        for (int k = 0; k < i; k++) {
            if (isQuoteMark(t.word(k))) {
                marks++;
            }
        }
        return marks % 2 == 1;
    }

    static boolean isQuoteMark(String w) {
        return w.equals("\"") || w.equals("''") || w.equals("``") || w.equals("\u201C") || w.equals("\u201D");
    }

    /**
     * The subject of an inverted cue the parse took for an object: {@code "…," said a former official} — a noun
     * after the cue, when what is said comes before it.
     */
    private static int invertedSubject(SentenceTree t, int verb) {
        boolean saidBefore = false;
        for (int c : t.children(verb)) {
            if (c < verb && (t.relationIs(c, "ccomp") || t.relationIs(c, "parataxis") || isQuoteMark(t.word(c)))) {
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
     * The subject of a trailing participle the parse failed to attach ("X reiterated his stance, adding that …"):
     * that of the nearest verb before its comma.
     */
    private static SourceMention participleSubject(SentenceTree t, int cue) {
        if (!t.pos(cue).equals("VBG") || cue == 0 || !t.word(cue - 1).equals(",")) {
            return null;
        }
        for (int v = cue - 2; v >= 0; v--) {
            int subj = subject(t, v);
            if (t.isVerb(v) && subj >= 0 && subj < v) {
                return SourceMention.of(nounPhrase(t, subj), subj, -1);
            }
        }
        return null;
    }

    /**
     * The tokens of the noun phrase headed by {@code head}, without clauses, edge punctuation and appositions set
     * off by commas ("X, a doctor at Y,"); a name in apposition with no comma belongs to it ("the firm Portline").
     */
    static BitSet nounPhrase(SentenceTree t, int head) {
        BitSet out = new BitSet(t.size());
        out.set(head);
        for (int c : t.children(head)) {
            boolean closeName = (t.relation(c).equals("appos") || t.relation(c).equals("dep")) && c > head
                    && t.pos(c).startsWith("NNP") && !commaBetween(t, head, t.subtree(c).nextSetBit(0));
            if (!LEFT_OUT.contains(t.relation(c)) || closeName) {
                out.or(t.subtree(c));
            }
        }
        trimPunctuation(t, out);
        return out;
    }

    private static boolean commaBetween(SentenceTree t, int from, int to) {
        for (int i = from + 1; i < to; i++) {
            if (t.word(i).equals(",")) {
                return true;
            }
        }
        return false;
    }

    static void trimPunctuation(SentenceTree t, BitSet tokens) {
        while (!tokens.isEmpty() && isPunct(t, tokens.nextSetBit(0))) {
            tokens.clear(tokens.nextSetBit(0));
        }
        while (!tokens.isEmpty() && isPunct(t, tokens.length() - 1)) {
            tokens.clear(tokens.length() - 1);
        }
    }

    static boolean isPunct(SentenceTree t, int i) {
        String w = t.word(i);
        for (int k = 0; k < w.length(); k++) {
            if (Character.isLetterOrDigit(w.charAt(k))) {
                return false;
            }
        }
        return true;
    }
}

package org.dossier.extract.claim;

import org.dossier.annotate.DependencyTree;
import org.dossier.annotate.lexicon.CueLexicon;
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
    static final Set<String> RELATIVES = Set.of("who", "which", "that", "whom");
    /** Verbs that make a noun cue their subject's act: "voiced criticism", "made the claim", "issued a warning". */
    private static final Set<String> LIGHT_VERBS = Set.of("make", "voice", "express", "issue", "offer", "level",
            "launch", "deliver", "repeat", "renew", "reiterate", "lodge", "file", "raise", "air", "register",
            "hold", "stand", "announce");
    /** A plain speech entry, to climb from a verb that is no cue of its own to its subject. */
    private static final CueLexicon.Entry SAYING = new CueLexicon.Entry("say", null, Set.of(CueLexicon.Frame.CLAUSE),
            Set.of(), CueLexicon.Kind.SPEECH, false);
    private static final Set<String> LEFT_OUT = Set.of("acl:relcl", "appos", "parataxis", "punct", "acl", "dep");

    /**
     * The source of {@code cue}, or {@code null} when the sentence names none. A source is never part of the
     * {@code content} nor, for a cue outside quotation marks, inside them ({@code quoted}: the sentence's tokens
     * inside quotations): when the parse offers only such a
     * one or none, the subject of the clause the cue hangs in serves, else the name or pronoun right beside the
     * cue ("…, he said", "said Smith").
     */
    SourceMention find(DependencyTree t, Cue cue, BitSet content, BitSet quoted) {
        if (CueFinder.agentless(t, cue)) {
            return null; // "X is expected to win": expected by no one the sentence names
        }
        BitSet barred = (BitSet) content.clone();
        if (!quoted.get(cue.head())) {
            barred.or(quoted);
        }
        SourceMention found = cue.entry() != null && cue.entry().nominal() ? ofNominal(t, cue) : fromTree(t, cue);
        if (found != null && admissible(t, cue, barred, found.head())) {
            return found;
        }
        if (cue.entry() != null && cue.entry().nominal()) {
            return null; // a noun or adjective names its own source or has none
        }
        if (cue.isAccordingTo() || cue.entry().takes(CueLexicon.Frame.APPEARANCE)) {
            return null;
        }
        int governing = SubjectRecovery.governingSubject(t, cue.head());
        if (governing >= 0 && admissible(t, cue, barred, governing)) {
            return SourceMention.of(nounPhrase(t, governing), governing, -1);
        }
        int beside = SubjectRecovery.besideCue(t, cue);
        if (beside >= 0 && admissible(t, cue, barred, beside)) {
            BitSet span = new BitSet(t.size());
            span.set(beside);
            boolean name = t.pos(beside).startsWith("NNP");
            for (int i = beside - 1; name && i >= 0 && t.pos(i).startsWith("NNP"); i--) {
                span.set(i);
            }
            for (int i = beside + 1; name && i < t.size() && t.pos(i).startsWith("NNP"); i++) {
                span.set(i);
            }
            return SourceMention.of(span, beside, -1);
        }
        int after = SubjectRecovery.nounAfterInvertedCue(t, cue, content);
        if (after >= 0 && admissible(t, cue, barred, after)) {
            return SourceMention.of(nounPhrase(t, after), after, -1);
        }
        return null;
    }

    /**
     * Whether {@code head} can head a source: not barred (in the content, or quoted), not inside quotation marks
     * the cue stands outside, no prepositional phrase ("in the first hour of the debate", "as a strong
     * candidate"; "by X" and "according to X" are sources), no verb the parse took for a subject
     * ("celebrating victories, …") and no time expression ("said Tuesday").
     */
    private static boolean admissible(DependencyTree t, Cue cue, BitSet barred, int head) {
        if (barred.get(head) || t.quoted(head) && !t.quoted(cue.head())) {
            return false;
        }
        if (t.isVerb(head) || t.pos(head).equals("IN") || t.pos(head).equals("TO")) {
            return false;
        }
        if (t.isTime(head) && !t.pos(head).startsWith("PRP")) {
            return false; // "said Tuesday on WTMJ", "said at the end of the day": a time, not a speaker
        }
        for (int c : t.children(head, "case")) {
            String w = t.lowerWord(c);
            if (!POSSESSIVE_OR_AGENT.contains(w)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whose a noun or adjective cue is: its possessor ("Trump's claim", "his criticism"), the agent of a "by"
     * phrase ("an attack by X"), the subject of its copula ("X is a supporter of Y", "X is convinced that"), the
     * subject of the verb an adjective completes ("X seemed convinced that"), the noun a noun stands in apposition
     * to ("X, a critic of Y,"), or the subject of a verb that makes the noun that subject's act ("X voiced
     * criticism of Y", "X made the claim that S"); {@code null} when none of these names it.
     */
    private SourceMention ofNominal(DependencyTree t, Cue cue) {
        int w = cue.head();
        for (int c : t.children(w)) {
            if (t.relation(c).equals("nmod:poss")) {
                BitSet span = nounPhraseWithoutCase(t, c);
                t.trimPunctuation(span);
                return SourceMention.of(span, c, -1);
            }
        }
        for (int c : t.children(w, "nmod")) {
            if (c > w && t.hasChildLowerWord(c, "case", "by")) {
                return SourceMention.of(nounPhraseWithoutCase(t, c), c, -1);
            }
        }
        if (t.child(w, "cop") >= 0) {
            int subj = subject(t, w);
            if (subj < 0) {
                return null;
            }
            int antecedent = RELATIVES.contains(t.lowerWord(subj)) && t.relation(w).equals("acl:relcl")
                    ? t.head(w) : -1;
            return SourceMention.of(nounPhrase(t, subj), subj, antecedent);
        }
        int gov = t.head(w);
        if (gov < 0) {
            return null;
        }
        if (t.pos(w).startsWith("JJ") && t.relation(w).equals("xcomp") && t.isVerb(gov)) {
            return fromVerb(t, gov); // "X seemed convinced that", "X grew critical of Y"
        }
        if (t.relation(w).equals("appos") && t.pos(gov).startsWith("NN")) {
            return SourceMention.of(nounPhrase(t, gov), gov, -1);
        }
        if (t.relation(w).equals("obj") && LIGHT_VERBS.contains(t.lowerLemma(gov))) {
            return fromVerb(t, gov);
        }
        return null;
    }

    /** The subject of a verb that is no cue itself, by the same climb as a cue verb's. */
    private SourceMention fromVerb(DependencyTree t, int verb) {
        return fromTree(t, new Cue(verb, verb, SAYING));
    }

    private SourceMention fromTree(DependencyTree t, Cue cue) {
        if (cue.isAccordingTo()) {
            int np = t.head(cue.head());
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
                return SourceMention.of(nounPhraseWithoutCase(t, agent), agent, -1);
            }
            int subj = subject(t, verb);
            if (subj < 0 && verb == cue.head()) {
                subj = SubjectRecovery.invertedSubject(t, verb);
            }
            if (subj >= 0) {
                int antecedent = -1;
                if (RELATIVES.contains(t.lowerWord(subj)) && t.relation(verb).equals("acl:relcl")) {
                    antecedent = t.head(verb);
                }
                return SourceMention.of(nounPhrase(t, subj), subj, antecedent);
            }
            String rel = t.relation(verb);
            int gov = t.head(verb);
            if (gov < 0) {
                return null;
            }
            if (rel.equals("acl") && t.pos(gov).startsWith("NN")) { // "a statement saying that …"
                int issuer = t.relationIs(gov, "obj") && t.head(gov) >= 0 ? subject(t, t.head(gov)) : -1;
                if (issuer >= 0) { // "X issued a statement saying …" is X's
                    return SourceMention.of(nounPhrase(t, issuer), issuer, -1);
                }
                BitSet span = nounPhrase(t, gov);
                span.andNot(t.subtree(verb));
                return SourceMention.of(span, gov, -1);
            }
            if (!SHARES_SUBJECT.contains(rel) || !t.isVerb(gov) && subject(t, gov) < 0) {
                return SubjectRecovery.participleSubject(t, verb);
            }
            verb = gov;
        }
        return null;
    }

    /**
     * The subject of {@code verb}: of several (a misparse), the nearest one; never one inside quotation marks when
     * the verb stands outside them.
     */
    static int subject(DependencyTree t, int verb) {
        int best = -1;
        for (int c : t.children(verb)) {
            if (!t.relation(c).equals("nsubj") || t.quoted(c) && !t.quoted(verb)) {
                continue;
            }
            if (best < 0 || t.quoted(best) && !t.quoted(c)
                    || t.quoted(best) == t.quoted(c) && Math.abs(c - verb) < Math.abs(best - verb)) {
                best = c;
            }
        }
        return best;
    }

    /**
     * The tokens of the noun phrase headed by {@code head}, without clauses, edge punctuation and appositions set
     * off by commas ("X, a doctor at Y,"); a name in apposition with no comma belongs to it ("the firm Portline").
     */
    /** {@link #nounPhrase} without the case word of its head: "by X" → "X", "Trump's" → "Trump". */
    static BitSet nounPhraseWithoutCase(DependencyTree t, int head) {
        BitSet span = nounPhrase(t, head);
        for (int c : t.children(head, "case")) {
            span.clear(c);
        }
        return span;
    }

    static BitSet nounPhrase(DependencyTree t, int head) {
        BitSet out = new BitSet(t.size());
        out.set(head);
        for (int c : t.children(head)) {
            boolean closeName = (t.relation(c).equals("appos") || t.relation(c).equals("dep")) && c > head
                    && t.pos(c).startsWith("NNP") && !t.markBetween(head, t.subtree(c).nextSetBit(0), ",");
            if (!LEFT_OUT.contains(t.relation(c)) || closeName) {
                out.or(t.subtree(c));
            }
        }
        t.trimPunctuation(out);
        return out;
    }
}

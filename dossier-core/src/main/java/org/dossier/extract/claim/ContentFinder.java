package org.dossier.extract.claim;

import org.dossier.annotate.DependencyTree;
import org.dossier.annotate.lexicon.CueLexicon;
import java.util.BitSet;
import java.util.Set;

/**
 * Finds, in the dependency tree, the tokens a cue attributes: by the cue's frames in the lexicon, its clausal
 * complement ("said (that) S"), its to-infinitive ("promised to push"), addressee and infinitive together
 * ("urged allies to deliver"), the phrase after its preposition ("hinted at reducing aid"), or its object
 * ("affirmed Ukraine’s path"). Parses often hang a that-clause on the wrong word ("reported, citing sources,
 * that S" puts S under "sources"), so a that-clause anywhere to the cue's right in its subtree serves too. When
 * the cue is an aside inside what is attributed ("The plan, he said, is dead"; "S, according to X"), the content
 * is the clause around it. Phrases introduced by "according to" are never part of a content.
 */
final class ContentFinder {

    static final Set<String> COMPLEMENTIZERS = Set.of("that", "whether", "if");
    /** Prepositions of the occasion rather than the content: "criticized X in a statement", "at a rally". */
    private static final Set<String> FRAME_PREPOSITIONS = Set.of("in", "at", "during", "on", "after", "before",
            "since", "until", "from", "through", "throughout", "amid", "while");
    private static final Set<String> OBJECT_COMPLEMENTS = Set.of("as", "for", "of", "over", "about", "against", "with");
    private static final Set<String> ASIDE = Set.of("parataxis", "dep");
    private static final Set<String> RELATIVE_OBJECTS = Set.of("what", "which", "whom", "that");

    /** The kernel's nouns naming something said ("stance", "comment"), lower case. */
    private final Set<String> statementNouns;

    ContentFinder(Set<String> statementNouns) {
        this.statementNouns = statementNouns;
    }

    /** The content tokens of {@code cue}; empty when it has none in this sentence. */
    BitSet find(DependencyTree t, Cue cue) {
        if (CueFinder.agentless(t, cue)) {
            BitSet out = ofAgentless(t, cue.head());
            removeAccordingTo(t, out);
            t.trimPunctuation(out);
            return out;
        }
        BitSet out = cue.isAccordingTo() ? clauseAround(t, t.head(cue.head()))
                : cue.entry().nominal() ? ofNominal(t, cue) : byFrame(t, cue);
        if (out.isEmpty() && !cue.isAccordingTo() && !cue.entry().nominal()
                && cue.entry().takes(CueLexicon.Frame.CLAUSE)) {
            out = clauseAround(t, cue.head());
        }
        if (out.isEmpty()) {
            return out;
        }
        out.clear(cue.head(), cue.last() + 1);
        removeAccordingTo(t, out);
        dropLeadingComplementizer(t, out);
        t.trimPunctuation(out);
        return out;
    }

    /**
     * The content of a noun or adjective cue, only from what hangs on the word itself: a that-clause ("the claim
     * that S", "convinced that S"; an adjective's bare clause too, "sure he will win"), a to-infinitive ("the
     * decision to run"), or a phrase led by one of its prepositions ("criticism of X", "critical of X"), without
     * the preposition. A relative clause ("the claim that he made") is none of these. A noun that is the subject
     * of "be" takes the that-clause after it ("his view is that S").
     */
    private static BitSet ofNominal(DependencyTree t, Cue cue) {
        int w = cue.head();
        CueLexicon.Entry e = cue.entry();
        BitSet out = new BitSet(t.size());
        boolean adjective = t.pos(w).startsWith("JJ");
        for (int c : t.children(w)) {
            if (c < w) {
                continue;
            }
            boolean clausal = t.relation(c).equals("acl") || t.relation(c).equals("ccomp")
                    || t.relation(c).equals("dep");
            if (e.takes(CueLexicon.Frame.CLAUSE) && clausal && t.isVerb(headVerb(t, c))
                    && (t.hasChildLowerWord(c, "mark", "that") || adjective && t.relation(c).equals("ccomp")
                    && !t.hasChildLowerWord(c, "mark", "to"))) {
                out.or(t.subtree(c));
                return out;
            }
            if (e.takes(CueLexicon.Frame.INFINITIVE) && (clausal || t.relation(c).equals("xcomp"))
                    && t.hasChildLowerWord(c, "mark", "to")) {
                out.or(t.subtree(c));
                return out;
            }
            if (e.takes(CueLexicon.Frame.PREPOSITION) && (t.relationIs(c, "nmod") || t.relationIs(c, "obl")
                    || t.relationIs(c, "advcl")) && ledBy(t, c, e.prepositions())) {
                out.or(t.subtree(c));
                extendOverPurpose(t, w, c, out);
                return out;
            }
        }
        int be = t.head(w);
        if (e.takes(CueLexicon.Frame.CLAUSE) && be > w && t.relationIs(w, "nsubj") && t.lowerLemma(be).equals("be")) {
            for (int c : t.children(be, "ccomp")) { // "Comey's suggestion was that S", "his view is that S"
                if (c > be && t.hasChildLowerWord(c, "mark", "that")) {
                    out.or(t.subtree(c));
                    return out;
                }
            }
        }
        return out;
    }

    /**
     * The content of a passive cue with no agent: for a to-infinitive, the whole clause from its subject, the cue
     * included ("Trump is expected to speak tonight", "who are expected to vote"); else the question or statement
     * it reports ("was asked whether S", "was asked about X", "was asked a question about X").
     */
    private static BitSet ofAgentless(DependencyTree t, int v) {
        BitSet out = new BitSet(t.size());
        for (int c : t.children(v)) {
            if (c > v && t.relationIs(c, "xcomp") && t.hasChildLowerWord(c, "mark", "to")) {
                out.or(t.subtree(c));
                out.set(v);
                for (int k : t.children(v)) {
                    if (k < v && (t.relationIs(k, "nsubj") || t.relationIs(k, "aux") || t.relationIs(k, "advmod"))) {
                        out.or(t.subtree(k));
                    }
                }
                fill(out);
                return out;
            }
        }
        for (int c : t.children(v)) {
            if (c > v && t.relationIs(c, "ccomp") || c > v && t.relationIs(c, "obj")) {
                out.or(t.subtree(c));
                return out;
            }
        }
        for (int c : t.children(v)) {
            if (c > v && t.relationIs(c, "obl") && t.hasChildLowerWord(c, "case", "about")) {
                out.or(t.subtree(c));
                out.clear(out.nextSetBit(0));
                return out;
            }
        }
        return out;
    }

    /** The verb of a clause headed by {@code c}: {@code c}, or for a copular clause ("that he is right"), its copula. */
    private static int headVerb(DependencyTree t, int c) {
        if (t.isVerb(c)) {
            return c;
        }
        int cop = t.child(c, "cop");
        return cop >= 0 ? cop : c;
    }

    private BitSet byFrame(DependencyTree t, Cue cue) {
        int v = cue.head();
        CueLexicon.Entry e = cue.entry();
        BitSet out = new BitSet(t.size());
        if (e.takes(CueLexicon.Frame.CLAUSE)) {
            for (int c : t.children(v, "ccomp")) {
                out.or(t.subtree(c));
            }
            int clause = out.isEmpty() ? MisparsedComplements.misattachedClause(t, v) : -1;
            if (clause >= 0) {
                out.or(t.subtree(clause));
            }
            if (!out.isEmpty()) {
                return out;
            }
        }
        if (e.takes(CueLexicon.Frame.APPEARANCE)) {
            if (t.child(v, "xcomp") >= 0 || hasMarkedChild(t, v, "like", "if")) {
                out.or(t.subtree(v));
                for (int c : t.children(v)) {
                    if (t.relationIs(c, "conj") || t.relationIs(c, "parataxis") || t.relationIs(c, "cc")
                            || t.relationIs(c, "mark") || t.relationIs(c, "punct") || t.relationIs(c, "advcl")
                            && !hasMarkedChild(t, c, "like", "if")) {
                        out.andNot(t.subtree(c));
                    }
                }
            }
            return out;
        }
        if (e.takes(CueLexicon.Frame.ADDRESSEE_INFINITIVE)) {
            int inf = infinitive(t, v, true);
            if (inf >= 0 && t.child(inf, "nsubj") >= 0 || inf >= 0 && addressee(t, v, inf) >= 0) {
                out.or(t.subtree(inf));
                int addressee = addressee(t, v, inf);
                if (addressee >= 0) {
                    out.or(t.subtree(addressee));
                }
                fill(out);
                return out;
            }
        }
        if (e.takes(CueLexicon.Frame.INFINITIVE)) {
            int inf = infinitive(t, v, false);
            if (inf >= 0) {
                out.or(t.subtree(inf));
                return out;
            }
        }
        if (e.takes(CueLexicon.Frame.PREPOSITION)) {
            for (int c : t.children(v)) {
                if (c > v && (t.relationIs(c, "obl") || t.relationIs(c, "advcl") || t.relationIs(c, "nmod"))
                        && ledBy(t, c, e.prepositions())) {
                    out.or(t.subtree(c));
                    extendOverPurpose(t, v, c, out);
                    return out;
                }
            }
        }
        if (e.takes(CueLexicon.Frame.OBJECT)) {
            BitSet relative = relativeObject(t, v);
            if (!relative.isEmpty()) {
                return relative;
            }
            int obj = t.child(v, "obj");
            if (obj > v && !refersBack(t, obj)) {
                out.or(t.subtree(obj));
                for (int c : t.children(v)) {
                    if (c > obj && completesObject(t, c)) {
                        out.or(t.subtree(c));
                    }
                }
                fill(out);
                return out;
            }
        }
        if (e.takes(CueLexicon.Frame.OBJECT_AS)) {
            int obj = t.child(v, "obj");
            for (int c : t.children(v)) {
                if (obj > v && c > obj && (t.relationIs(c, "obl") || t.relationIs(c, "advcl")
                        || t.relationIs(c, "xcomp")) && ledBy(t, c, Set.of("as"))) {
                    out.or(t.subtree(obj)); // "voters see the campaign as unfair"; not "they saw the movie"
                    out.or(t.subtree(c));
                    fill(out);
                    return out;
                }
            }
        }
        if (e.takes(CueLexicon.Frame.CLAUSE)) {
            out.or(MisparsedComplements.looseClause(t, v, e.takes(CueLexicon.Frame.ADDRESSEE)));
        }
        return out;
    }

    /**
     * For a cue whose object is a relative pronoun before it ("what officials called a hate crime", "whom he
     * described as peaceful"), the pronoun and what completes it after the cue; the content spans from one to the
     * other, the source between them included, while the source itself stays free to be found. Empty otherwise.
     */
    private static BitSet relativeObject(DependencyTree t, int v) {
        BitSet out = new BitSet(t.size());
        int relative = -1;
        for (int c : t.children(v, "obj")) {
            if (c < v && RELATIVE_OBJECTS.contains(t.lowerWord(c))) {
                relative = c;
            }
        }
        int subject = SourceFinder.subject(t, v);
        if (relative < 0 || subject < relative || subject > v) {
            return out; // the source stands between the pronoun and the cue: "what [officials] called"
        }
        for (int c : t.children(v)) {
            if (c > v && completesObject(t, c)) {
                out.or(t.subtree(c));
            }
        }
        if (!out.isEmpty()) {
            out.set(relative);
        }
        return out;
    }

    /**
     * Whether the object only points back at something said before ("reiterated his stance", "echoed that
     * comment"): a noun naming a statement with nothing but a determiner or adjectives on it.
     */
    private boolean refersBack(DependencyTree t, int obj) {
        if (!statementNouns.contains(t.lowerLemma(obj))) {
            return false;
        }
        for (int c : t.children(obj)) {
            if (!t.relationIs(c, "det") && !t.relationIs(c, "nmod:poss") && !t.relationIs(c, "amod")) {
                return false;
            }
        }
        return true;
    }

    /** A to-infinitive (xcomp, or advcl marked "to") right of {@code v}; with an addressee, advcl counts too. */
    private static int infinitive(DependencyTree t, int v, boolean withAddressee) {
        for (int c : t.children(v)) {
            if (c < v) {
                continue;
            }
            boolean marked = t.hasChildLowerWord(c, "mark", "to");
            if (t.relationIs(c, "xcomp") && (marked || withAddressee)
                    || withAddressee && t.relationIs(c, "advcl") && marked) {
                return c;
            }
        }
        return -1;
    }

    /** Whom {@code v} is addressed to, between it and its infinitive {@code inf}: an object or oblique noun. */
    private static int addressee(DependencyTree t, int v, int inf) {
        for (int c : t.children(v)) {
            if (c > v && c < inf && (t.relationIs(c, "obj") || t.relationIs(c, "iobj") || t.relationIs(c, "obl"))) {
                return c;
            }
        }
        return -1;
    }

    /** Whether the phrase headed by {@code c} opens with one of {@code words} (its case or mark). */
    private static boolean ledBy(DependencyTree t, int c, Set<String> words) {
        for (int m : t.children(c)) {
            if ((t.relationIs(m, "case") || t.relationIs(m, "mark")) && words.contains(t.lowerWord(m))) {
                return true;
            }
        }
        int first = t.subtree(c).nextSetBit(0);
        return first >= 0 && first < c && words.contains(t.lowerWord(first));
    }

    /**
     * Whether the phrase headed by {@code c}, after the object, completes it: a predicate ("called the deal a
     * disaster"), an "as", "for" or "of" phrase ("criticized X for Y", "described X as Y"), a second object.
     */
    private static boolean completesObject(DependencyTree t, int c) {
        if (t.relationIs(c, "xcomp") || t.relationIs(c, "obj") || t.relationIs(c, "iobj")
                || t.relationIs(c, "conj") && !t.isVerb(c)) {
            return true;
        }
        if (t.relationIs(c, "advcl")) {
            return ledBy(t, c, OBJECT_COMPLEMENTS);
        }
        return t.relation(c).equals("obl") && !t.isTime(c) && !ledBy(t, c, FRAME_PREPOSITIONS);
    }

    static boolean hasMarkedChild(DependencyTree t, int v, String... marks) {
        for (int c : t.children(v)) {
            for (String m : marks) {
                if (t.hasChildLowerWord(c, "mark", m) || t.hasChildLowerWord(c, "case", m)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Adds the purpose clauses that follow a prepositional content ("at cutting aid to force it to talks"). */
    private static void extendOverPurpose(DependencyTree t, int v, int content, BitSet out) {
        for (int c : t.children(v)) {
            if (c > content && (t.relationIs(c, "xcomp") || t.relationIs(c, "advcl"))
                    && t.hasChildLowerWord(c, "mark", "to")) {
                out.or(t.subtree(c));
            }
        }
        out.clear(out.nextSetBit(0)); // the preposition itself
    }

    /**
     * For a cue that is an aside, the clause it interrupts or trails: the clause its head hangs on, without the
     * aside. Empty when the cue heads its own sentence or hangs on it in another way.
     */
    private static BitSet clauseAround(DependencyTree t, int aside) {
        BitSet out = new BitSet(t.size());
        if (aside < 0 || t.head(aside) < 0) {
            return out;
        }
        boolean verbAside = t.isVerb(aside);
        String rel = t.baseRelation(aside);
        boolean isAside = verbAside
                ? ASIDE.contains(rel) || rel.equals("advcl") && t.hasChildLowerWord(aside, "mark", "as")
                : rel.equals("obl") || rel.equals("nmod") || rel.equals("advmod") || rel.equals("dep");
        if (!isAside) {
            return out;
        }
        int host = t.head(aside);
        for (int steps = 0; host >= 0 && !t.isVerb(host) && !t.relation(host).equals("root")
                && t.child(host, "cop") < 0; steps++) {
            host = steps < t.size() ? t.head(host) : -1; // a malformed, cyclic parse ends the climb
        }
        if (host < 0) {
            return out;
        }
        out.or(t.subtree(host));
        out.andNot(t.subtree(aside));
        return out;
    }

    /** Removes every "according to X" phrase. */
    private static void removeAccordingTo(DependencyTree t, BitSet out) {
        for (int i = out.nextSetBit(0); i >= 0; i = out.nextSetBit(i + 1)) {
            if (t.lowerWord(i).equals("according") && i + 1 < t.size() && t.lowerWord(i + 1).equals("to")) {
                int np = t.head(i);
                if (np >= 0) {
                    out.andNot(t.subtree(np));
                }
                out.clear(i, i + 2);
                if (i > 0 && t.word(i - 1).equals(",")) {
                    out.clear(i - 1);
                }
            }
        }
    }

    private static void dropLeadingComplementizer(DependencyTree t, BitSet out) {
        int first = out.nextSetBit(0);
        if (first >= 0 && t.lowerWord(first).equals("that") && t.relationIs(first, "mark")) {
            out.clear(first);
        }
    }

    /** Fills the gaps between the first and last token: a content is one stretch of text. */
    static void fill(BitSet out) {
        if (!out.isEmpty()) {
            out.set(out.nextSetBit(0), out.length());
        }
    }

}

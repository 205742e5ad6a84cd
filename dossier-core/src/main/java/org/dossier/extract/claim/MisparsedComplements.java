package org.dossier.extract.claim;

import org.dossier.annotate.DependencyTree;
import java.util.BitSet;
import java.util.Set;

/**
 * Finds the complement clause of a speech verb where the parse put it somewhere else than under a
 * {@code ccomp}: a that-clause hung on a noun or a participle ("reported, citing sources, that S" puts S under
 * "sources"), a clause left loose after a colon, an adverbial or a pair of phrases that together make a clause.
 */
final class MisparsedComplements {

    /** What may stand between a cue and a clause it introduces that the parse left loose: "said: S". */
    private static final Set<String> INTRODUCERS = Set.of(":", "\"", "\u201C", "\u2018", "'");
    /** Relations a misparsed complement clause comes with. */
    private static final Set<String> LOOSE = Set.of("advcl", "dep", "parataxis", "csubj", "xcomp");

    private MisparsedComplements() {
    }

    /**
     * A that-clause right of {@code v} inside its subtree, wherever the parse hung it (but not one that completes
     * a noun, "the report that …", nor one inside another clause of {@code v}), or a clause the parse left loose
     * after a colon or quote mark ("said: S"); else -1.
     */
    static int misattachedClause(DependencyTree t, int v) {
        BitSet sub = t.subtree(v);
        for (int m = sub.nextSetBit(v + 1); m >= 0; m = sub.nextSetBit(m + 1)) {
            int clause = t.head(m);
            if (t.relationIs(m, "mark") && ContentFinder.COMPLEMENTIZERS.contains(t.lowerWord(m)) && clause > m
                    && !t.relationIs(clause, "acl") && !t.relationIs(clause, "advcl") && !underVerb(t, clause, v)) {
                return clause;
            }
        }
        for (int c : t.children(v)) {
            int first = t.subtree(c).nextSetBit(0);
            if (c > v && (t.relationIs(c, "parataxis") || t.relationIs(c, "dep")) && t.child(c, "nsubj") >= 0
                    && first > 0 && INTRODUCERS.contains(t.word(first - 1))) {
                return c;
            }
        }
        return -1;
    }

    /** Whether a verb other than {@code v} stands between {@code clause} and {@code v}. */
    private static boolean underVerb(DependencyTree t, int clause, int v) {
        int x = t.head(clause);
        for (int steps = 0; x >= 0 && x != v && steps < t.size(); steps++) {
            if (t.isVerb(x)) {
                return true;
            }
            x = t.head(x);
        }
        return false;
    }

    /**
     * A clause the parse did not mark as the cue's complement but hung on the cue some other way: before it, a
     * clause closed by a comma ("S, officials said", parsed as an adverbial); after it, the phrases that together
     * make a clause ("said [the agreement] [isn't good]", "said he['s] happy" as a small clause), with no comma
     * before its predicate. Only what holds a predicate (a verb, a copula or a subject of its own) counts. Empty
     * when there is none.
     */
    static BitSet looseClause(DependencyTree t, int v, boolean addressee) {
        BitSet out = new BitSet(t.size());
        int subject = t.child(v, "nsubj");
        for (int c : t.children(v)) {
            if (c < v && (subject < 0 || c < subject) && LOOSE.contains(t.baseRelation(c)) && isPredicate(t, c)
                    && !hasSubordinator(t, c) && followedByComma(t, c)) {
                out.or(t.subtree(c));
            }
        }
        if (!out.isEmpty()) {
            return out;
        }
        boolean predicate = false;
        for (int c : t.children(v)) {
            if (c < v || t.relationIs(c, "punct") || t.relationIs(c, "cc") || t.relationIs(c, "obl:tmod")
                    || t.relationIs(c, "conj") || t.relationIs(c, "advcl") && hasSubordinator(t, c)
                    || t.relationIs(c, "obl") && t.isTime(c) || addressee && t.relationIs(c, "obj") && out.isEmpty()
                    && !isPredicate(t, c)) {
                continue;
            }
            BitSet sub = t.subtree(c);
            if (isPredicate(t, c) && !t.relationIs(c, "obj")
                    && !t.markBetween(v, sub.nextSetBit(0), ",", ";", ":")) {
                predicate = true;
            }
            out.or(sub);
        }
        if (!predicate) {
            out.clear();
        }
        ContentFinder.fill(out);
        return out;
    }

    private static boolean isPredicate(DependencyTree t, int c) {
        return t.isVerb(c) || t.child(c, "cop") >= 0 || t.child(c, "nsubj") >= 0 || t.child(c, "nsubj:pass") >= 0;
    }

    private static boolean hasSubordinator(DependencyTree t, int c) {
        for (int m : t.children(c, "mark")) {
            if (!ContentFinder.COMPLEMENTIZERS.contains(t.lowerWord(m)) && !t.lowerWord(m).equals("to")) {
                return true;
            }
        }
        return false;
    }

    private static boolean followedByComma(DependencyTree t, int c) {
        int last = t.subtree(c).length() - 1;
        return last + 1 < t.size() && t.word(last + 1).equals(",") || t.word(last).equals(",");
    }
}

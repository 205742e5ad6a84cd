package org.dossier.extract.claim;

import org.dossier.annotate.Dependency;
import org.dossier.annotate.Sentence;
import org.dossier.annotate.Token;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import java.util.Locale;

/**
 * A sentence's dependency tree, indexed for walking it both ways: each token's head and relation, its children,
 * and the tokens its subtree covers. Token positions are the sentence's token indices.
 */
final class SentenceTree {

    private final Sentence sentence;
    private final int[] governor;
    private final String[] relation;
    private final List<List<Integer>> children;

    SentenceTree(Sentence sentence) {
        this.sentence = sentence;
        int n = sentence.tokens().size();
        governor = new int[n];
        relation = new String[n];
        Arrays.fill(governor, -1);
        Arrays.fill(relation, "");
        children = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            children.add(new ArrayList<>());
        }
        for (Dependency d : sentence.dependencies()) {
            int dep = d.dependent();
            if (dep < 0 || dep >= n || d.governor() >= n) {
                continue;
            }
            governor[dep] = d.governor();
            relation[dep] = d.relation();
            if (d.governor() >= 0) {
                children.get(d.governor()).add(dep);
            }
        }
        children.forEach(c -> c.sort(Integer::compare));
    }

    Sentence sentence() {
        return sentence;
    }

    int size() {
        return governor.length;
    }

    Token token(int i) {
        return sentence.tokens().get(i);
    }

    String word(int i) {
        return token(i).word();
    }

    String lower(int i) {
        return token(i).word().toLowerCase(Locale.ROOT);
    }

    String lemma(int i) {
        return token(i).lemma().toLowerCase(Locale.ROOT);
    }

    String pos(int i) {
        return token(i).pos();
    }

    boolean isVerb(int i) {
        return pos(i).startsWith("VB");
    }

    /** The head of token {@code i}, or -1 for the root or an unattached token. */
    int governor(int i) {
        return governor[i];
    }

    /** The relation attaching token {@code i} to its head ("root" for the root, "" when unattached). */
    String relation(int i) {
        return relation[i];
    }

    /** Whether token {@code i}'s relation is {@code base} or one of its subtypes ({@code obl} matches obl:tmod). */
    boolean relationIs(int i, String base) {
        String r = relation[i];
        return r.equals(base) || r.startsWith(base + ":");
    }

    List<Integer> children(int i) {
        return children.get(i);
    }

    /** The children of {@code i} attached by {@code base} or one of its subtypes. */
    List<Integer> children(int i, String base) {
        List<Integer> out = new ArrayList<>();
        for (int c : children.get(i)) {
            if (relationIs(c, base)) {
                out.add(c);
            }
        }
        return out;
    }

    /** The first child of {@code i} attached by {@code base} (or a subtype), or -1. */
    int child(int i, String base) {
        for (int c : children.get(i)) {
            if (relationIs(c, base)) {
                return c;
            }
        }
        return -1;
    }

    /** Whether a child of {@code i} attached by {@code base} has one of the given (lower-case) words. */
    boolean hasChildWord(int i, String base, String... words) {
        for (int c : children(i, base)) {
            for (String w : words) {
                if (lower(c).equals(w)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether {@code a} is {@code b} or one of its ancestors. */
    boolean dominates(int a, int b) {
        for (int x = b, steps = 0; x >= 0 && steps <= size(); x = governor[x], steps++) {
            if (x == a) {
                return true;
            }
        }
        return false;
    }

    /** The tokens of {@code i}'s subtree, {@code i} included. */
    BitSet subtree(int i) {
        BitSet out = new BitSet(size());
        collect(i, out);
        return out;
    }

    private void collect(int i, BitSet out) {
        if (out.get(i)) {
            return;
        }
        out.set(i);
        for (int c : children.get(i)) {
            collect(c, out);
        }
    }

    /** The root token, or -1 for a sentence without a parse. */
    int root() {
        for (int i = 0; i < size(); i++) {
            if ("root".equals(relation[i])) {
                return i;
            }
        }
        return -1;
    }

    /** The index of the token that covers character {@code offset}, or -1. */
    int tokenAt(int offset) {
        List<Token> t = sentence.tokens();
        for (int i = 0; i < t.size(); i++) {
            if (t.get(i).start() <= offset && offset < t.get(i).end()) {
                return i;
            }
        }
        return -1;
    }

    /** Whether token {@code i} is punctuation: no letter or digit in it. */
    boolean isPunct(int i) {
        String w = word(i);
        for (int k = 0; k < w.length(); k++) {
            if (Character.isLetterOrDigit(w.charAt(k))) {
                return false;
            }
        }
        return true;
    }

    /** Whether token {@code i} is a double quote mark, straight, curly or typewriter. */
    boolean isQuoteMark(int i) {
        String w = word(i);
        return w.equals("\"") || w.equals("''") || w.equals("``") || w.equals("\u201C") || w.equals("\u201D");
    }

    /** Whether token {@code i} stands between quote marks in its sentence (an odd number of marks before it). */
    boolean quoted(int i) {
        int marks = 0;
        for (int k = 0; k < i; k++) {
            if (isQuoteMark(k)) {
                marks++;
            }
        }
        return marks % 2 == 1;
    }

    /** Whether a token strictly between {@code from} and {@code to} is one of {@code marks}. */
    boolean markBetween(int from, int to, String... marks) {
        for (int i = from + 1; i < to; i++) {
            for (String m : marks) {
                if (word(i).equals(m)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Drops the punctuation at both ends of {@code tokens}. */
    void trimPunctuation(BitSet tokens) {
        while (!tokens.isEmpty() && isPunct(tokens.nextSetBit(0))) {
            tokens.clear(tokens.nextSetBit(0));
        }
        while (!tokens.isEmpty() && isPunct(tokens.length() - 1)) {
            tokens.clear(tokens.length() - 1);
        }
    }

    /** Whether token {@code i} heads a time: a date, time, duration or set by its NER tag. */
    boolean isTime(int i) {
        String ner = token(i).ner();
        return ner.equals("DATE") || ner.equals("TIME") || ner.equals("DURATION") || ner.equals("SET");
    }

    /** Token {@code i}'s relation without its subtype ("obl" for "obl:tmod"). */
    String baseRelation(int i) {
        String r = relation[i];
        int colon = r.indexOf(':');
        return colon < 0 ? r : r.substring(0, colon);
    }
}

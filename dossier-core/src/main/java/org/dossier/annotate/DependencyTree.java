package org.dossier.annotate;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * The one dependency-tree view of a sentence that every layer walks: each token's head and relation, its
 * children, its words and lemmas, indexed once when the {@link Sentence} is made ({@link Sentence#tree()}).
 * Token positions are the sentence's token indices; -1 stands for "none" (the root's head, a missing child).
 *
 * <p>Names say what they return, and no two methods share a name with different meanings:
 * <ul>
 *   <li>{@link #word} is the token as read; {@link #lowerWord} and {@link #lowerLemma} are lower-cased. Compare
 *       against lower-case lexicon entries with the {@code lower…} methods only.</li>
 *   <li>{@link #head} is the head's index; {@link #headArc} is the arc to it.</li>
 *   <li>{@link #children(int)} and {@link #children(int, String)} are child indices, in sentence order;
 *       {@link #childArcs} are the arcs to them, in the same order.</li>
 *   <li>A relation "is" a base relation when equal to it or one of its subtypes: {@code obl} matches
 *       {@code obl:tmod} ({@link #relationIs}, {@link #isRelation}).</li>
 * </ul>
 * Immutable and thread-safe.
 */
public final class DependencyTree {

    private final Sentence sentence;
    private final int[] head;
    private final String[] relation;
    private final Dependency[] headArc;
    private final List<List<Dependency>> childArcs;
    private final List<List<Integer>> children;

    DependencyTree(Sentence sentence) {
        this.sentence = sentence;
        int n = sentence.tokens().size();
        head = new int[n];
        relation = new String[n];
        headArc = new Dependency[n];
        Arrays.fill(head, -1);
        Arrays.fill(relation, "");
        List<List<Dependency>> arcs = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            arcs.add(new ArrayList<>());
        }
        for (Dependency d : sentence.dependencies()) {
            int dep = d.dependent();
            if (dep < 0 || dep >= n || d.governor() >= n) {
                continue;
            }
            head[dep] = d.governor();
            relation[dep] = d.relation();
            headArc[dep] = d;
            if (d.governor() >= 0) {
                arcs.get(d.governor()).add(d);
            }
        }
        childArcs = new ArrayList<>(n);
        children = new ArrayList<>(n);
        for (List<Dependency> a : arcs) {
            a.sort((x, y) -> Integer.compare(x.dependent(), y.dependent()));
            childArcs.add(Collections.unmodifiableList(a));
            children.add(a.stream().map(Dependency::dependent).toList());
        }
    }

    public Sentence sentence() {
        return sentence;
    }

    /** The sentence's position in its article. */
    public int sentenceIndex() {
        return sentence.index();
    }

    /** The number of tokens. */
    public int size() {
        return head.length;
    }

    /** Whether the sentence has a parse (any arc at all). */
    public boolean parsed() {
        return !sentence.dependencies().isEmpty();
    }

    public Token token(int i) {
        return sentence.tokens().get(i);
    }

    /** Token {@code i} exactly as read in the article ("Monday", "U.S."). */
    public String word(int i) {
        return token(i).word();
    }

    /** Token {@code i} lower-cased ("monday"). */
    public String lowerWord(int i) {
        return token(i).word().toLowerCase(Locale.ROOT);
    }

    /** Token {@code i}'s lemma lower-cased ("expect" for "Expected"). */
    public String lowerLemma(int i) {
        return token(i).lemma().toLowerCase(Locale.ROOT);
    }

    /** Token {@code i}'s Penn Treebank tag. */
    public String pos(int i) {
        return token(i).pos();
    }

    public boolean isVerb(int i) {
        return pos(i).startsWith("VB");
    }

    public boolean isNoun(int i) {
        return pos(i).startsWith("NN");
    }

    /** The index of token {@code i}'s head, or -1 for the root or an unattached token. */
    public int head(int i) {
        return head[i];
    }

    /** The arc that attaches token {@code i} to its head (the root's arc for the root), or {@code null}. */
    public Dependency headArc(int i) {
        return headArc[i];
    }

    /** The relation attaching token {@code i} to its head ({@code "root"} for the root, {@code ""} when unattached). */
    public String relation(int i) {
        return relation[i];
    }

    /** Token {@code i}'s relation without its subtype ({@code "obl"} for {@code obl:tmod}). */
    public String baseRelation(int i) {
        String r = relation[i];
        int colon = r.indexOf(':');
        return colon < 0 ? r : r.substring(0, colon);
    }

    /** Whether token {@code i}'s relation is {@code base} or one of its subtypes. */
    public boolean relationIs(int i, String base) {
        return isRelation(relation[i], base);
    }

    /** Whether {@code relation} is {@code base} or one of its subtypes ({@code obl} matches {@code obl:tmod}). */
    public static boolean isRelation(String relation, String base) {
        return relation.equals(base) || relation.startsWith(base + ":");
    }

    /** The indices of token {@code i}'s children, in sentence order. */
    public List<Integer> children(int i) {
        return children.get(i);
    }

    /** The arcs from token {@code i} to its children, in sentence order. */
    public List<Dependency> childArcs(int i) {
        return childArcs.get(i);
    }

    /** The indices of the children of {@code i} attached by {@code base} or one of its subtypes, in order. */
    public List<Integer> children(int i, String base) {
        List<Integer> out = new ArrayList<>();
        for (Dependency d : childArcs.get(i)) {
            if (isRelation(d.relation(), base)) {
                out.add(d.dependent());
            }
        }
        return out;
    }

    /** The first child of {@code i} attached by {@code base} (or a subtype), or -1. */
    public int child(int i, String base) {
        for (Dependency d : childArcs.get(i)) {
            if (isRelation(d.relation(), base)) {
                return d.dependent();
            }
        }
        return -1;
    }

    /**
     * Whether a child of {@code i} attached by {@code base} (or a subtype) is, lower-cased, one of
     * {@code lowerWords}.
     */
    public boolean hasChildLowerWord(int i, String base, String... lowerWords) {
        for (int c : children(i, base)) {
            String w = lowerWord(c);
            for (String x : lowerWords) {
                if (w.equals(x)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * The preposition or subordinator that marks token {@code i} ("with" in "with Rutte", "according to"),
     * lower-cased with its fixed parts, or {@code ""}: its first {@code case} or {@code mark} child.
     */
    public String lowerMarker(int i) {
        for (Dependency d : childArcs.get(i)) {
            String r = d.relation();
            if (r.equals("case") || r.equals("mark")) {
                StringBuilder sb = new StringBuilder(lowerWord(d.dependent()));
                for (int f : children(d.dependent(), "fixed")) {
                    sb.append(' ').append(lowerWord(f));
                }
                return sb.toString();
            }
        }
        return "";
    }

    /** Every {@code case} and {@code mark} child of {@code i}, lower-cased (an infinitive can have "on" and "to"). */
    public List<String> lowerMarkers(int i) {
        List<String> out = new ArrayList<>();
        for (Dependency d : childArcs.get(i)) {
            if (d.relation().equals("case") || d.relation().equals("mark")) {
                out.add(lowerWord(d.dependent()));
            }
        }
        return out;
    }

    /** Whether {@code i} is a bare verb ({@code VB}) introduced by "to". */
    public boolean isInfinitive(int i) {
        return isVerb(i) && lowerMarkers(i).contains("to") && pos(i).equals("VB");
    }

    /** Whether {@code ancestor} is {@code i} or one of its ancestors. */
    public boolean dominates(int ancestor, int i) {
        for (int x = i, steps = 0; x >= 0 && steps <= size(); x = head[x], steps++) {
            if (x == ancestor) {
                return true;
            }
        }
        return false;
    }

    /** The tokens of {@code i}'s subtree, {@code i} included. */
    public BitSet subtree(int i) {
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
    public int root() {
        for (int i = 0; i < size(); i++) {
            if ("root".equals(relation[i])) {
                return i;
            }
        }
        return -1;
    }

    /** The index of the token that covers character {@code offset} of the article, or -1. */
    public int tokenAt(int offset) {
        List<Token> t = sentence.tokens();
        for (int i = 0; i < t.size(); i++) {
            if (t.get(i).start() <= offset && offset < t.get(i).end()) {
                return i;
            }
        }
        return -1;
    }

    /** Whether token {@code i} is punctuation: no letter or digit in it. */
    public boolean isPunct(int i) {
        String w = word(i);
        for (int k = 0; k < w.length(); k++) {
            if (Character.isLetterOrDigit(w.charAt(k))) {
                return false;
            }
        }
        return true;
    }

    /** Whether token {@code i} is a double quote mark, straight, curly or typewriter. */
    public boolean isQuoteMark(int i) {
        String w = word(i);
        return w.equals("\"") || w.equals("''") || w.equals("``") || w.equals("\u201C") || w.equals("\u201D");
    }

    /** Whether token {@code i} stands between quote marks in its sentence (an odd number of marks before it). */
    public boolean quoted(int i) {
        int marks = 0;
        for (int k = 0; k < i; k++) {
            if (isQuoteMark(k)) {
                marks++;
            }
        }
        return marks % 2 == 1;
    }

    /** Whether a token strictly between {@code from} and {@code to} is, as read, one of {@code marks}. */
    public boolean markBetween(int from, int to, String... marks) {
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
    public void trimPunctuation(BitSet tokens) {
        while (!tokens.isEmpty() && isPunct(tokens.nextSetBit(0))) {
            tokens.clear(tokens.nextSetBit(0));
        }
        while (!tokens.isEmpty() && isPunct(tokens.length() - 1)) {
            tokens.clear(tokens.length() - 1);
        }
    }

    /** Whether token {@code i} heads a time: a date, time, duration or set by its NER tag. */
    public boolean isTime(int i) {
        String ner = token(i).ner();
        return ner.equals("DATE") || ner.equals("TIME") || ner.equals("DURATION") || ner.equals("SET");
    }
}

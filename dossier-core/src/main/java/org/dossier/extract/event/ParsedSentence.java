package org.dossier.extract.event;

import org.dossier.annotate.Dependency;
import org.dossier.annotate.Sentence;
import org.dossier.annotate.Token;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** A sentence's dependency tree, indexed for the event rules: heads, children by relation, case markers. */
final class ParsedSentence {

    private final Sentence sentence;
    private final Dependency[] heads;
    private final List<List<Dependency>> children;

    ParsedSentence(Sentence sentence) {
        this.sentence = sentence;
        int n = sentence.tokens().size();
        heads = new Dependency[n];
        children = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            children.add(new ArrayList<>());
        }
        for (Dependency d : sentence.dependencies()) {
            if (d.dependent() >= 0 && d.dependent() < n) {
                heads[d.dependent()] = d;
                if (d.governor() >= 0 && d.governor() < n) {
                    children.get(d.governor()).add(d);
                }
            }
        }
    }

    Sentence sentence() {
        return sentence;
    }

    int index() {
        return sentence.index();
    }

    int size() {
        return sentence.tokens().size();
    }

    Token token(int i) {
        return sentence.tokens().get(i);
    }

    String lemma(int i) {
        return token(i).lemma().toLowerCase(Locale.ROOT);
    }

    String word(int i) {
        return token(i).word().toLowerCase(Locale.ROOT);
    }

    String pos(int i) {
        return token(i).pos();
    }

    boolean isVerb(int i) {
        return pos(i).startsWith("VB");
    }

    boolean isNoun(int i) {
        return pos(i).startsWith("NN");
    }

    /** The relation attaching token {@code i} to its head ({@code "root"} for the root, {@code ""} when unattached). */
    String rel(int i) {
        Dependency d = heads[i];
        return d == null ? "" : d.relation();
    }

    /** The head of token {@code i}, or -1. */
    int head(int i) {
        Dependency d = heads[i];
        return d == null ? -1 : d.governor();
    }

    List<Dependency> children(int i) {
        return children.get(i);
    }

    /** The dependents of {@code i} whose relation is {@code rel} or a subtype of it ({@code obl} matches {@code obl:tmod}). */
    List<Integer> children(int i, String rel) {
        List<Integer> out = new ArrayList<>();
        for (Dependency d : children.get(i)) {
            if (relIs(d.relation(), rel)) {
                out.add(d.dependent());
            }
        }
        return out;
    }

    /** The first dependent of {@code i} with relation {@code rel} (or a subtype), or -1. */
    int child(int i, String rel) {
        for (Dependency d : children.get(i)) {
            if (relIs(d.relation(), rel)) {
                return d.dependent();
            }
        }
        return -1;
    }

    static boolean relIs(String relation, String rel) {
        return relation.equals(rel) || relation.startsWith(rel + ":");
    }

    /**
     * The preposition or subordinator that marks token {@code i} ("with" in "with Rutte", "according to"), lower
     * case with its fixed parts, or {@code ""}.
     */
    String marker(int i) {
        for (Dependency d : children.get(i)) {
            String r = d.relation();
            if (r.equals("case") || r.equals("mark")) {
                StringBuilder sb = new StringBuilder(word(d.dependent()));
                for (int f : children(d.dependent(), "fixed")) {
                    sb.append(' ').append(word(f));
                }
                return sb.toString();
            }
        }
        return "";
    }

    /** All markers of {@code i} (an infinitive can have both "on" and "to"). */
    List<String> markers(int i) {
        List<String> out = new ArrayList<>();
        for (Dependency d : children.get(i)) {
            if (d.relation().equals("case") || d.relation().equals("mark")) {
                out.add(word(d.dependent()));
            }
        }
        return out;
    }

    /** True when {@code i} is an infinitive introduced by "to". */
    boolean isInfinitive(int i) {
        return isVerb(i) && markers(i).contains("to") && pos(i).equals("VB");
    }

    /** True when {@code i} lies in the subtree of {@code ancestor} (or is it). */
    boolean dominates(int ancestor, int i) {
        for (int k = i, steps = 0; k >= 0 && steps <= size(); k = head(k), steps++) {
            if (k == ancestor) {
                return true;
            }
        }
        return false;
    }
}

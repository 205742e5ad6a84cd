package org.dossier.annotate;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.List;
import java.util.Objects;

/**
 * One sentence: its character range, tokens and dependency arcs, with its {@link DependencyTree} built once from
 * them. Immutable; equal when index, range, tokens and arcs are equal. Read its tree through {@link #tree()}: the
 * sentence itself offers no tree walks, so every layer walks the same view.
 */
public final class Sentence {

    private final int index;
    private final int start;
    private final int end;
    private final List<Token> tokens;
    private final List<Dependency> dependencies;
    private final DependencyTree tree;

    /**
     * @param index        position in the article, from 0
     * @param start        offset of the sentence's first character in the article text
     * @param end          offset after its last character
     * @param tokens       its tokens, in order
     * @param dependencies its Universal Dependencies arcs (none when the sentence was not parsed)
     */
    @JsonCreator
    public Sentence(@JsonProperty("index") int index, @JsonProperty("start") int start, @JsonProperty("end") int end,
                    @JsonProperty("tokens") List<Token> tokens,
                    @JsonProperty("dependencies") List<Dependency> dependencies) {
        this.index = index;
        this.start = start;
        this.end = end;
        this.tokens = List.copyOf(tokens);
        this.dependencies = List.copyOf(dependencies);
        this.tree = new DependencyTree(this);
    }

    /** Position in the article, from 0. */
    @JsonProperty("index")
    public int index() {
        return index;
    }

    @JsonProperty("start")
    public int start() {
        return start;
    }

    @JsonProperty("end")
    public int end() {
        return end;
    }

    @JsonProperty("tokens")
    public List<Token> tokens() {
        return tokens;
    }

    @JsonProperty("dependencies")
    public List<Dependency> dependencies() {
        return dependencies;
    }

    /** The sentence's dependency tree, indexed once: heads, relations, children, words and lemmas. */
    public DependencyTree tree() {
        return tree;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Sentence s && index == s.index && start == s.start && end == s.end
                && tokens.equals(s.tokens) && dependencies.equals(s.dependencies);
    }

    @Override
    public int hashCode() {
        return Objects.hash(index, start, end, tokens, dependencies);
    }

    @Override
    public String toString() {
        return "Sentence[index=" + index + ", start=" + start + ", end=" + end + ", tokens=" + tokens
                + ", dependencies=" + dependencies + "]";
    }
}

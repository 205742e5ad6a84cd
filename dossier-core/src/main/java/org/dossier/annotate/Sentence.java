package org.dossier.annotate;

import java.util.ArrayList;
import java.util.List;

/**
 * One sentence: its character range, tokens and dependency arcs.
 *
 * @param index position in the article, from 0
 */
public record Sentence(int index, int start, int end, List<Token> tokens, List<Dependency> dependencies) {

    public Sentence {
        tokens = List.copyOf(tokens);
        dependencies = List.copyOf(dependencies);
    }

    /** The arcs whose governor is token {@code i}. */
    public List<Dependency> children(int i) {
        List<Dependency> out = new ArrayList<>();
        for (Dependency d : dependencies) {
            if (d.governor() == i) {
                out.add(d);
            }
        }
        return out;
    }

    /** The arc that attaches token {@code i} to its head, or {@code null} when there is none. */
    public Dependency head(int i) {
        for (Dependency d : dependencies) {
            if (d.dependent() == i) {
                return d;
            }
        }
        return null;
    }
}

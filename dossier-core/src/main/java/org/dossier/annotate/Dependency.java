package org.dossier.annotate;

/**
 * One arc of a sentence's Universal Dependencies tree.
 *
 * @param relation  relation name, with subtype ({@code nsubj}, {@code obl:tmod}, ...)
 * @param governor  index of the head token in the sentence, or -1 for the root
 * @param dependent index of the dependent token in the sentence
 */
public record Dependency(String relation, int governor, int dependent) {
}

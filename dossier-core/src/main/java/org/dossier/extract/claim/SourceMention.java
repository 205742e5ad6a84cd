package org.dossier.extract.claim;

import java.util.BitSet;

/**
 * A source as written in one sentence: the sentence of its cue, or the one before it when the sentence splitter
 * cut the two apart ("Sen. Mitch McConnell (R-Ky.) | said that …").
 *
 * @param first      its first token
 * @param last       its last token
 * @param head       its head token ("Zelensky", "he", "who", "journalist")
 * @param antecedent for a relative pronoun ("X, who said"), the noun it stands for; else -1
 * @param back       how many sentences before the cue's it stands in: 0, or 1 across a wrong split
 */
record SourceMention(int first, int last, int head, int antecedent, int back) {

    SourceMention(int first, int last, int head, int antecedent) {
        this(first, last, head, antecedent, 0);
    }

    /** The mention covering {@code tokens} (from the first to the last), or {@code null} when there are none. */
    static SourceMention of(BitSet tokens, int head, int antecedent) {
        if (tokens.isEmpty()) {
            return null;
        }
        return new SourceMention(tokens.nextSetBit(0), tokens.length() - 1, head, antecedent);
    }
}

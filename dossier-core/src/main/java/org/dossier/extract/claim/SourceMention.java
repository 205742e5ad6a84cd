package org.dossier.extract.claim;

import java.util.BitSet;

/**
 * A source as written in one sentence.
 *
 * @param first      its first token
 * @param last       its last token
 * @param head       its head token ("Zelensky", "he", "who", "journalist")
 * @param antecedent for a relative pronoun ("X, who said"), the noun it stands for; else -1
 */
record SourceMention(int first, int last, int head, int antecedent) {

    /** The mention covering {@code tokens} (from the first to the last), or {@code null} when there are none. */
    static SourceMention of(BitSet tokens, int head, int antecedent) {
        if (tokens.isEmpty()) {
            return null;
        }
        return new SourceMention(tokens.nextSetBit(0), tokens.length() - 1, head, antecedent);
    }
}

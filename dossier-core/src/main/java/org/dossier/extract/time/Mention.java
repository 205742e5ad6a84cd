package org.dossier.extract.time;

import org.dossier.model.TimexType;

/**
 * A temporal expression found in the text, not yet normalized.
 *
 * @param start offset of its first character in the article text
 * @param end   offset after its last character
 * @param rule  name of the grammar rule that found it (for tracing)
 */
record Mention(int start, int end, TimexType type, Meaning meaning, String rule) {

    int length() {
        return end - start;
    }

    boolean overlaps(Mention o) {
        return start < o.end && o.start < end;
    }
}

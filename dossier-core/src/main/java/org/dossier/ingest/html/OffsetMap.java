package org.dossier.ingest.html;

import java.util.Arrays;

/**
 * Maps offsets in an extracted text back to the source it came from: a sorted list of (text offset, source offset)
 * points, one where each stretch of copied text starts; inside a stretch offsets advance together (exact when the
 * stretch had no character references such as {@code &amp;}). As Lucene's {@code CharFilter} corrected offsets.
 */
public final class OffsetMap {

    private final int[] textOffsets;
    private final int[] sourceOffsets;

    OffsetMap(int[] textOffsets, int[] sourceOffsets) {
        this.textOffsets = textOffsets;
        this.sourceOffsets = sourceOffsets;
    }

    /** The source offset of text offset {@code offset}. */
    public int toSource(int offset) {
        if (textOffsets.length == 0) {
            return offset;
        }
        int i = Arrays.binarySearch(textOffsets, offset);
        if (i < 0) {
            i = Math.max(0, -i - 2);
        }
        return sourceOffsets[i] + (offset - textOffsets[i]);
    }

    /** Builds a map while text is appended. */
    static final class Builder {
        private int[] text = new int[16];
        private int[] source = new int[16];
        private int n;

        void point(int textOffset, int sourceOffset) {
            if (n == text.length) {
                text = Arrays.copyOf(text, n * 2);
                source = Arrays.copyOf(source, n * 2);
            }
            if (n > 0 && text[n - 1] == textOffset) {
                n--;
            }
            text[n] = textOffset;
            source[n] = sourceOffset;
            n++;
        }

        OffsetMap build() {
            return new OffsetMap(Arrays.copyOf(text, n), Arrays.copyOf(source, n));
        }
    }
}

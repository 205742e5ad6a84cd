package org.dossier.extract.quote;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The paragraphs of a text: its lines that hold more than white space, without their breaks and surrounding white
 * space. News text puts one paragraph per line; quotations and attributions are read paragraph by paragraph.
 * Immutable.
 */
public final class Paragraphs {

    private final int[] starts;
    private final int[] ends;

    public Paragraphs(String text) {
        List<int[]> found = new ArrayList<>();
        int lineStart = 0;
        for (int i = 0; i <= text.length(); i++) {
            if (i == text.length() || text.charAt(i) == '\n' || text.charAt(i) == '\r') {
                int s = lineStart;
                int e = i;
                while (s < e && Character.isWhitespace(text.charAt(s))) {
                    s++;
                }
                while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
                    e--;
                }
                if (e > s) {
                    found.add(new int[] {s, e});
                }
                lineStart = i + 1;
            }
        }
        starts = found.stream().mapToInt(p -> p[0]).toArray();
        ends = found.stream().mapToInt(p -> p[1]).toArray();
    }

    /** The paragraph holding offset {@code offset} (or the last one starting before it); -1 before the first. */
    public int indexOf(int offset) {
        int at = Arrays.binarySearch(starts, offset); // starts are strictly increasing
        return at >= 0 ? at : -at - 2;
    }

    /** How many paragraphs there are. */
    public int count() {
        return starts.length;
    }

    public int start(int paragraph) {
        return starts[paragraph];
    }

    public int end(int paragraph) {
        return ends[paragraph];
    }
}

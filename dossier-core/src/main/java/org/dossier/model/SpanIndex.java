package org.dossier.model;

import java.util.Arrays;
import java.util.List;

/**
 * A list of spans indexed by offset, built once per article, for the questions the extractors ask of every
 * mention, quotation or time expression again and again: which spans overlap a stretch, which stand inside it, which
 * end at an offset, whether some span contains it. A loop over the whole list for each question costs (questions ×
 * spans), which grows with the square of an article's length; each answer here costs a binary search and the spans
 * it returns (for overlaps: plus the spans between the first one that reaches the stretch and the stretch, which a
 * list of short, mostly disjoint spans keeps few).
 *
 * <p>Spans are named by their position in the list given ({@code ordinal}), and every answer lists them in that
 * order, so a caller's loop over the answer visits them in the order its loop over the whole list did and picks
 * the same one among equals. Spans may overlap, nest or repeat. Immutable and safe to share between threads.
 */
public final class SpanIndex {

    private final int[] starts;
    private final int[] ends;
    /** Ordinals sorted by start, then ordinal. */
    private final int[] byStart;
    /** The starts in {@link #byStart} order. */
    private final int[] sortedStarts;
    /** The largest end among {@code byStart[0..i]}. */
    private final int[] maxEndUpTo;
    /** The largest ordinal among {@code byStart[0..i]}. */
    private final int[] maxOrdinalUpTo;
    /** Ordinals sorted by end, then ordinal. */
    private final int[] byEnd;
    /** The ends in {@link #byEnd} order. */
    private final int[] sortedEnds;
    /** The largest ordinal among {@code byEnd[0..i]}. */
    private final int[] maxOrdinalEndingUpTo;

    /** The index of {@code spans}, the ordinal of each its position in the list. */
    public SpanIndex(List<Span> spans) {
        int n = spans.size();
        starts = new int[n];
        ends = new int[n];
        for (int i = 0; i < n; i++) {
            starts[i] = spans.get(i).start();
            ends[i] = spans.get(i).end();
        }
        byStart = sortedOrdinals(starts);
        sortedStarts = new int[n];
        maxEndUpTo = new int[n];
        maxOrdinalUpTo = new int[n];
        int max = Integer.MIN_VALUE;
        int last = -1;
        for (int i = 0; i < n; i++) {
            sortedStarts[i] = starts[byStart[i]];
            max = Math.max(max, ends[byStart[i]]);
            maxEndUpTo[i] = max;
            last = Math.max(last, byStart[i]);
            maxOrdinalUpTo[i] = last;
        }
        byEnd = sortedOrdinals(ends);
        sortedEnds = new int[n];
        maxOrdinalEndingUpTo = new int[n];
        last = -1;
        for (int i = 0; i < n; i++) {
            sortedEnds[i] = ends[byEnd[i]];
            last = Math.max(last, byEnd[i]);
            maxOrdinalEndingUpTo[i] = last;
        }
    }

    /** Ordinals sorted by {@code key}, ties by ordinal (a sort of longs keyed high, ordinal low). */
    private static int[] sortedOrdinals(int[] key) {
        long[] packed = new long[key.length];
        for (int i = 0; i < key.length; i++) {
            packed[i] = ((long) key[i] << 32) | i;
        }
        Arrays.sort(packed);
        int[] out = new int[key.length];
        for (int i = 0; i < key.length; i++) {
            out[i] = (int) packed[i];
        }
        return out;
    }

    public int size() {
        return starts.length;
    }

    public int start(int ordinal) {
        return starts[ordinal];
    }

    public int end(int ordinal) {
        return ends[ordinal];
    }

    /** The ordinals of the spans {@code s} with {@code s.start < end && start < s.end}, in ordinal order. */
    public int[] overlapping(int start, int end) {
        int i = firstAtLeast(sortedStarts, end) - 1;
        Ordinals out = new Ordinals();
        for (; i >= 0 && maxEndUpTo[i] > start; i--) { // before i, no span reaches past start
            int o = byStart[i];
            if (ends[o] > start) {
                out.add(o);
            }
        }
        return out.sorted();
    }

    /** The ordinals of the spans {@code s} with {@code from <= s.start && s.end <= to}, in ordinal order. */
    public int[] within(int from, int to) {
        Ordinals out = new Ordinals();
        for (int i = firstAtLeast(sortedStarts, from); i < sortedStarts.length && sortedStarts[i] <= to; i++) {
            int o = byStart[i];
            if (ends[o] <= to) {
                out.add(o);
            }
        }
        return out.sorted();
    }

    /** The ordinals of the spans that end at {@code end}, in ordinal order. */
    public int[] endingAt(int end) {
        return Arrays.copyOfRange(byEnd, firstAtLeast(sortedEnds, end), firstAtLeast(sortedEnds, end + 1));
    }

    /** Whether some span {@code s} overlaps {@code [start, end)}: {@code s.start < end && start < s.end}. */
    public boolean someOverlaps(int start, int end) {
        int i = firstAtLeast(sortedStarts, end) - 1;
        for (; i >= 0 && maxEndUpTo[i] > start; i--) {
            if (ends[byStart[i]] > start) {
                return true;
            }
        }
        return false;
    }

    /** The ordinals of the spans that start at {@code from} to {@code to}, both inclusive, in ordinal order. */
    public int[] startingBetween(int from, int to) {
        return between(byStart, sortedStarts, from, to);
    }

    /** The ordinals of the spans that end at {@code from} to {@code to}, both inclusive, in ordinal order. */
    public int[] endingBetween(int from, int to) {
        return between(byEnd, sortedEnds, from, to);
    }

    private static int[] between(int[] order, int[] sorted, int from, int to) {
        if (to < from) {
            return new int[0];
        }
        int[] out = Arrays.copyOfRange(order, firstAtLeast(sorted, from),
                to == Integer.MAX_VALUE ? sorted.length : firstAtLeast(sorted, to + 1));
        Arrays.sort(out);
        return out;
    }

    /** The last ordinal of a span that starts at or before {@code offset}, or -1 when none does. */
    public int lastStartingBy(int offset) {
        int i = firstAtLeast(sortedStarts, offset + 1) - 1;
        return i >= 0 ? maxOrdinalUpTo[i] : -1;
    }

    /** The last ordinal of a span that ends at or before {@code offset}, or -1 when none does. */
    public int lastEndingBy(int offset) {
        int i = firstAtLeast(sortedEnds, offset + 1) - 1;
        return i >= 0 ? maxOrdinalEndingUpTo[i] : -1;
    }

    /**
     * The ordinals of the spans {@code s} that contain {@code [start, end)} ({@code s.start <= start && end <=
     * s.end}), in ordinal order.
     */
    public int[] containing(int start, int end) {
        Ordinals out = new Ordinals();
        for (int i = firstAtLeast(sortedStarts, start + 1) - 1; i >= 0 && maxEndUpTo[i] >= end; i--) {
            int o = byStart[i];
            if (ends[o] >= end) {
                out.add(o);
            }
        }
        return out.sorted();
    }

    /** Whether some span {@code s} contains {@code [start, end)}: {@code s.start <= start && end <= s.end}. */
    public boolean someContains(int start, int end) {
        int i = firstAtLeast(sortedStarts, start + 1) - 1; // the spans starting at or before start
        return i >= 0 && maxEndUpTo[i] >= end;
    }

    /** The first index of sorted {@code a} holding a value {@code >= key}, or {@code a.length}. */
    private static int firstAtLeast(int[] a, int key) {
        int lo = 0;
        int hi = a.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (a[mid] < key) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** Ordinals collected in any order, handed out sorted: what the range queries return. */
    private static final class Ordinals {
        private int[] values = new int[8];
        private int size;

        void add(int ordinal) {
            if (size == values.length) {
                values = Arrays.copyOf(values, size * 2);
            }
            values[size++] = ordinal;
        }

        int[] sorted() {
            int[] out = Arrays.copyOf(values, size);
            Arrays.sort(out);
            return out;
        }
    }
}

package org.dossier.extract.quote;

/**
 * Reads a quote mark (one character, or a pair of apostrophes or backticks standing for a double mark): which
 * family it belongs to (double or single) and which way it faces, judged first from its neighbours (a mark after
 * a space and before a word opens) and only then from its glyph, so that typewriter marks and the odd backwards
 * curly mark are read right.
 */
final class QuoteMarks {

    /** Which way a mark faces. */
    enum Facing { OPENING, CLOSING, EITHER }

    private static final String DOUBLE = "\"\u201C\u201D\u201E\u201F\u00AB\u00BB";
    private static final String SINGLE = "'\u2018\u2019\u201A\u201B";
    private static final String OPENS_BEFORE = "([{\u2014\u2013-/";
    private static final String CLOSES_AFTER = ".,;:!?)]}\u2014\u2013-/\u2026";

    private QuoteMarks() {
    }

    static boolean isDouble(char c) {
        return DOUBLE.indexOf(c) >= 0;
    }

    static boolean isSingle(char c) {
        return SINGLE.indexOf(c) >= 0;
    }

    /**
     * The length of the double quote mark at {@code i} (before {@code to}): 1 for a double mark, 2 for a pair of
     * apostrophes or backticks standing for one (typewriter newswire: {@code ''Yes,'' he said}), 0 for none.
     */
    static int doubleMarkAt(String text, int i, int to) {
        char c = text.charAt(i);
        if (isDouble(c)) {
            return 1;
        }
        if ((c == '\'' || c == '`') && i + 1 < to && text.charAt(i + 1) == c) {
            return 2;
        }
        return 0;
    }

    /**
     * How the mark of length {@code len} at {@code i} faces, within the paragraph {@code [from, to)}.
     */
    static Facing facing(String text, int i, int len, int from, int to) {
        int after = i + len;
        boolean spaceBefore = i == from || Character.isWhitespace(text.charAt(i - 1))
                || OPENS_BEFORE.indexOf(text.charAt(i - 1)) >= 0 || isDouble(text.charAt(i - 1));
        boolean spaceAfter = after >= to || Character.isWhitespace(text.charAt(after))
                || CLOSES_AFTER.indexOf(text.charAt(after)) >= 0;
        if (spaceBefore && !spaceAfter) {
            return Facing.OPENING;
        }
        if (!spaceBefore && spaceAfter) {
            return Facing.CLOSING;
        }
        return switch (text.charAt(i)) {
            case '\u201C', '\u201E', '\u201F', '\u00AB', '\u2018', '\u201A', '\u201B', '`' -> Facing.OPENING;
            case '\u201D', '\u00BB', '\u2019' -> Facing.CLOSING;
            default -> Facing.EITHER;
        };
    }

    /**
     * Whether the single mark at {@code i}, facing closed, is rather the apostrophe of a plural possessive
     * ("the voters’ choice"): after an "s" and before a lower-case word.
     */
    static boolean isPossessive(String text, int i, int to) {
        return i > 0 && Character.toLowerCase(text.charAt(i - 1)) == 's' && i + 2 < to
                && text.charAt(i + 1) == ' ' && Character.isLowerCase(text.charAt(i + 2));
    }
}

package org.dossier.model;

import java.util.Objects;

/**
 * A stretch of an article's text: {@code start} inclusive, {@code end} exclusive, in UTF-16 code units
 * (Java {@code String} indexes), and the text it covers.
 */
public record Span(int start, int end, String text) implements Comparable<Span> {

    public Span {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("span [" + start + ", " + end + ") is not a valid range");
        }
        Objects.requireNonNull(text, "text");
    }

    /** The span {@code [start, end)} of {@code source}, with its text. */
    public static Span of(String source, int start, int end) {
        return new Span(start, end, source.substring(start, end));
    }

    public int length() {
        return end - start;
    }

    public boolean overlaps(Span other) {
        return start < other.end && other.start < end;
    }

    public boolean contains(Span other) {
        return start <= other.start && other.end <= end;
    }

    @Override
    public int compareTo(Span o) {
        return start != o.start ? Integer.compare(start, o.start) : Integer.compare(end, o.end);
    }
}

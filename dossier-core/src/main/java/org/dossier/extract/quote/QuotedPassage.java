package org.dossier.extract.quote;

import org.dossier.model.Span;

import java.util.Objects;

/**
 * A stretch of text between quote marks.
 *
 * @param inner the quoted words: inside the marks, without surrounding white space or the comma that closes the
 *              framing sentence's clause ({@code "…achieve,"} gives {@code …achieve}); a passage running over
 *              several paragraphs covers them all
 * @param outer the passage with its opening and closing marks (up to the paragraph end when a mark is missing)
 * @param kind  speech, a short term, or a title
 */
public record QuotedPassage(Span inner, Span outer, PassageKind kind) {

    public QuotedPassage {
        Objects.requireNonNull(inner, "inner");
        Objects.requireNonNull(outer, "outer");
        Objects.requireNonNull(kind, "kind");
        if (!outer.contains(inner)) {
            throw new IllegalArgumentException("passage " + inner + " lies outside its marks " + outer);
        }
    }
}

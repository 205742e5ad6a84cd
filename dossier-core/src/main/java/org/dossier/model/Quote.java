package org.dossier.model;

/**
 * A verbatim quotation: the text between the quote marks.
 *
 * @param speaker entity id of who is quoted, or {@code null} when unknown
 * @param cue     the verb that introduces it ("said", "wrote"), or {@code null}
 * @param cueSpan where that verb stands, or {@code null}
 * @param claim   id of the attribution the quote belongs to
 */
public record Quote(String id, Span span, String speaker, String cue, Span cueSpan, String claim) {
}

package org.dossier.extract.claim;

import org.dossier.extract.quote.QuotedPassage;
import org.dossier.model.Span;
import org.dossier.model.SpanIndex;

import java.util.List;

/**
 * The quoted passages of one article and how a span fits with them, indexed by offset once per article
 * ({@link SpanIndex}): each question costs about the passages near the span, not all of the article's passages,
 * and answers as a loop over the passages in text order would.
 */
final class QuotedSpans {

    private final List<QuotedPassage> passages;
    /** The passages with their marks, by ordinal in {@link #passages}. */
    private final SpanIndex outer;
    /** The passages' words, by ordinal in {@link #passages}. */
    private final SpanIndex inner;

    /** The passages of an article, in text order. */
    QuotedSpans(List<QuotedPassage> passages) {
        this.passages = List.copyOf(passages);
        this.outer = new SpanIndex(this.passages.stream().map(QuotedPassage::outer).toList());
        this.inner = new SpanIndex(this.passages.stream().map(QuotedPassage::inner).toList());
    }

    /** Every passage, in text order. */
    List<QuotedPassage> all() {
        return passages;
    }

    /** The passages whose closing mark ends from {@code from} to {@code to} (both inclusive), in text order. */
    List<QuotedPassage> endingBetween(int from, int to) {
        return pick(outer.endingBetween(from, to));
    }

    /** The passages whose opening mark starts from {@code from} to {@code to} (both inclusive), in text order. */
    List<QuotedPassage> startingBetween(int from, int to) {
        return pick(outer.startingBetween(from, to));
    }

    private List<QuotedPassage> pick(int[] ordinals) {
        QuotedPassage[] out = new QuotedPassage[ordinals.length];
        for (int i = 0; i < ordinals.length; i++) {
            out[i] = passages.get(ordinals[i]);
        }
        return List.of(out);
    }

    /**
     * {@code content} grown to cover, marks included, every quoted passage it reaches into, except one that holds
     * the cue itself: what is attributed inside a quotation stays inside it. As a loop over the passages in text
     * order that grows the span as it goes: the next passage taken is the first after the last one taken that
     * reaches into the span grown so far.
     */
    Span coverPassages(String text, Span content, Span cue) {
        int s = content.start();
        int e = content.end();
        int after = -1; // the ordinal of the last passage taken
        boolean grown = true;
        while (grown) {
            grown = false;
            for (int o : outer.overlapping(s, e)) {
                if (o > after && !passages.get(o).inner().contains(cue)) {
                    s = Math.min(s, outer.start(o));
                    e = Math.max(e, outer.end(o));
                    after = o;
                    grown = true;
                    break;
                }
            }
        }
        return s == content.start() && e == content.end() ? content : Span.of(text, s, e);
    }

    /** The passage {@code content} ends with (its closing mark ends the content), or {@code null}. */
    QuotedPassage closingPassage(Span content) {
        for (int o : outer.endingAt(content.end())) {
            if (content.start() <= outer.start(o)) {
                return passages.get(o);
            }
        }
        return null;
    }

    /** Whether some passage's words overlap {@code span}. */
    boolean quotes(Span span) {
        return inner.someOverlaps(span.start(), span.end());
    }

    /** Whether {@code span} stands inside the words of a quotation. */
    boolean insideQuotation(Span span) {
        return inner.someContains(span.start(), span.end());
    }

    /** Whether {@code [start, end)} stands inside the words of a quotation. */
    boolean insideQuotation(int start, int end) {
        return inner.someContains(start, end);
    }
}

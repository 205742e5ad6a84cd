package org.dossier.extract.claim;

import org.dossier.extract.quote.QuotedPassage;
import org.dossier.model.Span;

import java.util.List;

/** How a content span and the quoted passages of the text fit together. */
final class QuotedSpans {

    private QuotedSpans() {
    }

    /**
     * {@code content} grown to cover, marks included, every quoted passage it reaches into, except one that holds
     * the cue itself: what is attributed inside a quotation stays inside it.
     */
    static Span coverPassages(String text, Span content, Span cue, List<QuotedPassage> passages) {
        int s = content.start();
        int e = content.end();
        for (QuotedPassage p : passages) {
            if (p.outer().start() < e && s < p.outer().end() && !p.inner().contains(cue)) {
                s = Math.min(s, p.outer().start());
                e = Math.max(e, p.outer().end());
            }
        }
        return s == content.start() && e == content.end() ? content : Span.of(text, s, e);
    }

    /** The passage {@code content} ends with (its closing mark ends the content), or {@code null}. */
    static QuotedPassage closingPassage(Span content, List<QuotedPassage> passages) {
        for (QuotedPassage p : passages) {
            if (p.outer().end() == content.end() && content.start() <= p.outer().start()) {
                return p;
            }
        }
        return null;
    }

    /** Whether some passage's words overlap {@code span}. */
    static boolean quotes(Span span, List<QuotedPassage> passages) {
        for (QuotedPassage p : passages) {
            if (p.inner().overlaps(span)) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code span} stands inside the words of a quotation. */
    static boolean insideQuotation(Span span, List<QuotedPassage> passages) {
        for (QuotedPassage p : passages) {
            if (p.inner().contains(span)) {
                return true;
            }
        }
        return false;
    }
}

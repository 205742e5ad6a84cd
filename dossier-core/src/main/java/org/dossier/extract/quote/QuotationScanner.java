package org.dossier.extract.quote;

import org.dossier.model.SpanIndex;
import org.dossier.model.Span;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Finds the passages of an article that stand between quote marks.
 *
 * <p>Straight, curly and typewriter ({@code ''…''}) double marks pair up within a paragraph (a line of the text),
 * each read as opening or closing by its neighbours first and its glyph second; a paragraph that opens a
 * quote without closing it continues into the next one when that one opens with a quote mark, the newswire
 * convention for a quotation running over several paragraphs. Single marks nested inside a double-quoted passage
 * belong to it; outside one, a pair of single marks in the same paragraph is a passage of its own (headline
 * style), while apostrophes ("don’t", "voters’ choice") are left alone. A mark left open at the end of a
 * paragraph that is not continued closes there.
 *
 * <p>Stateless, deterministic and safe to share between threads. Passages come in text order and never overlap.
 */
public final class QuotationScanner {

    private final PassageClassifier classifier = new PassageClassifier();

    /** The quoted passages of {@code text}, in text order. */
    public List<QuotedPassage> scan(String text) {
        Paragraphs paragraphs = new Paragraphs(text);
        List<QuotedPassage> out = new ArrayList<>();
        scanDouble(text, paragraphs, out);
        scanSingle(text, paragraphs, out);
        out.sort(Comparator.comparing(QuotedPassage::outer));
        return List.copyOf(out);
    }

    private void scanDouble(String text, Paragraphs paragraphs, List<QuotedPassage> out) {
        int open = -1; // offset of the opening mark of the passage being read, or -1
        int openEnd = -1; // offset after that mark
        boolean skipFirstMark = false;
        for (int p = 0; p < paragraphs.count(); p++) {
            int from = paragraphs.start(p);
            int to = paragraphs.end(p);
            for (int i = from; i < to; i++) {
                int len = QuoteMarks.doubleMarkAt(text, i, to);
                if (len == 0) {
                    continue;
                }
                if (skipFirstMark) { // the mark that reopens a continued quotation
                    skipFirstMark = false;
                    i += len - 1;
                    continue;
                }
                QuoteMarks.Facing facing = QuoteMarks.facing(text, i, len, from, to);
                if (open < 0) {
                    if (facing != QuoteMarks.Facing.CLOSING) {
                        open = i;
                        openEnd = i + len;
                    }
                } else if (facing == QuoteMarks.Facing.OPENING && text.charAt(i) != '"' && len == 1) {
                    add(text, open, openEnd, i, i, out); // the closing mark is missing: the new quote ends the old one
                    open = i;
                    openEnd = i + len;
                } else {
                    add(text, open, openEnd, i, i + len, out);
                    open = -1;
                }
                i += len - 1;
            }
            skipFirstMark = false;
            if (open >= 0) {
                if (p + 1 < paragraphs.count() && opensWithMark(text, paragraphs.start(p + 1), paragraphs.end(p + 1))) {
                    skipFirstMark = true;
                } else {
                    add(text, open, openEnd, to, to, out);
                    open = -1;
                }
            }
        }
    }

    private static boolean opensWithMark(String text, int from, int to) {
        int len = QuoteMarks.doubleMarkAt(text, from, to);
        return len > 0 && QuoteMarks.facing(text, from, len, from, to) != QuoteMarks.Facing.CLOSING;
    }

    private void scanSingle(String text, Paragraphs paragraphs, List<QuotedPassage> doubles) {
        List<QuotedPassage> found = new ArrayList<>();
        SpanIndex doubleMarks = new SpanIndex(doubles.stream().map(QuotedPassage::outer).toList());
        for (int p = 0; p < paragraphs.count(); p++) {
            int[] par = {paragraphs.start(p), paragraphs.end(p)};
            int open = -1;
            for (int i = par[0]; i < par[1]; i++) {
                char c = text.charAt(i);
                if (!QuoteMarks.isSingle(c) || doubleMarks.someContains(i, i + 1) || QuoteMarks.doubleMarkAt(text, i, par[1]) > 0
                        || i > par[0] && QuoteMarks.doubleMarkAt(text, i - 1, par[1]) > 0) {
                    continue;
                }
                QuoteMarks.Facing facing = QuoteMarks.facing(text, i, 1, par[0], par[1]);
                boolean wordAfter = i + 1 < par[1] && Character.isLetter(text.charAt(i + 1));
                if (open < 0 && facing == QuoteMarks.Facing.OPENING && wordAfter) {
                    open = i;
                } else if (open >= 0 && facing == QuoteMarks.Facing.CLOSING
                        && !QuoteMarks.isPossessive(text, i, par[1])) {
                    add(text, open, open + 1, i, i + 1, found);
                    open = -1;
                }
            }
        }
        doubles.addAll(found);
    }

    /**
     * Adds the passage whose opening mark runs from {@code open} to {@code openEnd} and that closes before
     * {@code close}, its closing mark ending at {@code outerEnd}.
     */
    private void add(String text, int open, int openEnd, int close, int outerEnd, List<QuotedPassage> out) {
        int s = openEnd;
        int e = close;
        while (s < e && Character.isWhitespace(text.charAt(s))) {
            s++;
        }
        while (e > s && (Character.isWhitespace(text.charAt(e - 1)) || text.charAt(e - 1) == ',')) {
            e--;
        }
        if (e <= s) {
            return;
        }
        Span inner = Span.of(text, s, e);
        out.add(new QuotedPassage(inner, Span.of(text, open, outerEnd), classifier.classify(inner.text())));
    }
}

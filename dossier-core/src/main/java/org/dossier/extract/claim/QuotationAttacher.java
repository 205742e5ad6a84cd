package org.dossier.extract.claim;

import org.dossier.annotate.DependencyTree;
import org.dossier.annotate.Token;
import org.dossier.extract.quote.Paragraphs;
import org.dossier.extract.quote.PassageKind;
import org.dossier.extract.quote.QuotedPassage;
import org.dossier.model.Span;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;

/**
 * Finds the attributions of the quotations of speech that no cue claimed:
 * <ul>
 *   <li>the second half of a split quotation ({@code "…," she said. "…"}) and further quotations that follow in
 *       the paragraph with only the attribution between extend the claim before them (its content grows over
 *       them), and so does a paragraph that opens with a quotation after a paragraph that ended in one;</li>
 *   <li>such a paragraph after reported speech ({@code She said the port was shut.¶"It is a scandal."}) is the
 *       same source speaking on, a claim of its own;</li>
 *   <li>a quotation headed by a name and a colon ({@code Clinton: "…"}) is that name's.</li>
 * </ul>
 * A quotation none of these attributes is left without a claim, and so is no quote: with no cue and no speaker
 * it is a phrase the writer borrows (a slogan, a sign, a headline) rather than reported speech.
 */
final class QuotationAttacher {

    private final ColonAttributions colons = new ColonAttributions();

    List<Attribution> attach(String text, List<DependencyTree> trees, List<Attribution> found,
                             QuotedSpans passages) {
        Paragraphs paragraphs = new Paragraphs(text);
        SentenceSpans sentences = new SentenceSpans(trees);
        Contents out = new Contents(found);
        for (QuotedPassage p : passages.all()) {
            if (p.kind() == PassageKind.TITLE || out.covers(p)) {
                continue;
            }
            if (p.kind() == PassageKind.SHORT) { // a word or two is speech only when a name heads it: 'Berg: "No."'
                Attribution headed = colons.ofQuotation(text, trees, sentences.sentenceOf(p.outer().start()), p);
                if (headed != null) {
                    out.add(headed);
                }
                continue;
            }
            int prev = out.previous(p);
            Attribution before = prev < 0 ? null : out.get(prev);
            int par = paragraphs.indexOf(p.outer().start());
            boolean opensParagraph = par >= 0 && paragraphs.start(par) == p.outer().start();
            boolean continuesHere = before != null && sameParagraph(paragraphs, before, p)
                    && onlyAttributionBetween(text, trees, sentences, before, before.content().end(),
                    p.outer().start());
            boolean continuesAbove = before != null && opensParagraph
                    && paragraphs.indexOf(before.content().end() - 1) == par - 1
                    && onlyAttributionBetween(text, trees, sentences, before, before.content().end(),
                    paragraphs.end(par - 1));
            if (continuesHere || continuesAbove) {
                if (continuesHere || passages.closingPassage(before.content()) != null) {
                    out.set(prev, before.withContent(Span.of(text, before.content().start(), p.outer().end())));
                } else { // after reported speech, the same source goes on in its own words
                    out.add(new Attribution(sentences.sentenceOf(p.outer().start()), null, null, null,
                            before.sourceSpan(), before.entity(), p.outer(), List.of(), false));
                }
            } else {
                Attribution headed = colons.ofQuotation(text, trees, sentences.sentenceOf(p.outer().start()), p);
                if (headed != null) {
                    out.add(headed);
                }
            }
        }
        List<Attribution> all = new ArrayList<>(out.list);
        all.sort(Comparator.comparingInt(Attribution::start));
        return all;
    }

    /**
     * The attributions as they grow while the quotations are attached (added, their contents extended), indexed by
     * where their contents start and end, so that each quotation asks only about the contents around it.
     */
    private static final class Contents {

        private final List<Attribution> list;
        /** (content start, position in list), packed into a long: start high, position low. */
        private final TreeSet<Long> byStart = new TreeSet<>();
        /** Positions in list by content end, then content start from the smallest, then position from the first. */
        private final TreeSet<int[]> byEnd = new TreeSet<>(Comparator.<int[]>comparingInt(k -> k[0])
                .thenComparing((a, b) -> Integer.compare(b[1], a[1]))
                .thenComparing((a, b) -> Integer.compare(b[2], a[2])));
        /** The longest content ever indexed. */
        private int longest;

        Contents(List<Attribution> found) {
            list = new ArrayList<>(found);
            for (int i = 0; i < list.size(); i++) {
                index(i);
            }
        }

        Attribution get(int i) {
            return list.get(i);
        }

        void add(Attribution a) {
            list.add(a);
            index(list.size() - 1);
        }

        void set(int i, Attribution a) {
            Span old = list.get(i).content();
            byStart.remove(((long) old.start() << 32) + i);
            byEnd.remove(new int[] {old.end(), old.start(), i});
            list.set(i, a);
            index(i);
        }

        private void index(int i) {
            Span c = list.get(i).content();
            byStart.add(((long) c.start() << 32) + i);
            byEnd.add(new int[] {c.end(), c.start(), i});
            longest = Math.max(longest, c.length());
        }

        /**
         * Whether an attribution from outside the quotation already holds it; one whose cue stands inside it ("I
         * think" within the quote) is the speaker's own and leaves the quotation itself unattributed.
         */
        boolean covers(QuotedPassage p) {
            Span words = p.inner();
            // a content overlapping the words starts after words.start - longest and before words.end
            long from = ((long) (words.start() - longest + 1) << 32);
            long to = ((long) words.end() << 32);
            for (long k : byStart.subSet(from, true, to, false)) {
                Attribution a = list.get((int) (k & 0xffffffffL));
                boolean inside = a.cueSpan() != null ? words.contains(a.cueSpan()) : words.contains(a.content());
                if (a.content().overlaps(words) && !inside) {
                    return true;
                }
            }
            return false;
        }

        /**
         * The attribution whose content ends last before {@code p} (the outermost of equals, the first of those),
         * or -1.
         */
        int previous(QuotedPassage p) {
            int[] k = byEnd.floor(new int[] {p.outer().start(), Integer.MIN_VALUE, Integer.MIN_VALUE});
            return k == null ? -1 : k[2];
        }
    }

    private static boolean sameParagraph(Paragraphs paragraphs, Attribution a, QuotedPassage p) {
        return paragraphs.indexOf(a.content().end() - 1) == paragraphs.indexOf(p.outer().start());
    }

    /**
     * Whether the text between {@code from} and {@code to} holds nothing but punctuation and the attribution's own
     * source, cue and the words that hang on its cue ("he said in an interview"), or words without a verb that
     * the sentence splitter cut off them ("said Dick Durbin (D-Ill.) | in an interview.").
     */
    private static boolean onlyAttributionBetween(String text, List<DependencyTree> trees, SentenceSpans sentences,
                                                  Attribution a, int from, int to) {
        BitSet own = null;
        if (a.cue() != null && !a.cue().isAccordingTo()) {
            own = trees.get(a.sentence()).subtree(a.cue().head());
        }
        for (int s : sentences.withTokensOverlapping(from, to)) {
            DependencyTree t = trees.get(s);
            for (int i = 0; i < t.size(); i++) {
                Token tok = t.token(i);
                if (tok.start() < from || tok.start() >= to || t.isPunct(i)) {
                    continue;
                }
                Span ts = Span.of(text, tok.start(), tok.end());
                boolean ownWord = s == a.sentence() && own != null && own.get(i)
                        || a.sourceSpan() != null && a.sourceSpan().contains(ts)
                        || a.cueSpan() != null && a.cueSpan().contains(ts)
                        || s != a.sentence() && !t.isVerb(i); // the tail of a sentence split too early

                if (!ownWord) {
                    return false;
                }
            }
        }
        return true;
    }
}

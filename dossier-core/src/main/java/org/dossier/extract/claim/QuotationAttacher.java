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
                             List<QuotedPassage> passages) {
        Paragraphs paragraphs = new Paragraphs(text);
        List<Attribution> out = new ArrayList<>(found);
        for (QuotedPassage p : passages) {
            if (p.kind() == PassageKind.TITLE || covered(p, out)) {
                continue;
            }
            if (p.kind() == PassageKind.SHORT) { // a word or two is speech only when a name heads it: 'Berg: "No."'
                Attribution headed = colons.ofQuotation(text, trees, sentenceOf(trees, p.outer().start()), p);
                if (headed != null) {
                    out.add(headed);
                }
                continue;
            }
            int prev = previous(out, p);
            Attribution before = prev < 0 ? null : out.get(prev);
            int par = paragraphs.indexOf(p.outer().start());
            boolean opensParagraph = par >= 0 && paragraphs.start(par) == p.outer().start();
            boolean continuesHere = before != null && sameParagraph(paragraphs, before, p)
                    && onlyAttributionBetween(text, trees, before, before.content().end(), p.outer().start());
            boolean continuesAbove = before != null && opensParagraph
                    && paragraphs.indexOf(before.content().end() - 1) == par - 1
                    && onlyAttributionBetween(text, trees, before, before.content().end(), paragraphs.end(par - 1));
            if (continuesHere || continuesAbove) {
                if (continuesHere || QuotedSpans.closingPassage(before.content(), passages) != null) {
                    out.set(prev, before.withContent(Span.of(text, before.content().start(), p.outer().end())));
                } else { // after reported speech, the same source goes on in its own words
                    out.add(new Attribution(sentenceOf(trees, p.outer().start()), null, null, null,
                            before.sourceSpan(), before.entity(), p.outer(), List.of(), false));
                }
            } else {
                Attribution headed = colons.ofQuotation(text, trees, sentenceOf(trees, p.outer().start()), p);
                if (headed != null) {
                    out.add(headed);
                }
            }
        }
        out.sort(Comparator.comparingInt(Attribution::start));
        return out;
    }

    /**
     * Whether an attribution from outside the quotation already holds it; one whose cue stands inside it ("I
     * think" within the quote) is the speaker's own and leaves the quotation itself unattributed.
     */
    private static boolean covered(QuotedPassage p, List<Attribution> found) {
        for (Attribution a : found) {
            boolean inside = a.cueSpan() != null ? p.inner().contains(a.cueSpan()) : p.inner().contains(a.content());
            if (a.content().overlaps(p.inner()) && !inside) {
                return true;
            }
        }
        return false;
    }

    /** The attribution whose content ends last before {@code p} (the outermost of equals), or -1. */
    private static int previous(List<Attribution> found, QuotedPassage p) {
        int best = -1;
        for (int i = 0; i < found.size(); i++) {
            Attribution a = found.get(i);
            if (a.content().end() > p.outer().start()) {
                continue;
            }
            Attribution b = best < 0 ? null : found.get(best);
            if (b == null || a.content().end() > b.content().end()
                    || a.content().end() == b.content().end() && a.content().start() < b.content().start()) {
                best = i;
            }
        }
        return best;
    }

    private static boolean sameParagraph(Paragraphs paragraphs, Attribution a, QuotedPassage p) {
        return paragraphs.indexOf(a.content().end() - 1) == paragraphs.indexOf(p.outer().start());
    }

    /**
     * Whether the text between {@code from} and {@code to} holds nothing but punctuation and the attribution's own
     * source, cue and the words that hang on its cue ("he said in an interview"), or words without a verb that
     * the sentence splitter cut off them ("said Dick Durbin (D-Ill.) | in an interview.").
     */
    private static boolean onlyAttributionBetween(String text, List<DependencyTree> trees, Attribution a, int from,
                                                  int to) {
        BitSet own = null;
        if (a.cue() != null && !a.cue().isAccordingTo()) {
            own = trees.get(a.sentence()).subtree(a.cue().head());
        }
        for (int s = 0; s < trees.size(); s++) {
            DependencyTree t = trees.get(s);
            if (t.size() == 0 || t.token(t.size() - 1).end() <= from || t.token(0).start() >= to) {
                continue;
            }
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

    static int sentenceOf(List<DependencyTree> trees, int offset) {
        for (int s = 0; s < trees.size(); s++) {
            DependencyTree t = trees.get(s);
            if (t.sentence().start() <= offset && offset < t.sentence().end()) {
                return s;
            }
        }
        for (int s = trees.size() - 1; s >= 0; s--) {
            if (trees.get(s).sentence().start() <= offset) {
                return s;
            }
        }
        return 0;
    }
}

package org.dossier.extract.claim;

import org.dossier.annotate.DependencyTree;
import org.dossier.annotate.lexicon.CueLexicon;
import org.dossier.annotate.lexicon.Lexicon;
import org.dossier.extract.quote.PassageKind;
import org.dossier.extract.quote.QuotedPassage;
import org.dossier.model.Span;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/**
 * Finds the attributions of one sentence: each cue with its source and content. A content that reaches into a
 * quotation takes the whole quotation, marks included; a cue followed by a colon and nothing else
 * ("Cruz continued:") takes what follows the colon, in the sentence or the next one.
 */
final class AttributionFinder {

    private final CueFinder cues;
    private final SourceFinder sources = new SourceFinder();
    private final ContentFinder contents;

    AttributionFinder(Lexicon lexicon) {
        this.cues = new CueFinder(lexicon.cues());
        this.contents = new ContentFinder(lexicon.statementNouns());
    }

    List<Attribution> find(String text, List<DependencyTree> trees, int sentence, QuotedSpans passages) {
        DependencyTree t = trees.get(sentence);
        List<Attribution> out = new ArrayList<>();
        List<Cue> found = cues.find(t);
        BitSet inQuotes = quotedTokens(t, passages);
        BitSet cueHeads = new BitSet(t.size());
        found.stream().filter(c -> c.isAccordingTo() || !c.entry().nominal()).forEach(c -> cueHeads.set(c.head()));
        for (Cue cue : found) {
            boolean quotationOnly = !cue.isAccordingTo() && cue.entry().onlyQuotations();
            boolean nominal = !cue.isAccordingTo() && cue.entry().nominal();
            boolean speech = !cue.isAccordingTo() && !nominal && !CueFinder.agentless(t, cue)
                    && (cue.entry().takes(CueLexicon.Frame.CLAUSE) || quotationOnly);
            BitSet tokens = quotationOnly ? new BitSet() : contents.find(t, cue);
            Span content = tokens.isEmpty() ? null : span(text, t, tokens.nextSetBit(0), tokens.length() - 1);
            Span cueSpan = span(text, t, cue.head(), cue.last());
            if (speech) {
                Span quoted = adjacentQuotations(text, t, cue, cueSpan, tokens, passages, content == null);
                if (quoted != null && (content == null || !content.overlaps(quoted)
                        || quoted.end() <= cueSpan.start() && content.contains(cueSpan))) {
                    // the quotation wins over what the parse made of the words around it: "“…,” said Senator
                    // Kirk, becoming …" (a clause hung on the cue) or "“…,” said the base chief known as Bob" (the
                    // source run into the content); those words are free to be the source again
                    content = quoted;
                    tokens = tokensWithin(t, quoted);
                    tokens.and(inQuotes); // not "he continued" between the two halves of a quotation
                }
                if (content == null) {
                    Span colon = afterColon(text, trees, sentence, cue);
                    content = quotationOnly && colon != null && !passages.quotes(colon) ? null : colon;
                }
                if (content == null && !quotationOnly) {
                    tokens = bySentenceShape(t, cue, sources.find(t, cue, new BitSet(), inQuotes), cueHeads);
                    content = tokens.isEmpty() ? null : span(text, t, tokens.nextSetBit(0), tokens.length() - 1);
                }
            }
            if (content == null) {
                continue;
            }
            SourceMention source = outsideQuotation(t, sources.find(t, cue, tokens, inQuotes), inQuotes, cue);
            DependencyTree sourceTree = t;
            if (!nominal && !cue.isAccordingTo() && !CueFinder.agentless(t, cue) && sentence > 0
                    && (source == null || source.antecedent() < 0
                    && SourceFinder.RELATIVES.contains(t.lowerWord(source.head())))) {
                SourceMention split = SubjectRecovery.beforeSplit(trees.get(sentence - 1), t, cue);
                if (split != null) {
                    source = split;
                    sourceTree = trees.get(sentence - 1);
                }
            }
            if (nominal && source == null) {
                continue; // "the claim that S", "criticism of X": whose, the sentence does not say
            }
            if (speech && !quotationOnly && sourceTree == t) {
                content = aroundAside(text, t, cue, source, content);
            }
            content = passages.coverPassages(text, content, cueSpan);
            Span sourceSpan = source == null ? null : span(text, sourceTree, source.first(), source.last());
            out.add(Attribution.found(sentence, cue, cueSpan, source, sourceSpan, content));
        }
        return out;
    }

    /**
     * The quotations the cue introduces, whatever the parse made of them: one right before it ({@code "…," she
     * said}) and one right after it behind a comma or colon ({@code she said: "…"}), with nothing between but
     * punctuation and the words that hang on the cue (its source, "in an interview"); both when the cue splits a
     * quotation. A question or exclamation ends its sentence ({@code "Who pays?" he asked.}): when the cue found
     * nothing else, a quotation closing the sentence just before, on the same line, counts too. {@code null} when
     * there are none.
     */
    private static Span adjacentQuotations(String text, DependencyTree t, Cue cue, Span cueSpan, BitSet content,
                                           QuotedSpans passages, boolean mayCloseSentenceBefore) {
        BitSet own = t.subtree(cue.head());
        own.andNot(content);
        QuotedPassage before = null;
        QuotedPassage after = null;
        int sentenceStart = t.sentence().start();
        int reachFrom = sentenceStart + 1; // a passage closing after the sentence's start, or, when it may close
        if (mayCloseSentenceBefore) {      // the sentence before, one with nothing but spaces after it
            reachFrom = sentenceStart;
            while (reachFrom > 0 && text.charAt(reachFrom - 1) == ' ') {
                reachFrom--;
            }
        }
        for (QuotedPassage p : passages.endingBetween(reachFrom, cueSpan.start())) {
            if (p.kind() == PassageKind.TITLE || p.inner().contains(cueSpan)) {
                continue;
            }
            boolean reaches = p.outer().end() > sentenceStart || mayCloseSentenceBefore
                    && p.outer().end() <= sentenceStart
                    && text.substring(p.outer().end(), sentenceStart).chars().allMatch(c -> c == ' ');
            if (p.outer().end() <= cueSpan.start() && reaches
                    && onlyOwnWords(t, own, p.outer().end(), cueSpan.start())) {
                before = p;
            }
        }
        for (QuotedPassage p : passages.startingBetween(cueSpan.end(), t.sentence().end() - 1)) {
            if (p.kind() == PassageKind.TITLE || p.inner().contains(cueSpan)) {
                continue;
            }
            if (p.outer().start() >= cueSpan.end() && p.outer().start() < t.sentence().end()
                    && onlyOwnWords(t, own, cueSpan.end(), p.outer().start())
                    && introducedByPunctuation(text, cueSpan.end(), p.outer().start())) {
                after = p;
                break;
            }
        }
        if (before == null && after == null) {
            return null;
        }
        int s = before != null ? before.outer().start() : after.outer().start();
        int e = after != null ? after.outer().end() : before.outer().end();
        return Span.of(text, s, e);
    }

    private static boolean onlyOwnWords(DependencyTree t, BitSet own, int from, int to) {
        for (int i = 0; i < t.size(); i++) {
            if (t.token(i).start() >= from && t.token(i).end() <= to && !own.get(i) && !t.isPunct(i)) {
                return false;
            }
        }
        return true;
    }

    /** Whether the last mark before {@code to} (after {@code from}) is a comma or colon. */
    private static boolean introducedByPunctuation(String text, int from, int to) {
        for (int i = to - 1; i >= from; i--) {
            char c = text.charAt(i);
            if (!Character.isWhitespace(c)) {
                return c == ',' || c == ':';
            }
        }
        return false;
    }

    /**
     * The source cut back to the words around its head that stand outside quotation marks, when the cue does too
     * (a misparse can run a subject into the quotation before it: "…, Donald — USA, baby,” Melanie said").
     */
    private static SourceMention outsideQuotation(DependencyTree t, SourceMention m, BitSet inQuotes, Cue cue) {
        if (m == null || inQuotes.get(cue.head())) {
            return m;
        }
        int first = m.head();
        while (first > m.first() && !inQuotes.get(first - 1) && !t.isQuoteMark(first - 1)) {
            first--;
        }
        int last = m.head();
        while (last < m.last() && !inQuotes.get(last + 1) && !t.isQuoteMark(last + 1)) {
            last++;
        }
        BitSet kept = new BitSet(t.size());
        kept.set(first, last + 1);
        t.trimPunctuation(kept);
        return kept.isEmpty() ? m : new SourceMention(kept.nextSetBit(0), kept.length() - 1, m.head(), m.antecedent());
    }

    /** The tokens of {@code t} that lie within {@code span}. */
    private static BitSet tokensWithin(DependencyTree t, Span span) {
        BitSet out = new BitSet(t.size());
        for (int i = 0; i < t.size(); i++) {
            if (span.start() <= t.token(i).start() && t.token(i).end() <= span.end()) {
                out.set(i);
            }
        }
        return out;
    }

    /** The tokens of {@code t} that stand inside the words of a quotation. */
    private static BitSet quotedTokens(DependencyTree t, QuotedSpans passages) {
        BitSet out = new BitSet(t.size());
        for (int i = 0; i < t.size(); i++) {
            if (passages.insideQuotation(t.token(i).start(), t.token(i).end())) {
                out.set(i);
            }
        }
        return out;
    }

    /**
     * For an attribution set off by commas inside what it attributes ("Freeing her husband, he promised, was his
     * top priority"), the whole sentence around it, whichever side the parse put the content on.
     */
    private static Span aroundAside(String text, DependencyTree t, Cue cue, SourceMention source, Span content) {
        int first = source != null ? Math.min(source.first(), cue.head()) : cue.head();
        int last = source != null ? Math.max(source.last(), cue.last()) : cue.last();
        if (first < 2 || last + 2 >= t.size() || !t.word(first - 1).equals(",") || !t.word(last + 1).equals(",")) {
            return content;
        }
        int end = t.size() - 1;
        while (end > last && t.isPunct(end) && !t.isQuoteMark(end)) {
            end--;
        }
        Span before = span(text, t, 0, first - 2);
        Span after = span(text, t, last + 2, end);
        if (!content.overlaps(before) && !content.overlaps(after)) {
            return content;
        }
        return Span.of(text, Math.min(content.start(), before.start()), Math.max(content.end(), after.end()));
    }

    /**
     * The content of a speech cue whose complement the parse lost entirely, read from the shape of the sentence:
     * when only its source and what hangs on it follow the cue ("…, federal officials said in a statement."),
     * what stands before the comma ahead of them; otherwise the rest of the sentence after the cue. Either must
     * hold a verb and no other cue (whose attribution it would be). Empty when neither fits.
     */
    private static BitSet bySentenceShape(DependencyTree t, Cue cue, SourceMention source, BitSet cueHeads) {
        BitSet out = new BitSet(t.size());
        int last = t.size() - 1;
        while (last > cue.last() && t.isPunct(last)) {
            last--;
        }
        BitSet own = t.subtree(cue.head());
        boolean closes = true;
        for (int i = cue.last() + 1; i <= last; i++) {
            closes &= own.get(i) && !t.isVerb(i);
        }
        if (closes) {
            int start = source != null && source.first() < cue.head() ? source.first() : cue.head();
            int end = start - 1;
            if (end < 1 || !t.word(end).equals(",")) {
                return out;
            }
            out.set(0, end);
        } else {
            int first = cue.last() + 1;
            if (first <= last && t.lowerWord(first).equals("that")) {
                first++;
            }
            if (last - first < 2) {
                return out;
            }
            out.set(first, last + 1);
        }
        boolean verb = false;
        for (int i = out.nextSetBit(0); i >= 0; i = out.nextSetBit(i + 1)) {
            verb |= t.isVerb(i);
        }
        if (!verb || out.intersects(cueHeads)) {
            out.clear();
        }
        t.trimPunctuation(out);
        return out;
    }

    /**
     * What follows a colon after the cue: the rest of the sentence, or when the colon ends it, the next sentence.
     */
    private static Span afterColon(String text, List<DependencyTree> trees, int sentence, Cue cue) {
        DependencyTree t = trees.get(sentence);
        for (int i = cue.last() + 1; i < t.size(); i++) {
            if (!t.word(i).equals(":")) {
                continue;
            }
            int first = i + 1;
            int last = t.size() - 1;
            while (last >= first && t.isPunct(last) && !t.isQuoteMark(last)) {
                last--;
            }
            if (last >= first) {
                return span(text, t, first, last);
            }
            if (sentence + 1 < trees.size()) {
                DependencyTree next = trees.get(sentence + 1);
                if (next.size() > 0) {
                    return span(text, next, 0, next.size() - 1);
                }
            }
            return null;
        }
        return null;
    }

    private static boolean isQuoteMark(String w) {
        return w.length() == 1 && "\"\u201C\u201D'\u2018\u2019".indexOf(w.charAt(0)) >= 0;
    }

    static Span span(String text, DependencyTree t, int first, int last) {
        return Span.of(text, t.token(first).start(), t.token(last).end());
    }
}

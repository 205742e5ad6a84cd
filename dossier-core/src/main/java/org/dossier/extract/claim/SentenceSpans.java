package org.dossier.extract.claim;

import org.dossier.annotate.DependencyTree;
import org.dossier.model.Span;
import org.dossier.model.SpanIndex;

import java.util.ArrayList;
import java.util.List;

/** The sentences of one article indexed by offset ({@link SpanIndex}), built once for all its quotations. */
final class SentenceSpans {

    /** The sentences' spans, by position in the article. */
    private final SpanIndex sentences;
    /** From the first token's start to the last token's end of each sentence with tokens. */
    private final SpanIndex tokenExtents;
    /** The position in the article of each sentence of {@link #tokenExtents}. */
    private final int[] withTokens;

    SentenceSpans(List<DependencyTree> trees) {
        List<Span> spans = new ArrayList<>(trees.size());
        List<Span> extents = new ArrayList<>(trees.size());
        List<Integer> positions = new ArrayList<>(trees.size());
        for (int s = 0; s < trees.size(); s++) {
            DependencyTree t = trees.get(s);
            spans.add(new Span(t.sentence().start(), t.sentence().end(), ""));
            if (t.size() > 0) {
                extents.add(new Span(t.token(0).start(), Math.max(t.token(0).start(), t.token(t.size() - 1).end()),
                        ""));
                positions.add(s);
            }
        }
        sentences = new SpanIndex(spans);
        tokenExtents = new SpanIndex(extents);
        withTokens = positions.stream().mapToInt(Integer::intValue).toArray();
    }

    /**
     * The sentence holding {@code offset} (the first such), else the last one starting at or before it, else the
     * first.
     */
    int sentenceOf(int offset) {
        int[] holding = sentences.overlapping(offset, offset + 1);
        if (holding.length > 0) {
            return holding[0];
        }
        return Math.max(0, sentences.lastStartingBy(offset));
    }

    /**
     * The sentences with tokens whose first token starts before {@code to} and whose last token ends after
     * {@code from}, in article order.
     */
    int[] withTokensOverlapping(int from, int to) {
        int[] found = tokenExtents.overlapping(from, to);
        int[] out = new int[found.length];
        for (int i = 0; i < found.length; i++) {
            out[i] = withTokens[found[i]];
        }
        return out;
    }
}

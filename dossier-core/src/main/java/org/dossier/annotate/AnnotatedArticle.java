package org.dossier.annotate;

import java.util.List;
import java.util.Objects;

/**
 * An article's text with its sentences; what every extractor reads. {@code warnings} say where the annotator had to
 * cut or skip something (a sentence too long to parse as one); they go into the article's record.
 */
public record AnnotatedArticle(String text, List<Sentence> sentences, List<String> warnings) {

    public AnnotatedArticle {
        Objects.requireNonNull(text, "text");
        sentences = List.copyOf(sentences);
        warnings = warnings == null ? List.of() : List.copyOf(warnings);
    }

    /** An annotation with nothing to warn about. */
    public AnnotatedArticle(String text, List<Sentence> sentences) {
        this(text, sentences, List.of());
    }

    /**
     * The sentence containing character offset {@code offset}, or {@code null} if it falls between sentences. A
     * binary search (sentences are in text order and do not overlap): extractors call it for every mention, and a
     * long article has tens of thousands of sentences.
     */
    public Sentence sentenceAt(int offset) {
        int lo = 0;
        int hi = sentences.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            Sentence s = sentences.get(mid);
            if (offset < s.start()) {
                hi = mid - 1;
            } else if (offset >= s.end()) {
                lo = mid + 1;
            } else {
                return s;
            }
        }
        return null;
    }
}

package org.dossier.annotate;

import java.util.List;
import java.util.Objects;

/** An article's text with its sentences; what every extractor reads. */
public record AnnotatedArticle(String text, List<Sentence> sentences) {

    public AnnotatedArticle {
        Objects.requireNonNull(text, "text");
        sentences = List.copyOf(sentences);
    }

    /** The sentence containing character offset {@code offset}, or {@code null} if it falls between sentences. */
    public Sentence sentenceAt(int offset) {
        for (Sentence s : sentences) {
            if (s.start() <= offset && offset < s.end()) {
                return s;
            }
        }
        return null;
    }
}

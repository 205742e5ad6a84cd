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

package org.dossier.annotate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

class CachingAnnotatorTest {

    @TempDir
    Path dir;

    private final AtomicInteger built = new AtomicInteger();
    private final AtomicInteger calls = new AtomicInteger();

    private Annotator counting() {
        built.incrementAndGet();
        return text -> {
            calls.incrementAndGet();
            Token t = new Token(0, 0, text.length(), text, text, "NN", "O", "O");
            return new AnnotatedArticle(text, List.of(new Sentence(0, 0, text.length(), List.of(t), List.of())));
        };
    }

    @Test
    void secondAnnotationOfTheSameTextComesFromDisk() {
        CachingAnnotator a = new CachingAnnotator(dir, "p1", this::counting);
        AnnotatedArticle first = a.annotate("Ports");
        AnnotatedArticle second = new CachingAnnotator(dir, "p1", this::counting).annotate("Ports");
        assertThat(second).isEqualTo(first);
        assertThat(calls).hasValue(1);
        assertThat(built).as("a fully cached run builds no annotator").hasValue(1);
    }

    @Test
    void anotherProfileIsAnotherEntry() {
        new CachingAnnotator(dir, "p1", this::counting).annotate("Ports");
        new CachingAnnotator(dir, "p2", this::counting).annotate("Ports");
        assertThat(calls).hasValue(2);
    }

    @Test
    void aDamagedEntryIsAnnotatedAgain() throws IOException {
        CachingAnnotator a = new CachingAnnotator(dir, "p1", this::counting);
        a.annotate("Ports");
        try (var files = Files.list(dir)) {
            for (Path f : files.toList()) {
                Files.writeString(f, "{not json");
            }
        }
        AnnotatedArticle again = new CachingAnnotator(dir, "p1", this::counting).annotate("Ports");
        assertThat(again.text()).isEqualTo("Ports");
        assertThat(calls).hasValue(2);
    }

    @Test
    void cannedAnnotationKeepsOffsetsIntoItsText() {
        AnnotatedArticle a = CannedArticles.harborStrike();
        assertThat(a.sentences()).isNotEmpty();
        for (Sentence s : a.sentences()) {
            for (Token t : s.tokens()) {
                assertThat(a.text().substring(t.start(), t.end())).isEqualTo(t.word());
            }
            assertThat(s.dependencies()).isNotEmpty();
        }
    }
}

package org.dossier.annotate;

import org.dossier.annotate.corenlp.CoreNlpAnnotator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/** Loads the real CoreNLP models: offsets, tags and trees as the extractors expect them. */
class CoreNlpAnnotatorIT {

    private static CoreNlpAnnotator annotator;

    @BeforeAll
    static void load() {
        annotator = new CoreNlpAnnotator();
    }

    @Test
    void keepsOffsetsIntoTheTextAsGiven() {
        String text = "Mayor Ana Ruiz visited “Lisbon” on Dec. 18-19.\nShe said the talks were useful.";
        AnnotatedArticle a = annotator.annotate(text);
        assertThat(a.sentences()).hasSize(2);
        for (Sentence s : a.sentences()) {
            for (Token t : s.tokens()) {
                assertThat(text.substring(t.start(), t.end())).isEqualTo(t.word());
            }
            assertThat(s.dependencies()).anyMatch(d -> d.governor() == -1);
        }
        Sentence first = a.sentences().get(0);
        assertThat(first.tokens()).filteredOn(t -> t.word().equals("Ruiz")).singleElement()
                .extracting(Token::coarseNer).isEqualTo("PERSON");
        assertThat(first.tokens()).filteredOn(t -> t.word().equals("Lisbon")).singleElement()
                .extracting(Token::ner).isEqualTo("CITY");
        assertThat(first.tokens()).filteredOn(t -> t.word().equals("visited")).singleElement()
                .extracting(Token::lemma).isEqualTo("visit");
        // the fine-grained tags come from Dossier's name lists, on top of the statistical tags
        assertThat(first.tokens()).filteredOn(t -> t.word().equals("Mayor")).singleElement()
                .extracting(Token::ner).isEqualTo("TITLE");
        assertThat(a.warnings()).isEmpty();
    }

    @Test
    void cutsASentenceWithoutPunctuationAndSaysSo() {
        String text = "Officials met in Lisbon on Monday. " + "the figures rose again ".repeat(600)
                + "\nThe mayor said the talks were useful.";
        AnnotatedArticle a = annotator.annotate(text);
        assertThat(a.sentences()).allSatisfy(s -> assertThat(s.tokens().size())
                .isLessThanOrEqualTo(CoreNlpAnnotator.MAX_SENTENCE_TOKENS));
        assertThat(a.sentences().stream().mapToInt(s -> s.tokens().size()).sum()).isEqualTo(7 + 2400 + 8);
        assertThat(a.warnings()).singleElement().asString().contains("a sentence of 2400 tokens");
        assertThat(a.sentences().get(a.sentences().size() - 1).tokens()).anySatisfy(t ->
                assertThat(t.lemma()).isEqualTo("say"));
    }

    @Test
    void givesTheSameAnnotationFromSeveralThreads() throws Exception {
        String text = "The council of Porto met on Monday. Its chair, Rui Costa, said little.";
        AnnotatedArticle alone = annotator.annotate(text);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<AnnotatedArticle>> runs = pool.invokeAll(List.of(
                    () -> annotator.annotate(text), () -> annotator.annotate(text), () -> annotator.annotate(text)));
            for (Future<AnnotatedArticle> f : runs) {
                assertThat(f.get()).isEqualTo(alone);
            }
        } finally {
            pool.shutdown();
        }
    }
}

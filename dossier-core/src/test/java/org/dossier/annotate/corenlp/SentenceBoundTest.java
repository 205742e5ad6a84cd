package org.dossier.annotate.corenlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.CoreMap;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;

/** Pathological sentences are cut into pieces the later annotators handle in linear time, with a warning. */
class SentenceBoundTest {

    private static Annotation split(String text, int max) {
        Properties p = new Properties();
        p.setProperty("annotators", "tokenize,ssplit");
        p.setProperty("ssplit.newlineIsSentenceBreak", "always");
        Annotation doc = new Annotation(text);
        new StanfordCoreNLP(p).annotate(doc);
        new SentenceBound(max).annotate(doc);
        return doc;
    }

    @Test
    void aLongSentenceWithoutPunctuationIsCutIntoPiecesThatKeepEveryTokenAndItsOffsets() {
        String words = "word ".repeat(20_000);
        String text = "A short sentence first. " + words + "\nAnd a last one.";
        Annotation doc = split(text, 200);
        List<CoreMap> sentences = doc.get(CoreAnnotations.SentencesAnnotation.class);
        assertThat(sentences).hasSize(1 + 100 + 1);
        int tokens = 0;
        for (int i = 0; i < sentences.size(); i++) {
            CoreMap s = sentences.get(i);
            List<CoreLabel> t = s.get(CoreAnnotations.TokensAnnotation.class);
            assertThat(t.size()).isLessThanOrEqualTo(200);
            assertThat(s.get(CoreAnnotations.SentenceIndexAnnotation.class)).isEqualTo(i);
            assertThat(t.get(0).index()).isEqualTo(1);
            assertThat(t.get(t.size() - 1).index()).isEqualTo(t.size());
            assertThat(s.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class)).isEqualTo(t.get(0).beginPosition());
            assertThat(s.get(CoreAnnotations.TokenBeginAnnotation.class)).isEqualTo(tokens);
            tokens += t.size();
            assertThat(s.get(CoreAnnotations.TokenEndAnnotation.class)).isEqualTo(tokens);
        }
        assertThat(tokens).isEqualTo(doc.get(CoreAnnotations.TokensAnnotation.class).size());
        assertThat(SentenceBound.warnings(doc)).singleElement().asString()
                .contains("a sentence of 20000 tokens at character 24 was cut into 100 pieces of at most 200 tokens");
    }

    @Test
    void aPieceEndsAfterTheLastCommaOfItsSecondHalf() {
        StringBuilder table = new StringBuilder();
        for (int i = 0; i < 100; i++) {
            table.append("12.5 , 13 , 7 ; ");
        }
        Annotation doc = split(table.toString(), 50);
        for (CoreMap s : doc.get(CoreAnnotations.SentencesAnnotation.class)) {
            List<CoreLabel> t = s.get(CoreAnnotations.TokensAnnotation.class);
            assertThat(t.size()).isBetween(25, 50);
            String last = t.get(t.size() - 1).word();
            if (s != doc.get(CoreAnnotations.SentencesAnnotation.class).get(doc.get(
                    CoreAnnotations.SentencesAnnotation.class).size() - 1)) {
                assertThat(last).isIn(",", ";");
            }
        }
    }

    @Test
    void normalSentencesAreLeftAsTheyAreWithoutAWarning() {
        Annotation doc = split("Zelensky met Rutte on Dec. 18. They spoke for an hour.", 200);
        assertThat(doc.get(CoreAnnotations.SentencesAnnotation.class)).hasSize(2);
        assertThat(SentenceBound.warnings(doc)).isEmpty();
    }
}

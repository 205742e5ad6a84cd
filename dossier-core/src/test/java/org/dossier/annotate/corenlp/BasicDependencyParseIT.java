package org.dossier.annotate.corenlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.parser.nndep.DependencyParser;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.AnnotationPipeline;
import edu.stanford.nlp.pipeline.AnnotatorImplementations;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.util.CoreMap;
import edu.stanford.nlp.util.PropertiesUtils;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Dossier's parse annotator against CoreNLP's own {@code depparse}, with the real model: the same basic dependencies
 * for every sentence, and none of the four graphs Dossier does not read.
 */
class BasicDependencyParseIT {

    private static final String TEXT = "Russian President Vladimir Putin said on Tuesday that he was ready to meet"
            + " Ukraine's leader, but only after the talks in Istanbul, which the Turkish foreign minister hosted,"
            + " produced a draft that both sides could sign.\n"
            + "The quake, which struck at 4:17 a.m., killed at least 2,300 people and injured thousands more.\n"
            + "Officials denied reports that the ministry had been sold to a Dubai-based firm for $2 billion.\n"
            + "\"We will not leave,\" said Hanna Petrova, 54, whose house in Kharkiv was hit twice.";

    @Test
    void givesCoreNlpsBasicDependenciesAndNothingElse() {
        Properties p = CoreNlpAnnotator.dossierProperties();
        AnnotatorImplementations impl = new AnnotatorImplementations();
        AnnotationPipeline tagged = new AnnotationPipeline();
        tagged.addAnnotator(impl.tokenizer(p));
        tagged.addAnnotator(impl.wordToSentences(p));
        tagged.addAnnotator(impl.posTagger(p));
        Annotation ours = new Annotation(TEXT);
        Annotation coreNlps = new Annotation(TEXT);
        tagged.annotate(ours);
        tagged.annotate(coreNlps);

        BasicDependencyParse parse = BasicDependencyParse.load(p);
        assertThat(ParserScorer.installedIn(parse.parser())).isTrue();
        parse.annotate(ours);
        impl.dependencies(p).annotate(coreNlps);
        // CoreNLP's own annotator scored with CoreNLP's classifier: ours is a private parser, not the one in
        // CoreNLP's JVM-wide parser cache (sharing it once made this comparison a parser against itself, and broke
        // the next annotator built in the same JVM)
        DependencyParser cached = DependencyParser.loadFromModelFile(DependencyParser.DEFAULT_MODEL,
                PropertiesUtils.extractPrefixedProperties(p, "depparse."));
        assertThat(ParserScorer.installedIn(cached)).isFalse();
        assertThat(cached).isNotSameAs(parse.parser());
        BasicDependencyParse second = BasicDependencyParse.load(p);
        assertThat(second.parser()).isNotSameAs(parse.parser());
        assertThat(ParserScorer.installedIn(second.parser())).isTrue();

        List<CoreMap> sentences = ours.get(CoreAnnotations.SentencesAnnotation.class);
        List<CoreMap> expected = coreNlps.get(CoreAnnotations.SentencesAnnotation.class);
        assertThat(sentences).hasSize(4).hasSameSizeAs(expected);
        for (int i = 0; i < sentences.size(); i++) {
            CoreMap s = sentences.get(i);
            assertThat(s.get(SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class).toList())
                    .as("sentence %d", i)
                    .isEqualTo(expected.get(i).get(SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class)
                            .toList());
            assertThat(s.containsKey(SemanticGraphCoreAnnotations.EnhancedPlusPlusDependenciesAnnotation.class))
                    .isFalse();
            assertThat(s.containsKey(SemanticGraphCoreAnnotations.EnhancedDependenciesAnnotation.class)).isFalse();
            assertThat(s.containsKey(SemanticGraphCoreAnnotations.CollapsedDependenciesAnnotation.class)).isFalse();
            assertThat(s.containsKey(
                    SemanticGraphCoreAnnotations.CollapsedCCProcessedDependenciesAnnotation.class)).isFalse();
        }
    }
}

package org.dossier.annotate.corenlp;

import edu.stanford.nlp.ling.CoreAnnotation;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.parser.nndep.DependencyParser;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.SentenceAnnotator;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.semgraph.SemanticGraphFactory;
import edu.stanford.nlp.trees.GrammaticalStructure;
import edu.stanford.nlp.util.CoreMap;
import edu.stanford.nlp.util.PropertiesUtils;

import java.util.Properties;
import java.util.Set;

/**
 * CoreNLP's neural dependency parser, giving each sentence its basic Universal Dependencies and nothing else: what
 * Dossier reads. CoreNLP's own {@code DependencyParseAnnotator} builds four more graphs from every parse (collapsed,
 * CC-processed, enhanced and enhanced++), through dozens of Semgrex rewrites a sentence, about a fifth of its time;
 * no layer of Dossier reads them. The parser, its model and its properties ({@code depparse.*}) are CoreNLP's; the
 * basic graph is built by the same call, so it is the one CoreNLP gives. The parser scores with
 * {@link ParserScorer}. Thread-safe (the parser is).
 */
final class BasicDependencyParse extends SentenceAnnotator {

    private final DependencyParser parser;

    private BasicDependencyParse(DependencyParser parser) {
        this.parser = parser;
    }

    /** Loads the parser as CoreNLP's {@code depparse} annotator would from {@code properties}. */
    static BasicDependencyParse load(Properties properties) {
        Properties own = PropertiesUtils.extractPrefixedProperties(properties, "depparse.");
        if (own.containsKey("extradependencies")) {
            throw new IllegalArgumentException("depparse.extradependencies is not supported by Dossier's parse"
                    + " annotator, which builds the basic dependencies only; drop the property");
        }
        // A parser of our own, not DependencyParser.loadFromModelFile's: that one comes from CoreNLP's JVM-wide
        // DependencyParserCache, shared with every other depparse annotator in the process (CoreNLP's own pipeline in
        // the benchmark, a second Dossier annotator), and install() replaces its classifier.
        DependencyParser parser = new DependencyParser(own);
        parser.loadModelFile(own.getProperty("model", DependencyParser.DEFAULT_MODEL));
        ParserScorer.install(parser);
        return new BasicDependencyParse(parser);
    }

    /** The parser, for tests. */
    DependencyParser parser() {
        return parser;
    }

    @Override
    protected void doOneSentence(Annotation annotation, CoreMap sentence) {
        GrammaticalStructure gs = parser.predict(sentence);
        SemanticGraph basic = SemanticGraphFactory.makeFromTree(gs, SemanticGraphFactory.Mode.BASIC,
                GrammaticalStructure.Extras.NONE, null);
        sentence.set(SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class, basic);
    }

    @Override
    protected void doOneFailedSentence(Annotation annotation, CoreMap sentence) {
        // no time limit is set (maxTime), so no sentence fails for lack of time
    }

    @Override
    protected int nThreads() {
        return 1;
    }

    @Override
    protected long maxTime() {
        return -1;
    }

    @Override
    public Set<Class<? extends CoreAnnotation>> requires() {
        return Set.of(CoreAnnotations.TextAnnotation.class, CoreAnnotations.IndexAnnotation.class,
                CoreAnnotations.ValueAnnotation.class, CoreAnnotations.TokensAnnotation.class,
                CoreAnnotations.SentencesAnnotation.class, CoreAnnotations.SentenceIndexAnnotation.class,
                CoreAnnotations.PartOfSpeechAnnotation.class);
    }

    @Override
    public Set<Class<? extends CoreAnnotation>> requirementsSatisfied() {
        return Set.of(SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class);
    }
}

package org.dossier.annotate.corenlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.util.CoreMap;
import org.dossier.annotate.AnnotatedArticle;
import org.dossier.annotate.Annotator;
import org.dossier.annotate.Dependency;
import org.dossier.annotate.Sentence;
import org.dossier.annotate.Token;

import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * Annotates with a Stanford CoreNLP pipeline, loaded once in the constructor. Thread-safe: CoreNLP's
 * annotators used here may be shared between threads.
 *
 * <p>The default profile ({@link #dossierProperties()}) runs tokenize, ssplit, pos, lemma, ner and depparse.
 * It leaves out what Dossier does itself or does not need: SUTime and the numeric classifiers (our own
 * temporal tagger finds and normalizes dates), and statistical coreference (over half of CoreNLP's default
 * running time; Dossier resolves names, titles and pronouns itself). See {@code docs/quality.md}.
 */
public final class CoreNlpAnnotator implements Annotator {

    /** Names {@link #dossierProperties()} in annotation caches; change it whenever those properties change. */
    public static final String PROFILE = "corenlp-4.5.10-dossier-v1";

    private final StanfordCoreNLP pipeline;
    private final boolean parses;

    public CoreNlpAnnotator() {
        this(dossierProperties());
    }

    public CoreNlpAnnotator(Properties properties) {
        this.pipeline = new StanfordCoreNLP(properties);
        this.parses = properties.getProperty("annotators", "").contains("depparse");
    }

    /** The pipeline Dossier runs by default. */
    public static Properties dossierProperties() {
        Properties p = new Properties();
        p.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner,depparse");
        p.setProperty("ssplit.newlineIsSentenceBreak", "always");
        p.setProperty("tokenize.options", "invertible=true,splitHyphenated=false");
        p.setProperty("ner.useSUTime", "false");
        p.setProperty("ner.applyNumericClassifiers", "false");
        p.setProperty("ner.docdate.usePresent", "false");
        return p;
    }

    /**
     * CoreNLP's own default English pipeline, as the anchors in {@code bench/anchors.md} ran it:
     * the baseline Dossier is compared with.
     */
    public static Properties coreNlpDefaultProperties() {
        Properties p = new Properties();
        p.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner,depparse,coref,quote");
        p.setProperty("coref.algorithm", "statistical");
        p.setProperty("quote.attributeQuotes", "true");
        return p;
    }

    /** CoreNLP's own account of the time each annotator has taken so far, one line per annotator. */
    public String timing() {
        return pipeline.timingInformation();
    }

    @Override
    public AnnotatedArticle annotate(String text) {
        Annotation doc = new Annotation(text);
        pipeline.annotate(doc);
        List<Sentence> sentences = new ArrayList<>();
        for (CoreMap s : doc.get(CoreAnnotations.SentencesAnnotation.class)) {
            sentences.add(convert(sentences.size(), s));
        }
        return new AnnotatedArticle(text, sentences);
    }

    private Sentence convert(int index, CoreMap s) {
        List<CoreLabel> labels = s.get(CoreAnnotations.TokensAnnotation.class);
        List<Token> tokens = new ArrayList<>(labels.size());
        for (int i = 0; i < labels.size(); i++) {
            CoreLabel l = labels.get(i);
            String word = l.originalText() != null ? l.originalText() : l.word();
            String ner = orO(l.ner());
            String coarse = l.get(CoreAnnotations.CoarseNamedEntityTagAnnotation.class);
            tokens.add(new Token(i, l.beginPosition(), l.endPosition(), word,
                    l.lemma() != null ? l.lemma() : word, l.tag(), ner, coarse != null ? coarse : ner));
        }
        List<Dependency> deps = new ArrayList<>();
        if (parses) {
            SemanticGraph g = s.get(SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class);
            if (g != null) {
                for (IndexedWord root : g.getRoots()) {
                    deps.add(new Dependency("root", -1, root.index() - 1));
                }
                for (SemanticGraphEdge e : g.edgeListSorted()) {
                    deps.add(new Dependency(e.getRelation().toString(), e.getGovernor().index() - 1,
                            e.getDependent().index() - 1));
                }
            }
        }
        int start = s.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
        int end = s.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
        return new Sentence(index, start, end, tokens, deps);
    }

    private static String orO(String tag) {
        return tag == null ? "O" : tag;
    }
}

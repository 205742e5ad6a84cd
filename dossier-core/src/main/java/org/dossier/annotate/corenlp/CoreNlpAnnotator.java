package org.dossier.annotate.corenlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.AnnotationPipeline;
import edu.stanford.nlp.pipeline.AnnotatorImplementations;
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
import org.dossier.annotate.lexicon.NameLexicon;

import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Annotates with a Stanford CoreNLP pipeline, loaded once in the constructor. Thread-safe: CoreNLP's
 * annotators used here may be shared between threads, so one copy of the models serves every worker.
 *
 * <p>The default profile ({@link #dossierProperties()}) runs tokenize, ssplit, pos, lemma, the statistical NER and
 * depparse, then gives the fine-grained name tags (CITY, COUNTRY, NATIONALITY, TITLE, ...) from Dossier's own
 * lists ({@link NameLexicon}) instead of CoreNLP's fine-grained pass over the KBP gazetteers, which took about 80 %
 * of annotation time and most of the heap. It leaves out what Dossier does itself or does not need: SUTime and the
 * numeric classifiers (our own temporal tagger finds and normalizes dates), CoreNLP's entity mentions, and
 * statistical coreference (over half of CoreNLP's default running time; Dossier resolves names, titles and pronouns
 * itself). The parse gives the basic dependencies only ({@link BasicDependencyParse}: CoreNLP's annotator builds four
 * more graphs no layer reads) and scores with {@link ParserScorer} (the same parses in less than half the time).
 * Its models are loaded in parallel. A sentence longer than {@value #MAX_SENTENCE_TOKENS} tokens (a
 * table, a text with no punctuation) is cut into pieces first, with a warning, so time and memory stay linear in
 * the article's length. See {@code docs/quality.md}.
 */
public final class CoreNlpAnnotator implements Annotator {

    /** The longest sentence annotated as one; longer ones are cut ({@link SentenceBound}). */
    public static final int MAX_SENTENCE_TOKENS = 200;

    /** Marks {@link #dossierProperties()}: fine-grained tags from {@link NameLexicon}, long sentences cut. */
    static final String DOSSIER_PROFILE_PROPERTY = "dossier.profile";

    /**
     * Names {@link #dossierProperties()} in annotation caches, which keep what {@link #withoutNameLists()} gives
     * (the name lists are applied after the cache, so editing them needs no re-annotation); change it whenever
     * those properties change.
     */
    public static final String PROFILE = "corenlp-4.5.10-dossier-v2";

    private final AnnotationPipeline pipeline;
    private final boolean parses;
    private final NameLexicon names;
    private final SentenceBound bound;

    /** Dossier's profile ({@link #dossierProperties()}) with its name lists applied. */
    public CoreNlpAnnotator() {
        this(dossierProperties());
    }

    /**
     * A pipeline of {@code properties}; with {@link #dossierProperties()}, Dossier's, with its name lists applied.
     */
    public CoreNlpAnnotator(Properties properties) {
        this(properties, true);
    }

    private CoreNlpAnnotator(Properties properties, boolean applyNames) {
        this.parses = properties.getProperty("annotators", "").contains("depparse");
        if (Boolean.parseBoolean(properties.getProperty(DOSSIER_PROFILE_PROPERTY, "false"))) {
            this.names = applyNames ? NameLexicon.standard() : null;
            this.bound = new SentenceBound(MAX_SENTENCE_TOKENS);
            this.pipeline = loadInParallel(properties, bound);
        } else {
            this.names = null;
            this.bound = null;
            this.pipeline = new StanfordCoreNLP(properties);
        }
    }

    /**
     * Dossier's profile without its name lists: each token's fine-grained tag is its statistical one. What
     * annotation caches keep ({@link #PROFILE}); {@link NameLexicon#retag} gives the rest.
     */
    public static CoreNlpAnnotator withoutNameLists() {
        return new CoreNlpAnnotator(dossierProperties(), false);
    }

    /**
     * Builds Dossier's pipeline with its three models (tagger, NER classifiers, parser) loaded at once on as many
     * threads: a third of the sequential load time on two cores. The parser is Dossier's {@link BasicDependencyParse},
     * not CoreNLP's {@code depparse} annotator; its annotations are byte-identical to those of the same profile with
     * CoreNLP's ({@code SameAnnotations} in dossier-bench), so {@link #PROFILE} did not change.
     */
    private static AnnotationPipeline loadInParallel(Properties p, SentenceBound bound) {
        AnnotatorImplementations impl = new AnnotatorImplementations();
        ExecutorService loaders = Executors.newFixedThreadPool(3, r -> {
            Thread t = new Thread(r, "corenlp-model-loader");
            t.setDaemon(true);
            return t;
        });
        try {
            var ner = CompletableFuture.supplyAsync(() -> impl.ner(p), loaders);
            var parser = CompletableFuture.supplyAsync(
                    () -> (edu.stanford.nlp.pipeline.Annotator) BasicDependencyParse.load(p), loaders);
            var tagger = CompletableFuture.supplyAsync(() -> impl.posTagger(p), loaders);
            AnnotationPipeline pipeline = new AnnotationPipeline();
            pipeline.addAnnotator(impl.tokenizer(p));
            pipeline.addAnnotator(impl.wordToSentences(p));
            pipeline.addAnnotator(bound);
            pipeline.addAnnotator(join(tagger));
            pipeline.addAnnotator(impl.morpha(p, false));
            pipeline.addAnnotator(join(ner));
            pipeline.addAnnotator(join(parser));
            return pipeline;
        } finally {
            loaders.shutdown();
        }
    }

    private static edu.stanford.nlp.pipeline.Annotator join(CompletableFuture<edu.stanford.nlp.pipeline.Annotator> f) {
        try {
            return f.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw e;
        }
    }

    /** The pipeline Dossier runs by default. */
    public static Properties dossierProperties() {
        Properties p = new Properties();
        p.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner,depparse");
        p.setProperty(DOSSIER_PROFILE_PROPERTY, "true");
        p.setProperty("ssplit.newlineIsSentenceBreak", "always");
        p.setProperty("tokenize.options", "invertible=true,splitHyphenated=false");
        p.setProperty("ner.useSUTime", "false");
        p.setProperty("ner.applyNumericClassifiers", "false");
        p.setProperty("ner.applyFineGrained", "false");
        p.setProperty("ner.buildEntityMentions", "false");
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
        AnnotatedArticle annotated = new AnnotatedArticle(text, sentences,
                bound == null ? List.of() : SentenceBound.warnings(doc));
        return names == null ? annotated : names.retag(annotated);
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

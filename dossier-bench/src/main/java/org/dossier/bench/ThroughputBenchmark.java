package org.dossier.bench;

import org.dossier.annotate.AnnotatedArticle;
import org.dossier.annotate.Annotator;
import org.dossier.annotate.Sentence;
import org.dossier.annotate.corenlp.CoreNlpAnnotator;
import org.dossier.ingest.ArticleInput;
import org.dossier.ingest.ArticleReader;
import org.dossier.model.Article;
import org.dossier.pipeline.DossierPipeline;
import org.dossier.pipeline.Extractors;

import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * Tokens per second of Dossier's extract pipeline and of CoreNLP's default English pipeline (the one
 * {@code bench/anchors.md} measured: tokenize, ssplit, pos, lemma, ner with SUTime, depparse, statistical coref,
 * quote attribution) over the same articles, one after the other in one JVM, with each one's model-load time and
 * peak heap. Tokens are counted once, from Dossier's tokenization, so both rates share a denominator.
 *
 * <p>Usage: {@code ThroughputBenchmark [CORPUS_DIR] [--limit N]}; CORPUS_DIR defaults to
 * {@code ../shared/bench/polnear-dev}.
 */
public final class ThroughputBenchmark {

    /** One pipeline's run. */
    record Run(String name, double loadSeconds, double runSeconds, long tokens, long peakHeapBytes) {
        double tokensPerSecond() {
            return tokens / runSeconds;
        }
    }

    public static void main(String[] args) {
        String corpus = "../shared/bench/polnear-dev";
        int limit = Integer.MAX_VALUE;
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--limit")) {
                limit = Integer.parseInt(args[++i]);
            } else {
                corpus = args[i];
            }
        }
        List<Article> articles = new ArrayList<>();
        new ArticleReader(InputStream.nullInputStream()).read(List.of(corpus), in -> {
            if (in instanceof ArticleInput.Loaded l) {
                articles.add(l.article());
            } else {
                System.err.println("skipped: " + ((ArticleInput.Failed) in).message());
            }
        });
        List<Article> sample = articles.subList(0, Math.min(limit, articles.size()));
        System.out.printf(Locale.ROOT, "corpus %s: %d articles%n", corpus, sample.size());

        Run dossier = measure("dossier", CoreNlpAnnotator::new, true, sample);
        Run own = measure("corenlp-default",
                () -> new CoreNlpAnnotator(CoreNlpAnnotator.coreNlpDefaultProperties()), false, sample);
        Run baseline = new Run(own.name(), own.loadSeconds(), own.runSeconds(), dossier.tokens(), own.peakHeapBytes());

        System.out.println();
        System.out.println("pipeline         load s   run s   tokens   tokens/s   peak heap MB");
        for (Run r : List.of(dossier, baseline)) {
            System.out.printf(Locale.ROOT, "%-15s %7.1f %7.1f %8d %10.1f %14.0f%n", r.name(), r.loadSeconds(),
                    r.runSeconds(), r.tokens(), r.tokensPerSecond(), r.peakHeapBytes() / 1e6);
        }
        System.out.printf(Locale.ROOT, "speed ratio dossier / corenlp-default: %.2fx%n",
                dossier.tokensPerSecond() / baseline.tokensPerSecond());
    }

    /**
     * Loads an annotator, then annotates every article (and, for Dossier, runs its extractors), sampling the heap
     * in use every 10 ms; tokens are counted from the annotator's own tokenization.
     */
    private static Run measure(String name, Supplier<Annotator> factory, boolean extract, List<Article> articles) {
        System.gc();
        HeapSampler heap = new HeapSampler();
        heap.start();
        long t0 = System.nanoTime();
        Annotator annotator = factory.get();
        DossierPipeline pipeline = new DossierPipeline(annotator, Extractors.standard());
        long t1 = System.nanoTime();
        long tokens = 0;
        int done = 0;
        for (Article a : articles) {
            AnnotatedArticle annotated = annotator.annotate(a.text());
            if (extract) {
                pipeline.extract(a, annotated, List.of());
            }
            tokens += tokens(annotated);
            progress(name, ++done, articles.size(), t1);
        }
        long t2 = System.nanoTime();
        if (annotator instanceof CoreNlpAnnotator c) {
            System.out.println(name + ": " + c.timing());
        }
        return new Run(name, (t1 - t0) / 1e9, (t2 - t1) / 1e9, tokens, heap.peak());
    }

    private static long tokens(AnnotatedArticle a) {
        long n = 0;
        for (Sentence s : a.sentences()) {
            n += s.tokens().size();
        }
        return n;
    }

    private static void progress(String name, int done, int total, long startNanos) {
        if (done % 10 == 0 || done == total) {
            double secs = (System.nanoTime() - startNanos) / 1e9;
            System.err.printf(Locale.ROOT, "%s: %d/%d articles, %.2f/s, ETA %.0f s%n", name, done, total,
                    done / secs, (total - done) * secs / done);
        }
    }

    /** Samples the heap in use on a daemon thread; {@link #peak()} stops it and gives the highest figure seen. */
    private static final class HeapSampler extends Thread {
        private volatile boolean running = true;
        private long peak;

        HeapSampler() {
            super("heap-sampler");
            setDaemon(true);
        }

        @Override
        public void run() {
            var memory = ManagementFactory.getMemoryMXBean();
            while (running) {
                peak = Math.max(peak, memory.getHeapMemoryUsage().getUsed());
                try {
                    Thread.sleep(10);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }

        long peak() {
            running = false;
            try {
                join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return peak;
        }
    }
}

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

import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Tokens per second of Dossier's extract pipeline and of CoreNLP's default English pipeline (the one
 * {@code bench/anchors.md} measured: tokenize, ssplit, pos, lemma, ner with SUTime and the KBP fine-grained pass,
 * depparse, statistical coref, quote attribution) over the same articles in one run, each warmed up first, with
 * each one's model-load time, peak heap in use and peak resident set size of the process; and Dossier with one and
 * with two worker threads sharing one pipeline, as {@code dossier extract --threads N} does. Tokens are counted
 * once, from Dossier's tokenization, so every rate shares a denominator.
 *
 * <p>Phases run one after the other, each pipeline released before the next is loaded, so each phase's peak RSS
 * (read from {@code /proc/self/status} after resetting it through {@code /proc/self/clear_refs}) is its own.
 *
 * <p>Usage: {@code ThroughputBenchmark [CORPUS_DIR] [--limit N] [--warmup N] [--long DIR] [--long-limit N]
 * [--skip-corenlp]}; CORPUS_DIR defaults to {@code ../shared/bench/polnear-dev}; {@code --long} adds the same
 * comparison over the {@code --long-limit} longest articles of DIR (default 12).
 */
public final class ThroughputBenchmark {

    private static final java.lang.management.ThreadMXBean CPU = ManagementFactory.getThreadMXBean();

    /** One timed pass. */
    record Run(String name, double loadSeconds, double runSeconds, double cpuSeconds, long tokens,
               long peakHeapBytes, long peakRssBytes) {
        double tokensPerSecond() {
            return tokens / runSeconds;
        }

        /** Tokens per second of CPU time of the annotating threads: what a shared, loaded machine distorts least. */
        double tokensPerCpuSecond() {
            return tokens / cpuSeconds;
        }
    }

    public static void main(String[] args) {
        String corpus = "../shared/bench/polnear-dev";
        String longCorpus = null;
        int limit = Integer.MAX_VALUE;
        int warmup = 10;
        int longLimit = 12;
        boolean coreNlp = true;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--limit" -> limit = Integer.parseInt(args[++i]);
                case "--warmup" -> warmup = Integer.parseInt(args[++i]);
                case "--long" -> longCorpus = args[++i];
                case "--long-limit" -> longLimit = Integer.parseInt(args[++i]);
                case "--skip-corenlp" -> coreNlp = false;
                default -> corpus = args[i];
            }
        }
        List<Article> all = read(corpus);
        List<Article> sample = all.subList(0, Math.min(limit, all.size()));
        List<Article> longest = List.of();
        if (longCorpus != null) {
            List<Article> l = new ArrayList<>(read(longCorpus));
            l.sort(Comparator.comparingInt((Article a) -> a.text().length()).reversed());
            longest = l.subList(0, Math.min(longLimit, l.size()));
        }
        List<Article> warm = sample.subList(0, Math.min(warmup, sample.size()));
        System.out.printf(Locale.ROOT, "corpus %s: %d articles (warm-up: the first %d, untimed); long set %s: %d"
                + " longest articles; %d cores, load average %.1f at start%n", corpus, sample.size(), warm.size(),
                longCorpus, longest.size(), Runtime.getRuntime().availableProcessors(), loadAverage());

        List<Run> runs = new ArrayList<>();
        // Dossier: load, warm up, then one thread, two threads, and the long set
        resetPeakRss();
        HeapSampler heap = new HeapSampler();
        long t0 = System.nanoTime();
        CoreNlpAnnotator dossierAnnotator = new CoreNlpAnnotator();
        DossierPipeline dossier = new DossierPipeline(dossierAnnotator, Extractors.standard());
        double dossierLoad = (System.nanoTime() - t0) / 1e9;
        System.out.printf(Locale.ROOT, "dossier: models loaded in %.1f s%n", dossierLoad);
        long dossierAnnotated = pass("dossier warm-up", dossierAnnotator, dossier, warm, 1, new AtomicLong());
        long[] dossierTokens = new long[1];
        Run one = timed("dossier --threads 1", dossierLoad, dossierAnnotator, dossier, sample, 1, heap, dossierTokens);
        runs.add(one);
        runs.add(timed("dossier --threads 2", dossierLoad, dossierAnnotator, dossier, sample, 2, heap, null));
        long[] longTokens = new long[1];
        Run longDossier = longest.isEmpty() ? null
                : timed("dossier long, 1 thread", dossierLoad, dossierAnnotator, dossier, longest, 1, heap, longTokens);
        if (longDossier != null) {
            runs.add(longDossier);
        }
        for (Run r : runs) {
            dossierAnnotated += r.tokens();
        }
        String dossierTiming = dossierAnnotator.timing();
        dossierAnnotator = null;
        dossier = null;
        heap.close();

        Run base = null;
        Run longBase = null;
        String baseTiming = null;
        long baseAnnotated = 0;
        if (coreNlp) {
            System.gc();
            resetPeakRss();
            HeapSampler baseHeap = new HeapSampler();
            t0 = System.nanoTime();
            CoreNlpAnnotator baseline = new CoreNlpAnnotator(CoreNlpAnnotator.coreNlpDefaultProperties());
            double baseLoad = (System.nanoTime() - t0) / 1e9;
            System.out.printf(Locale.ROOT, "corenlp-default: models loaded in %.1f s%n", baseLoad);
            baseAnnotated = pass("corenlp-default warm-up", baseline, null, warm, 1, new AtomicLong());
            base = withTokens(timed("corenlp-default", baseLoad, baseline, null, sample, 1, baseHeap, null),
                    dossierTokens[0]);
            runs.add(base);
            if (!longest.isEmpty()) {
                longBase = withTokens(timed("corenlp-default long", baseLoad, baseline, null, longest, 1, baseHeap,
                        null), longTokens[0]);
                runs.add(longBase);
            }
            baseAnnotated += base.tokens() + (longBase == null ? 0 : longBase.tokens());
            baseTiming = baseline.timing();
            baseHeap.close();
        }

        System.out.println();
        System.out.println("| pipeline | model load s | run s (wall) | CPU s | tokens | tokens/s (wall) | tokens per CPU s"
                + " | peak heap in use MB | peak RSS MB |");
        System.out.println("|---|---|---|---|---|---|---|---|---|");
        for (Run r : runs) {
            System.out.printf(Locale.ROOT, "| %s | %.1f | %.1f | %.1f | %d | %.0f | %.0f | %.0f | %.0f |%n", r.name(),
                    r.loadSeconds(), r.runSeconds(), r.cpuSeconds(), r.tokens(), r.tokensPerSecond(),
                    r.tokensPerCpuSecond(), r.peakHeapBytes() / 1e6, r.peakRssBytes() / 1e6);
        }
        Run two = runs.get(1);
        System.out.printf(Locale.ROOT, "%nthreads 2 / threads 1: %.2fx%n", two.tokensPerSecond() / one.tokensPerSecond());
        if (base != null) {
            System.out.printf(Locale.ROOT, "speed ratio dossier (1 thread) / corenlp-default: %.2fx wall, %.2fx CPU%n",
                    one.tokensPerSecond() / base.tokensPerSecond(), one.tokensPerCpuSecond() / base.tokensPerCpuSecond());
        }
        if (longBase != null) {
            System.out.printf(Locale.ROOT, "long articles, speed ratio dossier / corenlp-default: %.2fx wall, %.2fx CPU%n",
                    longDossier.tokensPerSecond() / longBase.tokensPerSecond(),
                    longDossier.tokensPerCpuSecond() / longBase.tokensPerCpuSecond());
        }
        System.out.printf(Locale.ROOT, "load average at the end: %.1f%n", loadAverage());
        System.out.println("dossier " + dossierTiming);
        if (baseTiming != null) {
            System.out.println("corenlp-default " + baseTiming);
        }
        // CoreNLP's timings add up every pass (warm-up, one thread, two threads, long set: Dossier annotates about
        // twice the tokens CoreNLP does) in wall time summed over threads; per token they can be compared
        System.out.println();
        System.out.println("CoreNLP's per-annotator wall time per 1,000 tokens annotated (every pass, warm-up included;"
                + " on a loaded machine wall time also counts waiting for a core):");
        System.out.println("dossier (" + dossierAnnotated + " tokens): " + perThousand(dossierTiming, dossierAnnotated));
        if (baseTiming != null) {
            System.out.println("corenlp-default (" + baseAnnotated + " tokens): " + perThousand(baseTiming, baseAnnotated));
        }
    }

    /** CoreNLP's timing lines ("POSTaggerAnnotator: 17.2 sec.") as milliseconds per 1,000 tokens, one after the other. */
    static String perThousand(String timing, long tokens) {
        StringBuilder out = new StringBuilder();
        Matcher m = Pattern.compile("(?m)^(\\w+): ([0-9.]+) sec\\.").matcher(timing);
        while (m.find()) {
            if (!out.isEmpty()) {
                out.append(", ");
            }
            out.append(String.format(Locale.ROOT, "%s %.1f ms", m.group(1),
                    Double.parseDouble(m.group(2)) * 1e6 / Math.max(1, tokens)));
        }
        return out.toString();
    }

    /** The articles of {@code corpus} as extract reads them; an unreadable one is skipped with its message. */
    static List<Article> read(String corpus) {
        List<Article> articles = new ArrayList<>();
        new ArticleReader(InputStream.nullInputStream()).read(List.of(corpus), in -> {
            if (in instanceof ArticleInput.Loaded l) {
                articles.add(l.article());
            } else {
                System.err.println("skipped: " + ((ArticleInput.Failed) in).message());
            }
        });
        return articles;
    }

    private static Run withTokens(Run r, long tokens) {
        return new Run(r.name(), r.loadSeconds(), r.runSeconds(), r.cpuSeconds(), tokens, r.peakHeapBytes(),
                r.peakRssBytes());
    }

    private static Run timed(String name, double load, Annotator annotator, DossierPipeline pipeline,
                             List<Article> articles, int threads, HeapSampler heap, long[] tokensOut) {
        heap.reset();
        long t1 = System.nanoTime();
        AtomicLong cpu = new AtomicLong();
        long tokens = pass(name, annotator, pipeline, articles, threads, cpu);
        double secs = (System.nanoTime() - t1) / 1e9;
        if (tokensOut != null) {
            tokensOut[0] = tokens;
        }
        return new Run(name, load, secs, cpu.get() / 1e9, tokens, heap.peak(), peakRss());
    }

    /**
     * Annotates every article (and, with a pipeline, extracts every layer) on {@code threads} workers sharing the
     * one annotator; the tokens counted from the annotator's own tokenization.
     */
    private static long pass(String name, Annotator annotator, DossierPipeline pipeline, List<Article> articles,
                             int threads, AtomicLong cpuNanos) {
        AtomicLong tokens = new AtomicLong();
        AtomicLong done = new AtomicLong();
        long start = System.nanoTime();
        ExecutorService workers = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (Article a : articles) {
                futures.add(workers.submit(() -> {
                    long c0 = CPU.getCurrentThreadCpuTime();
                    AnnotatedArticle annotated = annotator.annotate(a.text());
                    if (pipeline != null) {
                        pipeline.extract(a, annotated, List.of());
                    }
                    cpuNanos.addAndGet(CPU.getCurrentThreadCpuTime() - c0);
                    tokens.addAndGet(tokens(annotated));
                    progress(name, done.incrementAndGet(), articles.size(), start);
                }));
            }
            for (Future<?> f : futures) {
                f.get();
            }
        } catch (Exception e) {
            throw new IllegalStateException(name + " failed: " + e.getMessage(), e);
        } finally {
            workers.shutdown();
        }
        return tokens.get();
    }

    private static long tokens(AnnotatedArticle a) {
        long n = 0;
        for (Sentence s : a.sentences()) {
            n += s.tokens().size();
        }
        return n;
    }

    private static void progress(String name, long done, int total, long startNanos) {
        if (done % 10 == 0 || done == total) {
            double secs = (System.nanoTime() - startNanos) / 1e9;
            System.err.printf(Locale.ROOT, "%s: %d/%d articles, %.2f/s, ETA %.0f s%n", name, done, total,
                    done / secs, (total - done) * secs / done);
        }
    }

    private static double loadAverage() {
        return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }

    /** Resets the kernel's peak resident set size of this process (Linux: writing 5 to clear_refs). */
    private static void resetPeakRss() {
        try {
            Files.writeString(Path.of("/proc/self/clear_refs"), "5");
        } catch (IOException | UnsupportedOperationException e) {
            System.err.println("cannot reset the peak RSS (" + e.getMessage() + "); it counts from the start");
        }
    }

    /** The peak resident set size of this process since the last reset (VmHWM), or -1 where unknown. */
    private static long peakRss() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmHWM:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", "")) * 1024;
                }
            }
        } catch (IOException | NumberFormatException e) {
            // not Linux
        }
        return -1;
    }

    /** Samples the heap in use every 10 ms on a daemon thread. */
    private static final class HeapSampler extends Thread implements AutoCloseable {
        private volatile boolean running = true;
        private volatile long peak;

        HeapSampler() {
            super("heap-sampler");
            setDaemon(true);
            start();
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

        void reset() {
            peak = 0;
        }

        long peak() {
            return peak;
        }

        @Override
        public void close() {
            running = false;
            interrupt();
        }
    }
}

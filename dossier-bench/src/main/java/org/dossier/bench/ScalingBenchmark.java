package org.dossier.bench;

import org.dossier.annotate.AnnotatedArticle;
import org.dossier.annotate.Sentence;
import org.dossier.model.Article;
import org.dossier.pipeline.DossierPipeline;
import org.dossier.pipeline.DossierPipelines;
import org.dossier.pipeline.OrderedWork;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

/**
 * How {@code dossier extract --threads N} scales: one pipeline ({@link DossierPipelines#standard()}, as the launcher
 * builds it) shared by 1 and then 2 worker threads of {@link OrderedWork}, the pool {@code extract} uses, over the
 * same articles, in passes that alternate (1, 2, 1, 2 after an untimed warm-up) so that neither setting gets the
 * better-compiled code or the quieter minutes of a shared machine. Run it under the launcher's JVM options (what
 * {@code scripts/bench-threads} does), so its heap and collector are what a user gets.
 *
 * <p>Articles are handed out longest first, so the tail of a pass is short articles and two threads are not
 * measured waiting for one long article; the best ratio that order allows (article lengths in characters, greedy
 * assignment) is printed beside the measured one. For each pass it prints wall time, tokens/s, the CPU time of the
 * worker threads (tokens per CPU second: the same in both settings when nothing is computed twice), the time the
 * workers spent blocked on a monitor or waiting (lock contention, read from {@link ThreadMXBean} with contention
 * monitoring on), the collectors' pause time and count, the JIT's compile time, the process's CPU time and the
 * machine's idle time over the pass ({@code /proc/stat}): when two workers do not give twice the rate, these say
 * whether they waited on each other, on the collector, or on other processes.
 *
 * <p>Usage: {@code ScalingBenchmark [CORPUS_DIR] [--warmup N] [--rounds N] [--limit N]} (default {@code ../shared/bench/polnear-dev},
 * every article once as warm-up, 2 rounds of 1 and 2 threads, every article of the corpus; {@code --limit} takes the first N
 * in reading order).
 */
public final class ScalingBenchmark {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    /** One timed pass. */
    record Pass(int threads, double wall, double workerCpu, long tokens, double blocked, double waited,
                double gcSeconds, long gcCount, double jitSeconds, double processCpu, double idleCores,
                double loadAverage, java.util.Map<String, Double> cpuByKind) {
        double rate() {
            return tokens / wall;
        }

        double perCpu() {
            return tokens / workerCpu;
        }
    }

    public static void main(String[] args) throws Exception {
        String corpus = "../shared/bench/polnear-dev";
        int warmup = Integer.MAX_VALUE;
        int rounds = 2;
        int limit = Integer.MAX_VALUE;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--warmup" -> warmup = Integer.parseInt(args[++i]);
                case "--rounds" -> rounds = Integer.parseInt(args[++i]);
                case "--limit" -> limit = Integer.parseInt(args[++i]);
                default -> corpus = args[i];
            }
        }
        if (THREADS.isThreadContentionMonitoringSupported()) {
            THREADS.setThreadContentionMonitoringEnabled(true);
        }
        List<Article> articles = ThroughputBenchmark.read(corpus);
        articles = new ArrayList<>(articles.subList(0, Math.min(limit, articles.size())));
        articles.sort(Comparator.comparingInt((Article a) -> a.text().length()).reversed());
        System.out.printf(Locale.ROOT, "corpus %s: %d articles, longest first; %d cores; JVM %s; heap max %d MB;"
                        + " collectors %s; load average %.1f%n", corpus, articles.size(),
                Runtime.getRuntime().availableProcessors(),
                String.join(" ", ManagementFactory.getRuntimeMXBean().getInputArguments()),
                Runtime.getRuntime().maxMemory() >> 20, collectors(), load());
        System.out.printf(Locale.ROOT, "best ratio this order allows (2 threads, greedy, by characters): %.3fx%n",
                bestRatio(articles));
        long t0 = System.nanoTime();
        DossierPipeline pipeline = DossierPipelines.standard();
        System.out.printf(Locale.ROOT, "models loaded in %.1f s%n", (System.nanoTime() - t0) / 1e9);
        // warm-up, untimed: every article (or the --warmup shortest) on two threads, so that the JIT has compiled
        // the hot code before the timed passes (it compiles for minutes, on the core a single worker leaves free)
        List<Article> warm = articles.subList(Math.max(0, articles.size() - warmup), articles.size());
        Pass w = run(pipeline, warm, 2);
        System.out.printf(Locale.ROOT, "warm-up: %d articles on 2 threads in %.1f s (JIT %.1f s of CPU)%n",
                warm.size(), w.wall(), w.cpuByKind().getOrDefault("JIT", Double.NaN));
        List<Pass> passes = new ArrayList<>();
        System.out.println();
        System.out.println("| threads | wall s | tokens | tokens/s | worker CPU s | tokens per CPU s | blocked s |"
                + " waited s | GC pauses s (n) | JIT compile s | process CPU s | CPU s by thread | idle cores |"
                + " load avg |");
        System.out.println("|---|---|---|---|---|---|---|---|---|---|---|---|---|---|");
        for (int r = 0; r < rounds; r++) {
            for (int threads : new int[] {1, 2}) {
                Pass p = run(pipeline, articles, threads);
                passes.add(p);
                StringBuilder kinds = new StringBuilder();
                p.cpuByKind().forEach((k, v) -> kinds.append(kinds.length() == 0 ? "" : ", ")
                        .append(String.format(Locale.ROOT, "%s %.1f", k, v)));
                System.out.printf(Locale.ROOT, "| %d | %.1f | %d | %.0f | %.1f | %.0f | %.2f | %.2f | %.2f (%d) |"
                                + " %.1f | %.1f | %s | %.2f | %.1f |%n", p.threads(), p.wall(), p.tokens(), p.rate(),
                        p.workerCpu(), p.perCpu(), p.blocked(), p.waited(), p.gcSeconds(), p.gcCount(),
                        p.jitSeconds(), p.processCpu(), kinds, p.idleCores(), p.loadAverage());
            }
        }
        double one = passes.stream().filter(p -> p.threads() == 1).mapToDouble(Pass::wall).sum();
        double two = passes.stream().filter(p -> p.threads() == 2).mapToDouble(Pass::wall).sum();
        double cpuOne = passes.stream().filter(p -> p.threads() == 1).mapToDouble(Pass::workerCpu).sum();
        double cpuTwo = passes.stream().filter(p -> p.threads() == 2).mapToDouble(Pass::workerCpu).sum();
        System.out.printf(Locale.ROOT, "%nthreads 2 / threads 1: %.2fx wall (over %d rounds); worker CPU per"
                + " token, 2 / 1: %.2f; load average at the end %.1f%n", one / two, rounds, cpuTwo / cpuOne, load());
    }

    /** Extracts every article on {@code threads} workers of an {@link OrderedWork}, as {@code extract} does. */
    private static Pass run(DossierPipeline pipeline, List<Article> articles, int threads) throws Exception {
        AtomicLong tokens = new AtomicLong();
        AtomicLong cpu = new AtomicLong();
        List<Long> workerIds = java.util.Collections.synchronizedList(new ArrayList<>());
        long[] gc0 = gc();
        double jit0 = jit();
        long proc0 = processCpu();
        long[] stat0 = cpuStat();
        java.util.Map<String, Double> kinds0 = cpuByKind();
        double loadStart = load();
        long t0 = System.nanoTime();
        try (OrderedWork<Future<Long>> work = new OrderedWork<>(threads, "dossier-extract", f -> {
            try {
                tokens.addAndGet(OrderedWork.await(f));
            } catch (ExecutionException e) {
                throw new IllegalStateException(e.getCause());
            }
        })) {
            for (Article a : articles) {
                work.add(work.start(() -> {
                    long id = Thread.currentThread().getId();
                    if (!workerIds.contains(id)) {
                        workerIds.add(id);
                    }
                    long c = THREADS.getCurrentThreadCpuTime();
                    AnnotatedArticle annotated = pipeline.annotator().annotate(a.text());
                    pipeline.extract(a, annotated, List.of());
                    cpu.addAndGet(THREADS.getCurrentThreadCpuTime() - c);
                    long n = 0;
                    for (Sentence s : annotated.sentences()) {
                        n += s.tokens().size();
                    }
                    return n;
                }));
            }
            work.drain();
            double wall = (System.nanoTime() - t0) / 1e9;
            long[] stat1 = cpuStat();
            java.util.Map<String, Double> kinds = cpuByKind();
            kinds.replaceAll((k, v) -> v - kinds0.getOrDefault(k, 0.0));
            double blocked = 0;
            double waited = 0;
            for (long id : workerIds) {
                ThreadInfo info = THREADS.getThreadInfo(id);
                if (info != null && info.getBlockedTime() >= 0) {
                    blocked += info.getBlockedTime() / 1e3;
                    // a pool thread waits for its next task too; count only while tasks were queued
                    waited += info.getWaitedTime() / 1e3;
                }
            }
            long[] gc1 = gc();
            double idle = stat0 == null || stat1 == null || stat1[1] == stat0[1] ? Double.NaN
                    : (double) (stat1[0] - stat0[0]) / (stat1[1] - stat0[1]) * Runtime.getRuntime().availableProcessors();
            return new Pass(threads, wall, cpu.get() / 1e9, tokens.get(), blocked, waited, (gc1[0] - gc0[0]) / 1e3,
                    gc1[1] - gc0[1], jit() - jit0, (processCpu() - proc0) / 1e9, idle, (loadStart + load()) / 2,
                    kinds);
        }
    }

    /**
     * CPU seconds of this process's threads so far, by kind: "workers" (the extract pool), "JIT" (compiler
     * threads), "GC" (the collector's threads and the VM thread that runs its pauses), "other"; read from
     * {@code /proc/self/task/TID/stat} (Linux; empty elsewhere). Threads that have ended are not counted.
     */
    private static java.util.Map<String, Double> cpuByKind() {
        java.util.Map<String, Double> kinds = new java.util.TreeMap<>();
        try (var tasks = Files.list(Path.of("/proc/self/task"))) {
            for (Path task : (Iterable<Path>) tasks::iterator) {
                String stat;
                try {
                    stat = Files.readString(task.resolve("stat"));
                } catch (java.io.IOException e) {
                    continue; // ended meanwhile
                }
                String comm = stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
                String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                double secs = (Long.parseLong(f[11]) + Long.parseLong(f[12])) / 100.0; // utime, stime: ticks
                String kind = comm.startsWith("dossier-extrac") ? "workers"
                        : comm.startsWith("C1 Compiler") || comm.startsWith("C2 Compiler") ? "JIT"
                        : comm.startsWith("GC ") || comm.startsWith("G1 ") || comm.startsWith("VM Thread")
                          || comm.startsWith("ParGC") || comm.startsWith("VM Periodic") ? "GC" : "other";
                kinds.merge(kind, secs, Double::sum);
            }
        } catch (java.io.IOException | RuntimeException e) {
            // not Linux
        }
        return kinds;
    }

    private static double bestRatio(List<Article> articles) {
        long[] t = new long[2];
        long sum = 0;
        for (Article a : articles) {
            int i = t[0] <= t[1] ? 0 : 1;
            t[i] += a.text().length();
            sum += a.text().length();
        }
        return (double) sum / Math.max(t[0], t[1]);
    }

    private static String collectors() {
        List<String> names = new ArrayList<>();
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            names.add(gc.getName());
        }
        return String.join(", ", names);
    }

    /** Milliseconds the collectors reported and how many collections (the "Pauses" beans of G1 and ZGC only). */
    private static long[] gc() {
        long ms = 0;
        long n = 0;
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            if (gc.getName().contains("Cycles")) {
                continue; // ZGC/Shenandoah's concurrent cycles are not pauses
            }
            ms += Math.max(0, gc.getCollectionTime());
            n += Math.max(0, gc.getCollectionCount());
        }
        return new long[] {ms, n};
    }

    private static double jit() {
        var c = ManagementFactory.getCompilationMXBean();
        return c != null && c.isCompilationTimeMonitoringSupported() ? c.getTotalCompilationTime() / 1e3 : Double.NaN;
    }

    private static long processCpu() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            return os.getProcessCpuTime();
        }
        return 0;
    }

    private static double load() {
        return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }

    /** Idle and total jiffies of the machine ({@code /proc/stat}), or null off Linux. */
    private static long[] cpuStat() {
        try {
            String[] f = Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
            long total = 0;
            for (int i = 1; i < f.length; i++) {
                total += Long.parseLong(f[i]);
            }
            return new long[] {Long.parseLong(f[4]) + Long.parseLong(f[5]), total};
        } catch (Exception e) {
            return null;
        }
    }
}

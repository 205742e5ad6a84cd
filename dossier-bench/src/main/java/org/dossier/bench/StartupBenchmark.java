package org.dossier.bench;

import edu.stanford.nlp.pipeline.AnnotatorImplementations;
import org.dossier.annotate.AnnotatedArticle;
import org.dossier.annotate.corenlp.CoreNlpAnnotator;
import org.dossier.annotate.lexicon.NameLexicon;
import org.dossier.export.DossierJson;
import org.dossier.ingest.ArticleInput;
import org.dossier.ingest.ArticleReader;
import org.dossier.model.Article;
import org.dossier.model.ArticleRecord;
import org.dossier.pipeline.DossierPipeline;
import org.dossier.pipeline.Extractors;
import org.dossier.pipeline.DossierPipelines;

import java.io.InputStream;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.function.Supplier;

/**
 * Where the time from {@code ./dossier extract ARTICLE} to its record goes, inside the JVM: JVM start to
 * {@code main}, each model loaded alone (wall and CPU time of its loading thread), the name lists, the extractors,
 * then the standard pipeline loaded as {@code extract} loads it, the first article's annotation, its extraction and
 * the JSON written, with the collectors' pause time and the JIT's compile time so far at each step. Meant to run in
 * a fresh JVM with the launcher's options ({@code scripts/bench-startup}); a model loaded twice is loaded faster the
 * second time (classes loaded, code compiled), so the per-model rows come first and the whole pipeline after
 * them shows what the overlap of three loaders gives.
 *
 * <p>Usage: {@code StartupBenchmark [ARTICLE_OR_DIR] [--pipeline-only]} (default {@code ../shared/corpus/dev});
 * {@code --pipeline-only} skips the per-model rows, for the plain command's sequence.
 */
public final class StartupBenchmark {

    private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();

    public static void main(String[] args) {
        long mainNanos = System.nanoTime();
        double jvmToMain = (System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime()) / 1e3;
        String path = "../shared/corpus/dev";
        boolean pipelineOnly = false;
        for (String a : args) {
            if (a.equals("--pipeline-only")) {
                pipelineOnly = true;
            } else {
                path = a;
            }
        }
        System.out.printf(Locale.ROOT, "JVM %s; load average %.1f%n",
                String.join(" ", ManagementFactory.getRuntimeMXBean().getInputArguments()), load());
        System.out.println("| step | wall s | CPU s of the step's thread | process CPU s so far | GC pauses so far s |"
                + " JIT so far s |");
        System.out.println("|---|---|---|---|---|---|");
        row("JVM start to main", jvmToMain, Double.NaN);
        Article article = first(path);
        if (!pipelineOnly) {
            Properties p = CoreNlpAnnotator.dossierProperties();
            AnnotatorImplementations impl = new AnnotatorImplementations();
            step("tokenizer + sentence split", () -> List.of(impl.tokenizer(p), impl.wordToSentences(p)));
            step("POS tagger alone", () -> impl.posTagger(p));
            step("lemmatizer", () -> impl.morpha(p, false));
            step("NER classifiers alone", () -> impl.ner(p));
            step("dependency parser alone", () -> impl.dependencies(p));
            step("name lists", NameLexicon::standard);
            step("extractors", Extractors::standard);
        }
        DossierPipeline pipeline = step("standard pipeline (three loader threads)", DossierPipelines::standard);
        AnnotatedArticle annotated = step("first article annotated", () -> pipeline.annotator().annotate(article.text()));
        ArticleRecord record = step("first article extracted", () -> pipeline.extract(article, annotated, List.of()));
        String json = step("record as JSON", () -> DossierJson.pretty(record));
        AnnotatedArticle again = step("same article annotated again (warm)",
                () -> pipeline.annotator().annotate(article.text()));
        step("same article extracted again (warm)", () -> pipeline.extract(article, again, List.of()));
        System.out.printf(Locale.ROOT, "%nmain to first record: %.2f s (+ %.2f s JVM start); %d JSON characters;"
                + " load average %.1f%n", (System.nanoTime() - mainNanos) / 1e9, jvmToMain, json.length(), load());
    }

    private static <T> T step(String name, Supplier<T> work) {
        long c = CPU.getCurrentThreadCpuTime();
        long t = System.nanoTime();
        T result = work.get();
        row(name, (System.nanoTime() - t) / 1e9, (CPU.getCurrentThreadCpuTime() - c) / 1e9);
        return result;
    }

    private static void row(String name, double wall, double cpu) {
        System.out.printf(Locale.ROOT, "| %s | %.2f | %s | %.1f | %.2f | %.1f |%n", name, wall,
                Double.isNaN(cpu) ? "" : String.format(Locale.ROOT, "%.2f", cpu), processCpu(), gcSeconds(), jit());
    }

    private static Article first(String path) {
        List<Article> articles = new ArrayList<>();
        new ArticleReader(InputStream.nullInputStream()).read(List.of(path), in -> {
            if (in instanceof ArticleInput.Loaded l && articles.isEmpty()) {
                articles.add(l.article());
            }
        });
        if (articles.isEmpty()) {
            throw new IllegalArgumentException(path + ": no article to read");
        }
        return articles.get(0);
    }

    private static double gcSeconds() {
        long ms = 0;
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            if (!gc.getName().contains("Cycles")) {
                ms += Math.max(0, gc.getCollectionTime());
            }
        }
        return ms / 1e3;
    }

    private static double jit() {
        var c = ManagementFactory.getCompilationMXBean();
        return c != null && c.isCompilationTimeMonitoringSupported() ? c.getTotalCompilationTime() / 1e3 : Double.NaN;
    }

    private static double processCpu() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            return os.getProcessCpuTime() / 1e9;
        }
        return Double.NaN;
    }

    private static double load() {
        return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }
}

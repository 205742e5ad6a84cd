package org.dossier.pipeline;

import org.dossier.model.Article;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Locale;

/**
 * The CPU time each stage of one article's extraction took on its thread, printed to standard error as one line
 * when the environment sets {@code DOSSIER_TIMINGS=1} (how {@code scripts/bench-pathological} finds a stage that
 * grows faster than the article); otherwise nothing is measured.
 */
final class StageTimes {

    private static final boolean ON = "1".equals(System.getenv("DOSSIER_TIMINGS"));
    private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();
    private static final StageTimes OFF = new StageTimes(null);

    private final Article article;
    private final StringBuilder line;
    private final long start;
    private long last;

    private StageTimes(Article article) {
        this.article = article;
        this.line = article == null ? null : new StringBuilder();
        this.start = article == null ? 0 : CPU.getCurrentThreadCpuTime();
        this.last = start;
    }

    static StageTimes start(Article article) {
        return ON ? new StageTimes(article) : OFF;
    }

    /** Ends the stage called {@code name}. */
    void lap(String name) {
        if (line == null) {
            return;
        }
        long now = CPU.getCurrentThreadCpuTime();
        line.append(String.format(Locale.ROOT, ", %s %.2f", name, (now - last) / 1e9));
        last = now;
    }

    /** Prints the line: the article, its length, each stage's CPU seconds and their sum. */
    void report() {
        if (line == null) {
            return;
        }
        System.err.printf(Locale.ROOT, "timings: %s (%,d characters), CPU s%s; total %.2f%n", article.id(),
                article.text().length(), line, (CPU.getCurrentThreadCpuTime() - start) / 1e9);
    }
}

package org.dossier.cli;

import java.io.PrintWriter;
import java.util.Locale;

/**
 * Progress of a long command on standard error: articles done, rate and ETA. Redraws one line on a terminal,
 * prints a plain line every few seconds otherwise. Time comes from {@link System#nanoTime()}; nothing is printed
 * for runs shorter than a couple of seconds.
 */
final class Progress {

    private final PrintWriter err;
    private final long total;
    private final boolean terminal;
    /** Commands make their progress once the models are loaded, so rate and ETA count articles, not loading. */
    private final long startNanos = System.nanoTime();
    private long lastPrint = startNanos;
    private long printedDone = -1;

    Progress(PrintWriter err, long total, boolean terminal) {
        this.err = err;
        this.total = total;
        this.terminal = terminal;
    }

    private long articles;
    private long failures;

    /** One more article done, {@code failed} or not, for the commands that count as they go. */
    void article(boolean failed) {
        articles++;
        failures += failed ? 1 : 0;
        update(articles, failures);
    }

    /** The last line, for the commands that counted with {@link #article}. */
    void finish() {
        finish(articles, failures);
    }

    void update(long done, long failed) {
        long now = System.nanoTime();
        long every = terminal ? 500_000_000L : 10_000_000_000L;
        if (now - lastPrint < every || now - startNanos < 2_000_000_000L) {
            return;
        }
        lastPrint = now;
        printedDone = done;
        String line = line(done, failed, now);
        if (terminal) {
            err.print("\r" + line + "   ");
        } else {
            err.println(line);
        }
        err.flush();
    }

    void finish(long done, long failed) {
        if (printedDone >= 0 && printedDone != done) {
            String line = line(done, failed, System.nanoTime());
            err.println(terminal ? "\r" + line + "   " : line);
        } else if (printedDone >= 0 && terminal) {
            err.println();
        }
    }

    String line(long done, long failed, long now) {
        double secs = (now - startNanos) / 1e9;
        double rate = done / Math.max(secs, 1e-9);
        StringBuilder b = new StringBuilder();
        // a total counted before reading can only be short (a file that held more articles than expected): then "?"
        boolean known = total > 0 && done <= total;
        b.append(String.format(Locale.ROOT, "%d/%s articles", done, known ? Long.toString(total) : "?"));
        if (failed > 0) {
            b.append(String.format(Locale.ROOT, " (%d failed)", failed));
        }
        b.append(String.format(Locale.ROOT, ", %.2f/s, %s elapsed", rate, clock(secs)));
        if (known && done > 0 && done < total) {
            b.append(", ETA ").append(clock((total - done) / rate));
        }
        return b.toString();
    }

    private static String clock(double secs) {
        long s = Math.round(secs);
        return s >= 3600 ? String.format(Locale.ROOT, "%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60)
                : String.format(Locale.ROOT, "%d:%02d", s / 60, s % 60);
    }
}

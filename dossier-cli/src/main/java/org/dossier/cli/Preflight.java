package org.dossier.cli;

import picocli.CommandLine;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;

/**
 * What a command checks before it loads the language models (which take about a minute): that every path exists,
 * that standard input is named once, that numbers are in range (a usage error naming the path or option and the
 * fix), and which article files named on the command line are over the size limit (reported at once, then skipped).
 */
final class Preflight {

    private Preflight() {
    }

    /**
     * Checks the PATH arguments: each exists (a URL, when {@code urlsAllowed}, and {@code -} are not files), and
     * {@code -} comes at most once.
     *
     * @throws CommandLine.ParameterException naming the path and the fix
     */
    static void paths(CommandLine cl, List<String> paths, boolean urlsAllowed) {
        boolean stdin = false;
        for (String p : paths) {
            if ("-".equals(p)) {
                if (stdin) {
                    throw new CommandLine.ParameterException(cl, "standard input (-) is named twice; name it once");
                }
                stdin = true;
                continue;
            }
            if (p.matches("(?i)^https?://.*")) {
                if (!urlsAllowed) {
                    throw new CommandLine.ParameterException(cl, "'" + p + "': this command reads files, not URLs; "
                            + "fetch it with dossier ingest, or save the page and give its path");
                }
                continue;
            }
            Path path = Path.of(p);
            if (!Files.exists(path)) {
                Path parent = path.toAbsolutePath().getParent();
                throw new CommandLine.ParameterException(cl, "'" + p + "': no such file or folder"
                        + (parent != null && !Files.isDirectory(parent) ? " (nor its folder " + parent + ")"
                        : " in " + (parent == null ? "/" : parent)) + "; check the spelling");
            }
            if (!Files.isReadable(path)) {
                throw new CommandLine.ParameterException(cl, "'" + p + "': cannot be read (permissions); check its "
                        + "rights");
            }
        }
    }

    /**
     * The {@code .txt} articles named on the command line that are longer than {@code maxChars} characters, each
     * with the message to report (the same the ingest would give after extraction): path → message.
     */
    static Map<String, String> oversized(List<String> paths, long maxChars) {
        Map<String, String> out = new LinkedHashMap<>();
        for (String p : paths) {
            Path path = Path.of(p);
            if (!"-".equals(p) && p.toLowerCase(Locale.ROOT).endsWith(".txt") && Files.isRegularFile(path)) {
                long chars = characters(path, maxChars);
                if (chars > maxChars) {
                    out.put(p, p + ": the article is " + String.format(Locale.ROOT, "%,d", chars) + " characters, "
                            + "over the limit of " + String.format(Locale.ROOT, "%,d", maxChars) + "; split it into "
                            + "articles, or raise --max-chars");
                }
            }
        }
        return out;
    }

    /** Characters of a UTF-8 file (one of at most {@code limit} bytes is not read: it cannot have more). */
    private static long characters(Path file, long limit) {
        try {
            long size = Files.size(file);
            if (size <= limit) {
                return size;
            }
            long n = 0;
            char[] buf = new char[1 << 16];
            try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                int k;
                while ((k = r.read(buf)) > 0) {
                    n += k;
                }
            }
            return n;
        } catch (IOException e) {
            return 0; // unreadable or not UTF-8: the reader reports it with the position
        }
    }

    /**
     * Refuses {@code value} below {@code min} for {@code option}.
     *
     * @throws CommandLine.ParameterException "--delay must be at least 0, not -5"
     */
    static void atLeast(CommandLine cl, String option, long value, long min, String unit) {
        if (value < min) {
            throw new CommandLine.ParameterException(cl, option + " must be at least " + min + (unit.isEmpty() ? ""
                    : " " + unit) + ", not " + value);
        }
    }
}

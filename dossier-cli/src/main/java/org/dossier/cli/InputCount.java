package org.dossier.cli;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Counts the articles under the given paths cheaply (files, and lines of JSON Lines files), for the progress ETA; the
 * count is unknown (-1) when a feed or WARC file (several articles each, known only once read) or standard input is
 * among them. (Counting only .txt and .jsonl in folders, while ingest also reads pages, feeds and WARC files, is what
 * once printed "9/6 articles".)
 */
final class InputCount {

    private InputCount() {
    }

    /** The number of articles, or -1 when unknown (standard input). */
    static long count(List<String> paths) {
        long n = 0;
        for (String p : paths) {
            if ("-".equals(p)) {
                return -1;
            }
            Path path = Path.of(p);
            if (Files.isDirectory(path)) {
                try (Stream<Path> walk = Files.walk(path)) {
                    for (Path f : (Iterable<Path>) walk.filter(Files::isRegularFile)::iterator) {
                        long k = articles(f.toString(), f);
                        if (k < 0) {
                            return -1;
                        }
                        n += k;
                    }
                } catch (IOException | UncheckedIOException e) {
                    return -1;
                }
            } else {
                long k = articles(p, path);
                if (k < 0) {
                    return -1;
                }
                n += Math.max(k, 1);
            }
        }
        return n;
    }

    /** Articles in one file: 1 for an article or page, lines for JSON Lines, 0 for sidecars, -1 for feeds and WARC. */
    private static long articles(String name, Path f) {
        String n = name.toLowerCase(java.util.Locale.ROOT);
        if (n.endsWith(".meta.json") || n.endsWith(".gold.json")) {
            return 0;
        }
        if (n.endsWith(".jsonl")) {
            return lines(f);
        }
        if (n.endsWith(".txt") || n.endsWith(".html") || n.endsWith(".htm") || n.endsWith(".xhtml")) {
            return 1;
        }
        if (n.endsWith(".rss") || n.endsWith(".atom") || n.endsWith(".xml") || n.endsWith(".warc")
                || n.endsWith(".warc.gz")) {
            return -1;
        }
        return 0;
    }

    private static long lines(Path f) {
        long n = 0;
        boolean content = false;
        try (InputStream in = new BufferedInputStream(Files.newInputStream(f), 1 << 16)) {
            int b;
            while ((b = in.read()) >= 0) {
                if (b == '\n') {
                    n += content ? 1 : 0;
                    content = false;
                } else if (b > ' ') {
                    content = true;
                }
            }
            return n + (content ? 1 : 0);
        } catch (IOException e) {
            return 1;
        }
    }
}

package org.dossier.cli;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** Counts the articles under the given paths cheaply (files, and lines of JSON Lines files), for the progress ETA. */
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
                        String name = f.toString();
                        n += name.endsWith(".jsonl") ? lines(f) : name.endsWith(".txt") ? 1 : 0;
                    }
                } catch (IOException | UncheckedIOException e) {
                    return -1;
                }
            } else {
                n += p.endsWith(".jsonl") ? lines(path) : 1;
            }
        }
        return n;
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

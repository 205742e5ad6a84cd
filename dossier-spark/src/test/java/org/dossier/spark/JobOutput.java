package org.dossier.spark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Reads a job's output folders in tests: the lines of every part file of a folder (records, texts, JSON tables), or
 * the rows of its Parquet files, in file order.
 */
final class JobOutput {

    private JobOutput() {
    }

    static List<Path> parts(Path dir) {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(f -> {
                String n = f.getFileName().toString();
                return n.startsWith("part-") && !n.endsWith(".crc");
            }).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Each row of the Parquet part files of {@code dir}, as one line ({@code column: value; …}). */
    static List<String> rows(Path dir) {
        List<String> out = new ArrayList<>();
        for (Path p : parts(dir)) {
            try (org.apache.parquet.hadoop.ParquetReader<org.apache.parquet.example.data.Group> r =
                         org.apache.parquet.hadoop.ParquetReader.builder(
                                 new org.apache.parquet.hadoop.example.GroupReadSupport(),
                                 new org.apache.hadoop.fs.Path(p.toUri())).build()) {
                for (var g = r.read(); g != null; g = r.read()) {
                    out.add(g.toString().strip().replace("\n", "; "));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return out;
    }

    static List<String> lines(Path dir) {
        List<String> out = new ArrayList<>();
        for (Path p : parts(dir)) {
            try {
                Files.readAllLines(p, StandardCharsets.UTF_8).stream().filter(l -> !l.isBlank()).forEach(out::add);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return out;
    }
}

package org.dossier.corpus;

import org.dossier.export.DossierJson;
import org.dossier.model.ArticleRecord;
import org.dossier.store.PutResult;
import org.dossier.store.Store;
import org.dossier.store.StoreException;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.RandomAccessFile;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Stores pre-extracted {@code dossier/1} records (the Spark job's {@code records/}) without extracting them again:
 * each record through {@link Store#put}, as {@code dossier ingest} stores what it extracts: one transaction per
 * article (an interrupted import leaves no half article, and a re-run stores only what is missing), corpus entities
 * merged across articles by the store. Records do not carry their article's text, so the texts come from the
 * job's {@code texts/} ({@link ArticleTexts}), found by the record's {@code sha256}; they are indexed by position,
 * not held in memory. A bad line (not a record, no text for it, a text whose hash differs) is reported with its
 * file and line, and the import goes on.
 */
public final class RecordImport {

    /** What happened to each record, in the order read. */
    public interface Listener {
        void stored(String origin, String id);

        void alreadyStored(String origin, String id, String existingId);

        /** {@code message} names the file, the line, the problem and the fix. */
        void failed(String origin, String message);
    }

    /** Counts of one run. */
    public record Summary(long stored, long alreadyStored, long failed) {
        public long total() {
            return stored + alreadyStored + failed;
        }
    }

    private final Store store;

    public RecordImport(Store store) {
        this.store = store;
    }

    /**
     * The files of a records or texts folder, in name order (hidden files and Spark's {@code _SUCCESS} and
     * {@code .crc} files left out), or the file itself.
     *
     * @throws IllegalArgumentException when the path does not exist, naming it
     */
    public static List<Path> files(Path path) {
        if (!Files.exists(path)) {
            throw new IllegalArgumentException(path + ": no such file or folder; give the job's records/ folder or "
                    + "its output folder");
        }
        if (!Files.isDirectory(path)) {
            return List.of(path);
        }
        try (Stream<Path> s = Files.list(path)) {
            return s.filter(Files::isRegularFile).filter(f -> {
                String n = f.getFileName().toString();
                return !n.startsWith(".") && !n.startsWith("_") && !n.endsWith(".crc");
            }).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(path + ": cannot list the folder (" + e.getMessage() + ")", e);
        }
    }

    /** Number of non-blank lines in {@code files}: the total of the progress line. */
    public static long count(List<Path> files) {
        long n = 0;
        for (Path f : files) {
            try (Stream<String> lines = Files.lines(f, StandardCharsets.UTF_8)) {
                n += lines.filter(l -> !l.isBlank()).count();
            } catch (IOException | UncheckedIOException e) {
                // reported when the file is read
            }
        }
        return n;
    }

    /** Imports every record of {@code records}, with texts from {@code texts}. */
    public Summary run(List<Path> records, List<Path> texts, Listener listener) {
        long[] counts = new long[3];
        try (TextIndex index = TextIndex.of(texts)) {
            for (Path f : records) {
                read(f, index, listener, counts);
            }
        }
        return new Summary(counts[0], counts[1], counts[2]);
    }

    private void read(Path file, TextIndex texts, Listener listener, long[] counts) {
        var decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try (InputStream in = Files.newInputStream(file);
             BufferedReader r = new BufferedReader(new InputStreamReader(in, decoder), 1 << 16)) {
            int lineNo = 0;
            while (true) {
                String line;
                try {
                    line = r.readLine();
                } catch (CharacterCodingException e) {
                    counts[2]++;
                    listener.failed(file + ":" + (lineNo + 1), file + ":" + (lineNo + 1) + ": not valid UTF-8; "
                            + "records are UTF-8 JSON Lines (the rest of the file is skipped)");
                    return;
                }
                if (line == null) {
                    return;
                }
                lineNo++;
                if (!line.isBlank()) {
                    one(line, file + ":" + lineNo, texts, listener, counts);
                }
            }
        } catch (IOException e) {
            counts[2]++;
            listener.failed(file.toString(), file + ": cannot read (" + e.getMessage() + ")");
        }
    }

    private void one(String line, String origin, TextIndex texts, Listener listener, long[] counts) {
        String sha;
        try {
            sha = DossierJson.read(line, "", origin).sha256();
        } catch (IllegalArgumentException e) {
            counts[2]++;
            listener.failed(origin, e.getMessage() + "; each line of records/ is one dossier/1 record");
            return;
        } catch (RuntimeException e) {
            counts[2]++;
            listener.failed(origin, origin + ": not a complete dossier/1 record (" + e.getMessage() + ")");
            return;
        }
        ArticleTexts.Line text;
        try {
            text = texts.get(sha);
        } catch (IllegalArgumentException e) {
            counts[2]++;
            listener.failed(origin, e.getMessage());
            return;
        }
        if (text == null) {
            counts[2]++;
            listener.failed(origin, origin + ": no text with sha256 " + sha + " in the texts given; records carry no "
                    + "text: give the texts/ folder the job wrote with the same run (--texts)");
            return;
        }
        if (!Store.textSha256(text.text()).equals(sha)) {
            counts[2]++;
            listener.failed(origin, origin + ": the text filed under sha256 " + sha + " hashes otherwise; the texts "
                    + "file is damaged, write it again with the job");
            return;
        }
        ArticleRecord record = DossierJson.read(line, text.text(), origin);
        try {
            PutResult result = store.put(record, text.extractor());
            if (result instanceof PutResult.Duplicate d) {
                counts[1]++;
                listener.alreadyStored(origin, d.id(), d.existingId());
            } else {
                counts[0]++;
                listener.stored(origin, record.article().id());
            }
        } catch (StoreException e) {
            counts[2]++;
            listener.failed(origin, origin + ": " + e.getMessage());
        }
    }

    /** Where each text is: file and byte offset of its line, by sha256. */
    private static final class TextIndex implements AutoCloseable {
        private record At(int file, long offset, int length) {
        }

        private final List<Path> files;
        private final Map<String, At> at = new HashMap<>();
        private final Map<Integer, RandomAccessFile> open = new HashMap<>();

        private TextIndex(List<Path> files) {
            this.files = files;
        }

        static TextIndex of(List<Path> files) {
            TextIndex index = new TextIndex(files);
            for (int i = 0; i < files.size(); i++) {
                index.scan(i);
            }
            return index;
        }

        /** Indexes one file: reads it as bytes, line by line, and parses only the sha256 of each line. */
        private void scan(int i) {
            Path f = files.get(i);
            try (InputStream in = new java.io.BufferedInputStream(Files.newInputStream(f), 1 << 16)) {
                long offset = 0;
                java.io.ByteArrayOutputStream line = new java.io.ByteArrayOutputStream();
                int b;
                long start = 0;
                while (true) {
                    b = in.read();
                    if (b == -1 || b == '\n') {
                        if (line.size() > 0) {
                            String s = line.toString(StandardCharsets.UTF_8);
                            String sha = sha(s);
                            if (sha != null) {
                                at.putIfAbsent(sha, new At(i, start, line.size()));
                            }
                        }
                        line.reset();
                        if (b == -1) {
                            return;
                        }
                        offset++;
                        start = offset;
                        continue;
                    }
                    line.write(b);
                    offset++;
                }
            } catch (IOException e) {
                throw new UncheckedIOException(f + ": cannot read the texts (" + e.getMessage() + ")", e);
            }
        }

        /** The sha256 of a texts line, found without decoding its text. */
        private static String sha(String line) {
            int k = line.indexOf("\"sha256\":\"");
            int end = k < 0 ? -1 : line.indexOf('"', k + 10);
            if (end > 0) {
                return line.substring(k + 10, end);
            }
            try {
                return ArticleTexts.parse(line, "texts").sha256(); // written by hand, with spaces
            } catch (IllegalArgumentException e) {
                return null;
            }
        }

        ArticleTexts.Line get(String sha) {
            At a = at.get(sha);
            if (a == null) {
                return null;
            }
            try {
                RandomAccessFile raf = open.get(a.file());
                if (raf == null) {
                    raf = new RandomAccessFile(files.get(a.file()).toFile(), "r");
                    open.put(a.file(), raf);
                }
                byte[] bytes = new byte[a.length()];
                raf.seek(a.offset());
                raf.readFully(bytes);
                return ArticleTexts.parse(new String(bytes, StandardCharsets.UTF_8), files.get(a.file()) + "@" + a.offset());
            } catch (IOException e) {
                throw new UncheckedIOException(files.get(a.file()) + ": cannot read the texts (" + e.getMessage() + ")", e);
            }
        }

        @Override
        public void close() {
            for (RandomAccessFile f : open.values()) {
                try {
                    f.close();
                } catch (IOException e) {
                    // read-only: nothing to lose
                }
            }
        }
    }
}

package org.dossier.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.dossier.model.Article;
import org.dossier.model.PublicationDate;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Reads articles from the paths a user names: {@code .txt} files (with an optional {@code NAME.meta.json}
 * sidecar), {@code .jsonl} files (one article object per line, streamed), folders of them, and {@code -} for
 * standard input (JSON Lines when it starts with '{', plain text otherwise).
 *
 * <p>Each article is handed to the consumer as it is read, so a JSON Lines file of any size needs memory for
 * one line at a time. Nothing here throws for bad input: a bad article becomes {@link ArticleInput.Failed}.
 */
public final class ArticleReader {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String SIDECAR = ".meta.json";
    private final InputStream stdin;

    public ArticleReader(InputStream stdin) {
        this.stdin = stdin;
    }

    /** Reads every article under {@code paths}, in order, handing each to {@code sink}. */
    public void read(List<String> paths, Consumer<ArticleInput> sink) {
        for (String p : paths) {
            if ("-".equals(p)) {
                readStdin(sink);
                continue;
            }
            Path path = Path.of(p);
            if (Files.isDirectory(path)) {
                readFolder(path, sink);
            } else if (!Files.exists(path)) {
                sink.accept(new ArticleInput.Failed(p, p + ": no such file or folder; check the path"));
            } else if (p.endsWith(".jsonl")) {
                readJsonLines(path, sink);
            } else if (p.endsWith(SIDECAR)) {
                sink.accept(new ArticleInput.Failed(p, p + ": this is a metadata sidecar; name the article's .txt file instead"));
            } else {
                sink.accept(readTextFile(path));
            }
        }
    }

    private void readFolder(Path dir, Consumer<ArticleInput> sink) {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(dir)) {
            files = walk.filter(Files::isRegularFile)
                    .filter(f -> f.toString().endsWith(".txt") || f.toString().endsWith(".jsonl"))
                    .sorted().toList();
        } catch (IOException | UncheckedIOException e) {
            sink.accept(new ArticleInput.Failed(dir.toString(), dir + ": cannot list the folder (" + e.getMessage() + ")"));
            return;
        }
        if (files.isEmpty()) {
            sink.accept(new ArticleInput.Failed(dir.toString(), dir + ": no .txt or .jsonl articles in this folder"));
        }
        for (Path f : files) {
            if (f.toString().endsWith(".jsonl")) {
                readJsonLines(f, sink);
            } else {
                sink.accept(readTextFile(f));
            }
        }
    }

    /** Reads one text article and its sidecar, if any. */
    ArticleInput readTextFile(Path file) {
        String origin = file.toString();
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            return new ArticleInput.Failed(origin, origin + ": cannot read (" + e.getMessage() + ")");
        }
        String stem = stem(file.getFileName().toString());
        Path sidecar = file.resolveSibling(stem + SIDECAR);
        byte[] meta = null;
        if (Files.exists(sidecar)) {
            try {
                meta = Files.readAllBytes(sidecar);
            } catch (IOException e) {
                return new ArticleInput.Failed(origin, sidecar + ": cannot read (" + e.getMessage() + ")");
            }
        }
        return textArticle(bytes, meta, stem, origin, sidecar.toString());
    }

    /** The file name without its last extension: the id of a text article without one in its metadata. */
    public static String stem(String fileName) {
        return fileName.replaceFirst("\\.[^.]*$", "");
    }

    /** The name of the metadata sidecar of the text article {@code fileName}: {@code STEM.meta.json}. */
    public static String sidecarName(String fileName) {
        return stem(fileName) + SIDECAR;
    }

    /**
     * One text article from its bytes and its sidecar's ({@code null}: none), as {@link #read} makes it from a
     * {@code .txt} file: for readers of other file systems (the Spark job reads from any Hadoop URI).
     *
     * @param stem        the id when the metadata has none (the file name without its extension)
     * @param origin      where the text came from, for messages
     * @param sidecarName where the metadata came from, for messages
     */
    public static ArticleInput textArticle(byte[] bytes, byte[] sidecar, String stem, String origin,
                                           String sidecarName) {
        List<String> warnings = new ArrayList<>();
        String text;
        try {
            text = textOf(bytes, warnings);
        } catch (StrictText.TextException e) {
            return new ArticleInput.Failed(origin, origin + ": " + e.getMessage());
        }
        JsonNode meta = JSON.createObjectNode();
        if (sidecar != null) {
            try {
                meta = JSON.readTree(sidecar);
            } catch (JsonProcessingException e) {
                var loc = e.getLocation();
                return new ArticleInput.Failed(origin, sidecarName + (loc != null ? ":" + loc.getLineNr() + ":" + loc.getColumnNr() : "")
                        + ": the metadata sidecar is not valid JSON (" + e.getOriginalMessage()
                        + "); fix it or remove it to use the file name as id");
            } catch (IOException e) {
                return new ArticleInput.Failed(origin, sidecarName + ": cannot read (" + e.getMessage() + ")");
            }
            if (meta == null || !meta.isObject()) {
                return new ArticleInput.Failed(origin, sidecarName + ": the metadata sidecar must be a JSON object "
                        + "like {\"id\": \"...\", \"published\": \"2024-12-18\"}");
            }
        }
        return build(meta, stem, text, origin, sidecarName, warnings);
    }

    private void readJsonLines(Path file, Consumer<ArticleInput> sink) {
        try (InputStream in = Files.newInputStream(file)) {
            readJsonLines(in, file.toString(), sink);
        } catch (IOException e) {
            sink.accept(new ArticleInput.Failed(file.toString(), file + ": cannot read (" + e.getMessage() + ")"));
        }
    }

    /**
     * Reads a JSON Lines stream as {@link #read} reads a {@code .jsonl} file named {@code name} (its articles' ids
     * default to the file name and the line number): for readers of other file systems.
     */
    public static void readJsonLines(InputStream in, String name, Consumer<ArticleInput> sink) {
        var decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, decoder), 1 << 16)) {
            int lineNo = 0;
            String line;
            while (true) {
                try {
                    line = r.readLine();
                } catch (java.nio.charset.CharacterCodingException e) {
                    sink.accept(new ArticleInput.Failed(name + ":" + (lineNo + 1), name + ":" + (lineNo + 1)
                            + ": not valid UTF-8; convert the file to UTF-8 (the rest of the file is skipped)"));
                    return;
                }
                if (line == null) {
                    break;
                }
                lineNo++;
                if (!line.isBlank()) {
                    sink.accept(parseJsonLine(line, name, lineNo));
                }
            }
        } catch (IOException e) {
            sink.accept(new ArticleInput.Failed(name, name + ": cannot read (" + e.getMessage() + ")"));
        }
    }

    private static ArticleInput parseJsonLine(String line, String name, int lineNo) {
        String origin = name + ":" + lineNo;
        JsonNode node;
        try {
            node = JSON.readTree(line);
        } catch (JsonProcessingException e) {
            var loc = e.getLocation();
            return new ArticleInput.Failed(origin, origin + (loc != null ? ":" + loc.getColumnNr() : "")
                    + ": not JSON (" + e.getOriginalMessage() + "); each line must be one JSON object with a \"text\" field");
        }
        if (node == null || !node.isObject()) {
            return new ArticleInput.Failed(origin, origin + ": each line must be one JSON object with a \"text\" field");
        }
        JsonNode text = node.get("text");
        if (text == null || !text.isTextual()) {
            return new ArticleInput.Failed(origin, origin + ": no \"text\" field with the article's text; add one");
        }
        String stem = name.replaceAll("^.*[/\\\\]", "").replaceFirst("\\.[^.]*$", "") + "-" + lineNo;
        List<String> warnings = new ArrayList<>();
        if (text.asText().isBlank()) {
            return new ArticleInput.Failed(origin, origin + ": the \"text\" field is empty; give the article's text");
        }
        return build(node, stem, text.asText(), origin, origin, warnings);
    }

    private void readStdin(Consumer<ArticleInput> sink) {
        byte[] bytes;
        try {
            bytes = stdin.readAllBytes();
        } catch (IOException e) {
            sink.accept(new ArticleInput.Failed("-", "standard input: cannot read (" + e.getMessage() + ")"));
            return;
        }
        int i = 0;
        while (i < bytes.length && Character.isWhitespace(bytes[i])) {
            i++;
        }
        if (i < bytes.length && bytes[i] == '{') {
            readJsonLines(new java.io.ByteArrayInputStream(bytes), "stdin", sink);
            return;
        }
        List<String> warnings = new ArrayList<>();
        try {
            String text = textOf(bytes, warnings);
            sink.accept(build(JSON.createObjectNode(), stdinId(text), text, "stdin", "stdin", warnings));
        } catch (StrictText.TextException e) {
            sink.accept(new ArticleInput.Failed("stdin", "standard input: " + e.getMessage()));
        }
    }

    /**
     * The id of a plain-text article read from standard input: {@code stdin-} and the first 12 hex digits of its
     * text's SHA-256, so that two different texts piped in get two ids (and the same text the same one).
     */
    public static String stdinId(String text) {
        try {
            byte[] d = java.security.MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return "stdin-" + java.util.HexFormat.of().formatHex(d).substring(0, 12);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JVM has no SHA-256", e);
        }
    }

    private static String textOf(byte[] bytes, List<String> warnings) throws StrictText.TextException {
        String text = StrictText.decode(bytes);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
            warnings.add("a UTF-8 byte-order mark was dropped; offsets count from the character after it");
        }
        if (text.isBlank()) {
            throw new StrictText.TextException("the article is empty; give it some text");
        }
        return text;
    }

    private static ArticleInput build(JsonNode meta, String fallbackId, String text, String origin,
                                      String metaOrigin, List<String> warnings) {
        String published = field(meta, "published");
        if (published != null) {
            try {
                PublicationDate.parse(published);
            } catch (IllegalArgumentException e) {
                return new ArticleInput.Failed(origin, metaOrigin + ": " + e.getMessage()
                        + " (or drop \"published\" and pass --published)");
            }
        }
        String id = field(meta, "id");
        Article a = new Article(id != null && !id.isBlank() ? id : fallbackId, field(meta, "title"),
                field(meta, "source"), field(meta, "url"), published,
                field(meta, "language") != null ? field(meta, "language") : "en", text, origin);
        return new ArticleInput.Loaded(a, warnings);
    }

    private static String field(JsonNode meta, String name) {
        JsonNode v = meta.get(name);
        return v == null || v.isNull() ? null : v.asText();
    }

    /** All inputs under {@code paths} as a list; convenient for tests and small runs. */
    public List<ArticleInput> readAll(List<String> paths) {
        List<ArticleInput> out = new ArrayList<>();
        read(paths, out::add);
        return out;
    }

}

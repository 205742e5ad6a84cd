package org.dossier.ingest;

import org.dossier.model.Article;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ArticleReaderTest {

    @TempDir
    Path dir;

    private final ArticleReader reader = new ArticleReader(new ByteArrayInputStream(new byte[0]));

    private Path write(String name, String content) throws IOException {
        Path p = dir.resolve(name);
        Files.createDirectories(p.getParent());
        Files.writeString(p, content, StandardCharsets.UTF_8);
        return p;
    }

    private static Article loaded(ArticleInput in) {
        assertThat(in).isInstanceOf(ArticleInput.Loaded.class);
        return ((ArticleInput.Loaded) in).article();
    }

    private static String failure(ArticleInput in) {
        assertThat(in).isInstanceOf(ArticleInput.Failed.class);
        return ((ArticleInput.Failed) in).message();
    }

    @Test
    void textWithSidecarTakesItsMetadata() throws IOException {
        Path txt = write("a.txt", "The council met on Monday.");
        write("a.meta.json", "{\"id\": \"council-1\", \"source\": \"Gazette\", \"published\": \"2021-05-04\", \"title\": \"T\"}");
        Article a = loaded(reader.readTextFile(txt));
        assertThat(a.id()).isEqualTo("council-1");
        assertThat(a.source()).isEqualTo("Gazette");
        assertThat(a.published()).isEqualTo("2021-05-04");
        assertThat(a.language()).isEqualTo("en");
        assertThat(a.text()).isEqualTo("The council met on Monday.");
    }

    @Test
    void textWithoutSidecarIsNamedByItsFile() throws IOException {
        Article a = loaded(reader.readTextFile(write("council-2.txt", "Text.")));
        assertThat(a.id()).isEqualTo("council-2");
        assertThat(a.published()).isNull();
    }

    @Test
    void emptyBinaryAndNonUtf8FilesFailWithTheFileAndTheFix() throws IOException {
        assertThat(failure(reader.readTextFile(write("empty.txt", "  \n"))))
                .contains("empty.txt").contains("empty");
        Path bin = dir.resolve("bin.txt");
        Files.write(bin, new byte[]{'a', 0, 'b'});
        assertThat(failure(reader.readTextFile(bin))).contains("bin.txt").contains("binary").contains("byte 1");
        Path latin = dir.resolve("latin.txt");
        Files.write(latin, "caf\u00e9 au lait".getBytes(StandardCharsets.ISO_8859_1));
        assertThat(failure(reader.readTextFile(latin))).contains("latin.txt").contains("UTF-8").contains("byte 3")
                .contains("iconv");
    }

    @Test
    void brokenSidecarNamesTheSidecarAndPosition() throws IOException {
        Path txt = write("b.txt", "Text.");
        write("b.meta.json", "{\"id\": \"b\",\n \"published\": }");
        assertThat(failure(reader.readTextFile(txt))).contains("b.meta.json:2:").contains("not valid JSON");
        write("b.meta.json", "[1, 2]");
        assertThat(failure(reader.readTextFile(txt))).contains("b.meta.json").contains("JSON object");
    }

    @Test
    void unparseableDateNamesTheValueAndTheForm() throws IOException {
        Path txt = write("c.txt", "Text.");
        write("c.meta.json", "{\"published\": \"Dec 18, 2024\"}");
        assertThat(failure(reader.readTextFile(txt))).contains("c.meta.json").contains("'Dec 18, 2024'")
                .contains("2024-12-18").contains("--published");
    }

    @Test
    void byteOrderMarkIsDroppedWithAWarning() throws IOException {
        ArticleInput in = reader.readTextFile(write("bom.txt", "\uFEFFText."));
        assertThat(loaded(in).text()).isEqualTo("Text.");
        assertThat(((ArticleInput.Loaded) in).warnings()).singleElement().asString().contains("byte-order mark");
    }

    @Test
    void jsonLinesGoOnAfterABadLine() throws IOException {
        Path f = write("feed.jsonl", """
                {"id": "one", "text": "First.", "published": "2020-01-01"}
                {"id": "two", "text": "Second.
                
                {"id": "three"}
                {"text": "Fourth.", "published": "yesterday"}
                {"text": "Fifth."}
                """);
        List<ArticleInput> in = reader.readAll(List.of(f.toString()));
        assertThat(in).hasSize(5);
        assertThat(loaded(in.get(0)).id()).isEqualTo("one");
        assertThat(failure(in.get(1))).contains("feed.jsonl:2").contains("not JSON");
        assertThat(failure(in.get(2))).contains("feed.jsonl:4").contains("\"text\"");
        assertThat(failure(in.get(3))).contains("feed.jsonl:5").contains("'yesterday'");
        Article fifth = loaded(in.get(4));
        assertThat(fifth.id()).isEqualTo("feed-6");
        assertThat(fifth.origin()).isEqualTo(f + ":6");
    }

    @Test
    void foldersAreReadInNameOrderSkippingSidecars() throws IOException {
        write("corpus/b.txt", "Bee.");
        write("corpus/a.txt", "Ay.");
        write("corpus/a.meta.json", "{\"id\": \"alpha\"}");
        write("corpus/sub/c.jsonl", "{\"id\": \"gamma\", \"text\": \"Cee.\"}\n");
        write("corpus/notes.md", "not an article");
        List<ArticleInput> in = reader.readAll(List.of(dir.resolve("corpus").toString()));
        assertThat(in).extracting(i -> loaded(i).id()).containsExactly("alpha", "b", "gamma");
    }

    @Test
    void missingPathsAndSidecarsGivenAsArticlesAreReported() throws IOException {
        write("d.meta.json", "{}");
        List<ArticleInput> in = reader.readAll(List.of(dir.resolve("nope.txt").toString(), dir.resolve("d.meta.json").toString()));
        assertThat(failure(in.get(0))).contains("nope.txt").contains("no such file");
        assertThat(failure(in.get(1))).contains("sidecar").contains(".txt");
    }

    private static String sha256Hex(String s) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                    .digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void standardInputIsTextOrJsonLines() {
        ArticleReader text = new ArticleReader(new ByteArrayInputStream("Plain text.".getBytes(StandardCharsets.UTF_8)));
        assertThat(loaded(text.readAll(List.of("-")).get(0)).id()).as("stdin- and 12 hex digits of the text's SHA-256")
                .isEqualTo("stdin-" + sha256Hex("Plain text.").substring(0, 12));
        ArticleReader other = new ArticleReader(new ByteArrayInputStream("Other text.".getBytes(StandardCharsets.UTF_8)));
        assertThat(loaded(other.readAll(List.of("-")).get(0)).id()).as("another text, another id")
                .startsWith("stdin-").isNotEqualTo(loaded(new ArticleReader(new ByteArrayInputStream(
                        "Plain text.".getBytes(StandardCharsets.UTF_8))).readAll(List.of("-")).get(0)).id());
        ArticleReader jsonl = new ArticleReader(new ByteArrayInputStream(
                "{\"id\": \"x\", \"text\": \"T.\"}\n{\"id\": \"y\", \"text\": \"U.\"}\n".getBytes(StandardCharsets.UTF_8)));
        assertThat(jsonl.readAll(List.of("-"))).extracting(i -> loaded(i).id()).containsExactly("x", "y");
    }
}

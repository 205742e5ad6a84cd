package org.dossier.cli;

import org.dossier.pipeline.FakePipelines;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.dossier.pipeline.DossierPipeline;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The extract command over a model-free pipeline: input handling, output forms, errors and exit codes. */
class ExtractCommandTest {

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();
    private final ObjectMapper json = new ObjectMapper();

    private static DossierPipeline pipeline() {
        return FakePipelines.capitalized(0);
    }

    private int run(InputStream stdin, String... args) {
        CommandLine cl = new CommandLine(new Main(), new CommandLine.IFactory() {
            @Override
            public <K> K create(Class<K> cls) throws Exception {
                if (cls == ExtractCommand.class) {
                    return cls.cast(new ExtractCommand(ExtractCommandTest::pipeline, stdin));
                }
                return CommandLine.defaultFactory().create(cls);
            }
        });
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        return cl.execute(args);
    }

    private int run(String... args) {
        return run(new ByteArrayInputStream(new byte[0]), args);
    }

    private Path article(String name, String text, String meta) throws IOException {
        Path p = dir.resolve(name + ".txt");
        Files.writeString(p, text, StandardCharsets.UTF_8);
        if (meta != null) {
            Files.writeString(dir.resolve(name + ".meta.json"), meta, StandardCharsets.UTF_8);
        }
        return p;
    }

    private List<JsonNode> lines() throws IOException {
        List<JsonNode> docs = new ArrayList<>();
        for (String line : out.toString().split("\n")) {
            if (!line.isBlank()) {
                docs.add(json.readTree(line));
            }
        }
        return docs;
    }

    @BeforeEach
    void noColors() {
        System.setProperty("picocli.ansi", "false");
    }

    @Test
    void writesOneJsonLinePerArticleInInputOrder() throws IOException {
        Path a = article("a", "Ships left Rotterdam.", "{\"id\": \"a\", \"published\": \"2025-03-04\", \"source\": \"Gazette\"}");
        Path b = article("b", "Nobody came.", "{\"id\": \"b\", \"published\": \"2025-03-05\"}");
        assertThat(run("extract", a.toString(), b.toString(), "--threads", "2")).isZero();
        List<JsonNode> docs = lines();
        assertThat(docs).extracting(d -> d.get("document").get("id").asText()).containsExactly("a", "b");
        JsonNode first = docs.get(0);
        assertThat(first.get("schema").asText()).isEqualTo("dossier/1");
        assertThat(first.get("document").get("source").asText()).isEqualTo("Gazette");
        assertThat(first.get("document").get("sha256").asText()).hasSize(64);
        assertThat(first.get("entities").get(0).get("name").asText()).isEqualTo("Ships");
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void aBadArticleIsReportedAndTheRestGoOn() throws IOException {
        Path good = article("good", "Ships left.", "{\"published\": \"2025-03-04\"}");
        Path bad = dir.resolve("bad.txt");
        Files.write(bad, new byte[]{(byte) 0xE9, 't', 'e'});
        assertThat(run("extract", bad.toString(), good.toString())).isEqualTo(1);
        assertThat(lines()).extracting(d -> d.get("document").get("id").asText()).containsExactly("good");
        assertThat(err.toString()).contains("error: " + bad).contains("UTF-8").contains("1 of 2 articles failed");
    }

    @Test
    void publishedOverridesMetadataAndIsValidated() throws IOException {
        Path a = article("a", "Ships left.", "{\"published\": \"2025-03-04\"}");
        assertThat(run("extract", a.toString(), "--published", "2020-02-02")).isZero();
        assertThat(lines().get(0).get("document").get("published").asText()).isEqualTo("2020-02-02");
        assertThat(run("extract", a.toString(), "--published", "02/02/2020")).isEqualTo(2);
        assertThat(err.toString()).contains("--published").contains("'02/02/2020'");
    }

    @Test
    void anArticleWithoutDateIsProcessedWithAWarning() throws IOException {
        Path a = article("undated", "Ships left.", null);
        assertThat(run("extract", a.toString())).isZero();
        assertThat(lines()).hasSize(1);
        assertThat(err.toString()).contains("warning: " + a).contains("no publication date").contains("--published");
    }

    @Test
    void outputFolderGetsOneJsonFilePerArticle() throws IOException {
        Path a = article("a", "Ships left.", "{\"id\": \"doc/1\", \"published\": \"2025-03-04\"}");
        Path outDir = dir.resolve("out");
        assertThat(run("extract", a.toString(), "-o", outDir.toString())).isZero();
        Path file = outDir.resolve("doc_1.json");
        assertThat(file).exists();
        assertThat(json.readTree(file.toFile()).get("document").get("id").asText()).isEqualTo("doc/1");
        assertThat(Files.readString(file)).contains("\n  \"document\"");
    }

    @Test
    void readsJsonLinesFromStandardInput() throws IOException {
        String in = "{\"id\": \"x\", \"text\": \"Ships left.\", \"published\": \"2025-03-04\"}\nnot json\n";
        assertThat(run(new ByteArrayInputStream(in.getBytes(StandardCharsets.UTF_8)), "extract", "-")).isEqualTo(1);
        assertThat(lines()).extracting(d -> d.get("document").get("id").asText()).containsExactly("x");
        assertThat(err.toString()).contains("stdin:2").contains("not JSON");
    }

    @Test
    void prettyJsonForOneArticle() throws IOException {
        Path a = article("a", "Ships left.", "{\"published\": \"2025-03-04\"}");
        assertThat(run("extract", a.toString(), "--format", "json")).isZero();
        assertThat(out.toString()).startsWith("{\n");
        assertThat(json.readTree(out.toString()).get("document").get("id").asText()).isEqualTo("a");
    }

    @Test
    void badOptionsAreUsageErrors() {
        assertThat(run("extract", "x.txt", "--threads", "0")).isEqualTo(2);
        assertThat(err.toString()).contains("--threads");
        assertThat(run("extract")).isEqualTo(2);
        assertThat(run("extract", "x.txt", "--format", "xml")).isEqualTo(2);
    }

    @Test
    void safeFileNamesKeepIdsReadable() {
        assertThat(ExtractCommand.fileName("kyiv-2024.12")).isEqualTo("kyiv-2024.12");
        assertThat(ExtractCommand.fileName("a/b c")).isEqualTo("a_b_c");
        assertThat(ExtractCommand.fileName("..")).isEqualTo("_..");
    }
}

package org.dossier.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.dossier.pipeline.FakePipelines;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 15, items 5 and 6 on the command line: ids that collide in one {@code extract -o} run are made unique with
 * a warning, a long id gets a safe file name while the record keeps it, standard input gets {@code --id} or a
 * content-derived id; a Ukrainian or Russian article is flagged in the record and on standard error, or refused
 * before extraction with {@code --english-only}.
 */
class IdsAndLanguageTest {

    private static final String UKRAINIAN = "Київ, 3 грудня. Міністр закордонних справ України заявив у вівторок, що "
            + "уряд продовжить переговори з європейськими партнерами щодо енергетичної підтримки. За його словами, "
            + "зима буде важкою, але країна має достатні запаси газу.";
    private static final String RUSSIAN = "Москва, 3 декабря. Представитель министерства заявил во вторник, что "
            + "правительство продолжит переговоры с партнёрами о поставках энергии. По его словам, зима будет "
            + "трудной, но у страны есть достаточные запасы газа.";
    private static final String ENGLISH = "KYIV, Dec. 3 — Ukraine's foreign minister said on Tuesday that the "
            + "government would continue talks with European partners on energy support. The winter will be hard, "
            + "he said, but the country has enough gas in storage.";

    @TempDir
    Path dir;

    private StringWriter out;
    private StringWriter err;

    @BeforeEach
    void noColors() {
        System.setProperty("picocli.ansi", "false");
    }

    private int run(InputStream stdin, String... args) {
        out = new StringWriter();
        err = new StringWriter();
        CommandLine cl = new CommandLine(new Main(), new CommandLine.IFactory() {
            @Override
            public <K> K create(Class<K> cls) throws Exception {
                if (cls == ExtractCommand.class) {
                    return cls.cast(new ExtractCommand(() -> FakePipelines.capitalized(0), stdin));
                }
                if (cls == IngestCommand.class) {
                    return cls.cast(new IngestCommand(() -> FakePipelines.capitalized(0), stdin));
                }
                return CommandLine.defaultFactory().create(cls);
            }
        });
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        return cl.execute(args);
    }

    private int run(String... args) {
        return run(InputStream.nullInputStream(), args);
    }

    private static InputStream in(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }

    private Path article(Path folder, String name, String text, String id) throws Exception {
        Files.createDirectories(folder);
        Path p = Files.writeString(folder.resolve(name + ".txt"), text);
        Files.writeString(folder.resolve(name + ".meta.json"), "{\"id\": \"" + id + "\"}");
        return p;
    }

    @Test
    void collidingIdsInOneRunAreMadeUniqueWithAWarning() throws Exception {
        Path a = article(dir.resolve("one"), "index", "Ortiz met Dahl in Oslo.", "story");
        Path b = article(dir.resolve("two"), "index", "Dahl met Ortiz in Bergen.", "story");
        Path c = article(dir.resolve("three"), "index", "Nobody met anyone in Tromsø.", "STORY");
        Path outDir = dir.resolve("out");
        assertThat(run("extract", "-o", outDir.toString(), a.toString(), b.toString(), c.toString())).isZero();
        try (Stream<Path> files = Files.list(outDir)) {
            assertThat(files.map(f -> f.getFileName().toString()).sorted())
                    .as("STORY-2 would be story-2's file on a case-insensitive file system")
                    .containsExactly("STORY-3.json", "story-2.json", "story.json");
        }
        ObjectMapper json = new ObjectMapper();
        JsonNode second = json.readTree(outDir.resolve("story-2.json").toFile());
        assertThat(second.get("document").get("id").asText()).isEqualTo("story-2");
        assertThat(second.get("entities").get(0).get("name").asText()).as("the second article's record").isEqualTo("Dahl");
        assertThat(second.get("warnings").toString()).contains("id 'story' was already written in this run");
        assertThat(err.toString()).contains("warning: " + b + ": id 'story' was already written in this run (by " + a
                + "), so this article is written as 'story-2'; give one of them another \"id\" in its metadata");
        assertThat(err.toString()).as("letter case aside, as case-insensitive file systems see it")
                .contains("warning: " + c + ": id 'STORY' was already written in this run (by " + a + ")");
    }

    @Test
    void aLongIdGetsAShortFileNameAndKeepsItsId() throws Exception {
        String longId = "https://example.org/news/" + "very-long-slug-".repeat(30) + "end";
        String otherLongId = longId.replace("end", "fin");
        Path a = article(dir.resolve("in"), "a", "Ortiz met Dahl in Oslo.", longId);
        Path b = article(dir.resolve("in"), "b", "Dahl met Ortiz in Bergen.", otherLongId);
        Path outDir = dir.resolve("out");
        assertThat(run("extract", "-o", outDir.toString(), a.toString(), b.toString())).as(err.toString()).isZero();
        List<Path> files;
        try (Stream<Path> s = Files.list(outDir)) {
            files = s.sorted().toList();
        }
        assertThat(files).hasSize(2).allSatisfy(f -> assertThat(f.getFileName().toString().length())
                .isLessThanOrEqualTo(ExtractCommand.MAX_STEM + ".json".length()));
        ObjectMapper json = new ObjectMapper();
        assertThat(files.stream().map(f -> {
            try {
                return json.readTree(f.toFile()).get("document").get("id").asText();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        })).containsExactlyInAnyOrder(longId, otherLongId);
    }

    @Test
    void standardInputGetsItsIdFromTheOptionOrFromItsText() throws Exception {
        String db = dir.resolve("d.db").toString();
        assertThat(run(in("Ortiz met Dahl in Oslo."), "ingest", "--db", db, "-")).isZero();
        assertThat(run(in("Dahl met Ortiz in Bergen."), "ingest", "--db", db, "-")).as("a second text, another id")
                .isZero();
        assertThat(err.toString()).contains("1 stored");
        assertThat(run(in("Ortiz met Dahl in Oslo."), "extract", "-")).isZero();
        assertThat(out.toString()).containsPattern("\"id\":\"stdin-[0-9a-f]{12}\"");
        assertThat(run(in("Ortiz met Dahl in Oslo."), "extract", "--id", "oslo-talks", "-")).isZero();
        assertThat(out.toString()).contains("\"id\":\"oslo-talks\"");
        assertThat(run("extract", "--id", "x", dir.resolve("d.db").toString())).isEqualTo(2);
        assertThat(err.toString()).contains("--id names the article read from standard input, and none is read");
    }

    @Test
    void ukrainianAndRussianArticlesAreFlaggedInTheRecordAndOnStandardError() throws Exception {
        Path uk = article(dir.resolve("in"), "uk", UKRAINIAN, "uk-1");
        Path ru = article(dir.resolve("in"), "ru", RUSSIAN, "ru-1");
        Path en = article(dir.resolve("in"), "en", ENGLISH, "en-1");
        assertThat(run("extract", uk.toString(), ru.toString(), en.toString())).isZero();
        List<JsonNode> records = out.toString().lines().map(l -> {
            try {
                return new ObjectMapper().readTree(l);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }).toList();
        assertThat(records).hasSize(3);
        assertThat(records.get(0).get("warnings").toString()).contains("the text looks Ukrainian (uk), not English");
        assertThat(records.get(1).get("warnings").toString()).contains("the text looks Russian (ru), not English");
        assertThat(records.get(2).get("warnings").toString()).doesNotContain("not English");
        assertThat(err.toString()).contains("warning: " + uk + ": the text looks Ukrainian (uk)")
                .contains("warning: " + ru + ": the text looks Russian (ru)")
                .doesNotContain("warning: " + en + ": the text looks");
    }

    @Test
    void englishOnlyRefusesThemBeforeExtraction() throws Exception {
        Path uk = article(dir.resolve("in"), "uk", UKRAINIAN, "uk-1");
        Path en = article(dir.resolve("in"), "en", ENGLISH, "en-1");
        assertThat(run("extract", "--english-only", uk.toString(), en.toString())).isEqualTo(1);
        assertThat(out.toString().lines()).singleElement().asString().contains("\"id\":\"en-1\"");
        assertThat(err.toString()).contains("error: " + uk + ": the text looks Ukrainian (uk), not English, and "
                + "--english-only is given; the article was skipped");
        String db = dir.resolve("d.db").toString();
        assertThat(run("ingest", "--english-only", "--db", db, uk.toString(), en.toString())).isEqualTo(1);
        assertThat(err.toString()).contains("1 stored, 0 already stored, 1 failed");
    }
}

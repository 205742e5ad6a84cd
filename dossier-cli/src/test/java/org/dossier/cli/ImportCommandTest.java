package org.dossier.cli;

import org.dossier.corpus.ArticleTexts;
import org.dossier.export.DossierJson;
import org.dossier.model.Article;
import org.dossier.model.ArticleRecord;
import org.dossier.pipeline.DossierPipeline;
import org.dossier.pipeline.FakePipelines;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code dossier import} of a Spark job's output, then {@code export}; and {@code dossier spark}'s checks. */
class ImportCommandTest {

    @TempDir
    Path dir;

    private StringWriter out = new StringWriter();
    private StringWriter err = new StringWriter();

    @BeforeEach
    void noColors() {
        System.setProperty("picocli.ansi", "false");
    }

    private int run(String... args) {
        out = new StringWriter();
        err = new StringWriter();
        CommandLine cl = new CommandLine(new Main());
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        return cl.execute(args);
    }

    /** records/ and texts/ as the job writes them, for two articles. */
    private List<String> jobOutput(Path job) throws Exception {
        DossierPipeline p = FakePipelines.capitalized(0);
        List<String> records = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        for (Article a : List.of(
                new Article("harbor-1", "Strike", "Port News", null, "2025-03-04", "en", "Rotterdam dockers strike.", "t"),
                new Article("harbor-2", null, null, null, "2025-03-05", "en", "Antwerp joins Rotterdam.", "t"))) {
            ArticleRecord r = p.process(a, List.of());
            records.add(DossierJson.line(r));
            texts.add(ArticleTexts.line(a.id(), r.sha256(), p.version(), a.text()));
        }
        Files.createDirectories(job.resolve("records"));
        Files.createDirectories(job.resolve("texts"));
        Files.write(job.resolve("records/part-00000-x.txt"), records, StandardCharsets.UTF_8);
        Files.write(job.resolve("texts/part-00000-x.txt"), texts, StandardCharsets.UTF_8);
        return records;
    }

    @Test
    void importThenExportGivesTheRecordsBackAndAReRunStoresNothingTwice() throws Exception {
        Path job = dir.resolve("job");
        List<String> records = jobOutput(job);
        String db = dir.resolve("d.db").toString();
        assertThat(run("import", job.toString(), "--db", db)).as(err.toString()).isZero();
        assertThat(err.toString()).contains("import: 2 stored, 0 already stored, 0 failed");
        assertThat(run("export", "--db", db, "--format", "jsonl")).isZero();
        assertThat(out.toString().lines().toList()).isEqualTo(records);
        assertThat(run("import", job.resolve("records").toString(), "--db", db)).isZero();
        assertThat(err.toString()).contains("import: 0 stored, 2 already stored, 0 failed");
    }

    @Test
    void aBadLineIsReportedWithFileAndLineAndTheOthersAreStored() throws Exception {
        Path job = dir.resolve("job");
        List<String> records = new ArrayList<>(jobOutput(job));
        records.add(1, "{\"schema\": \"dossier/1\"");
        Files.write(job.resolve("records/part-00000-x.txt"), records, StandardCharsets.UTF_8);
        assertThat(run("import", job.toString(), "--db", dir.resolve("d.db").toString())).isEqualTo(1);
        assertThat(err.toString()).contains("error: " + job.resolve("records/part-00000-x.txt") + ":2")
                .contains("import: 2 stored, 0 already stored, 1 failed");
    }

    @Test
    void missingTextsOrBadSparkOptionsAreUsageErrorsWithTheFix() throws Exception {
        Path job = dir.resolve("job");
        jobOutput(job);
        Path records = Files.createDirectories(dir.resolve("elsewhere/records"));
        Files.copy(job.resolve("records/part-00000-x.txt"), records.resolve("part-0.txt"));
        assertThat(run("import", records.toString(), "--db", dir.resolve("d.db").toString())).isEqualTo(2);
        assertThat(err.toString()).contains("records carry no text").contains("--texts");
        assertThat(run("import", records.toString(), "--texts", job.resolve("texts").toString(), "--db",
                dir.resolve("d.db").toString())).isZero();
        assertThat(run("spark", "--input", "x", "--output", "y", "--memory", "lots")).isEqualTo(2);
        assertThat(err.toString()).contains("--memory is a size like 2g");
        assertThat(run("spark", "--input", "x", "--output", "y", "--format", "csv")).isEqualTo(2);
        assertThat(err.toString()).contains("parquet or jsonl");
    }
}

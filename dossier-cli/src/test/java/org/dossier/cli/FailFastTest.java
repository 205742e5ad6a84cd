package org.dossier.cli;

import org.dossier.pipeline.DossierPipeline;
import org.dossier.pipeline.FakePipelines;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 15, item 9: mistakes are reported before the language models load. The commands get a pipeline factory
 * that counts its calls (the real one takes about a minute): a mistyped path, an oversized article or a bad number
 * is a usage error (exit 2) with the factory never called; a good run says it loads the models before it does.
 */
class FailFastTest {

    @TempDir
    Path dir;

    private StringWriter out;
    private StringWriter err;
    private int loads;
    private String errWhenLoading;

    @BeforeEach
    void noColors() {
        System.setProperty("picocli.ansi", "false");
    }

    private int run(String... args) {
        out = new StringWriter();
        err = new StringWriter();
        loads = 0;
        Supplier<DossierPipeline> factory = () -> {
            loads++;
            errWhenLoading = err.toString();
            return FakePipelines.capitalized(0);
        };
        CommandLine cl = new CommandLine(new Main(), new CommandLine.IFactory() {
            @Override
            public <K> K create(Class<K> cls) throws Exception {
                if (cls == IngestCommand.class) {
                    IngestCommand c = new IngestCommand(factory, InputStream.nullInputStream());
                    c.announceLoading = true; // as the real command does
                    return cls.cast(c);
                }
                if (cls == ExtractCommand.class) {
                    return cls.cast(new ExtractCommand(factory, InputStream.nullInputStream()));
                }
                if (cls == TimelineCommand.class) {
                    return cls.cast(new TimelineCommand(factory));
                }
                if (cls == ReextractCommand.class) {
                    return cls.cast(new ReextractCommand(factory));
                }
                return CommandLine.defaultFactory().create(cls);
            }
        });
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        return cl.execute(args);
    }

    @Test
    void aMistypedPathIsReportedBeforeTheModelsLoadAndWithinThreeSeconds() throws Exception {
        Path good = Files.writeString(dir.resolve("good.txt"), "Ortiz met Dahl in Oslo.");
        String db = dir.resolve("d.db").toString();
        for (List<String> args : List.of(
                List.of("ingest", "--db", db, good.toString(), dir.resolve("artcles").toString()),
                List.of("extract", good.toString(), dir.resolve("artcles").toString()),
                List.of("timeline", dir.resolve("artcles").toString()))) {
            long start = System.nanoTime();
            assertThat(run(args.toArray(String[]::new))).as(String.join(" ", args)).isEqualTo(2);
            assertThat((System.nanoTime() - start) / 1e9).isLessThan(3.0);
            assertThat(loads).as("models loaded for " + args.get(0)).isZero();
            assertThat(err.toString()).contains("'" + dir.resolve("artcles") + "': no such file or folder in " + dir)
                    .contains("check the spelling");
        }
        assertThat(dir.resolve("d.db")).as("no store is made for a command that cannot run").doesNotExist();
    }

    @Test
    void anArticleOverTheSizeLimitIsReportedBeforeTheModelsLoadAndTheOthersGoOn() throws Exception {
        Path big = Files.writeString(dir.resolve("big.txt"), "Ortiz met Dahl in Oslo. ".repeat(20));
        Path good = Files.writeString(dir.resolve("good.txt"), "Ortiz met Dahl in Oslo.");
        String db = dir.resolve("d.db").toString();
        String message = "error: " + big + ": the article is 480 characters, over the limit of 100; split it into "
                + "articles, or raise --max-chars";
        assertThat(run("ingest", "--db", db, "--max-chars", "100", big.toString())).isEqualTo(1);
        assertThat(loads).as("nothing left to extract: no models loaded").isZero();
        assertThat(err.toString()).contains(message).contains("0 stored, 0 already stored, 1 failed");

        assertThat(run("ingest", "--db", db, "--max-chars", "100", big.toString(), good.toString())).isEqualTo(1);
        assertThat(errWhenLoading).as("reported before the models load").contains(message);
        assertThat(err.toString()).contains("1 stored, 0 already stored, 1 failed");
    }

    @Test
    void everyNumericOptionIsCheckedBeforeTheModelsLoad() throws Exception {
        Path good = Files.writeString(dir.resolve("good.txt"), "Ortiz met Dahl in Oslo.");
        String db = dir.resolve("d.db").toString();
        String[][] cases = {
                {"--delay must be at least 0 milliseconds, not -5", "ingest", "--db", db, "--delay", "-5", good.toString()},
                {"--max-chars must be at least 1 characters, not -1", "ingest", "--db", db, "--max-chars", "-1",
                        good.toString()},
                {"--threads must be at least 1, not 0", "ingest", "--db", db, "--threads", "0", good.toString()},
                {"--threads must be at least 1, not 0", "extract", "--threads", "0", good.toString()},
                {"--threads must be at least 1, not 0", "reextract", "--db", db, "--threads", "0"},
                {"--lock-wait must be 0 or more seconds, not -1", "ingest", "--db", db, "--lock-wait", "-1",
                        good.toString()},
                {"--lock-wait must be 0 or more seconds, not -1", "reextract", "--db", db, "--lock-wait", "-1"},
                {"--limit must be at least 1, not 0", "search", "--db", db, "--limit", "0", "x"},
        };
        for (String[] c : cases) {
            String[] args = java.util.Arrays.copyOfRange(c, 1, c.length);
            assertThat(run(args)).as(String.join(" ", args)).isEqualTo(2);
            assertThat(err.toString()).as(String.join(" ", args)).contains(c[0]);
            assertThat(loads).isZero();
        }
    }

    @Test
    void aGoodRunSaysItLoadsTheModelsBeforeItDoes() throws Exception {
        Path good = Files.writeString(dir.resolve("good.txt"), "Ortiz met Dahl in Oslo.");
        assertThat(run("ingest", "--db", dir.resolve("d.db").toString(), good.toString())).isZero();
        assertThat(loads).isEqualTo(1);
        assertThat(errWhenLoading).contains("loading language models (about " + ExtractionOptions.MODEL_LOAD_SECONDS
                + " s) …");
    }

    @Test
    void theProgressTotalCountsPagesAndGivesUpOnFeedsInsteadOfUndercounting() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("news"));
        Files.writeString(folder.resolve("a.txt"), "A.");
        Files.writeString(folder.resolve("a.meta.json"), "{}");
        Files.writeString(folder.resolve("b.jsonl"), "{\"text\":\"B.\"}\n{\"text\":\"C.\"}\n\n");
        Files.writeString(folder.resolve("c.html"), "<p>C.</p>");
        assertThat(InputCount.count(List.of(folder.toString()))).isEqualTo(4);
        Files.writeString(folder.resolve("d.rss"), "<rss/>");
        assertThat(InputCount.count(List.of(folder.toString()))).as("a feed holds an unknown number").isEqualTo(-1);

        Progress p = new Progress(new PrintWriter(new StringWriter()), 6, false);
        assertThat(p.line(3, 0, System.nanoTime())).startsWith("3/6 articles").contains("ETA");
        assertThat(p.line(9, 0, System.nanoTime())).as("never 9/6").startsWith("9/? articles").doesNotContain("ETA");
    }
}

package org.dossier.cli;

import org.dossier.pipeline.FakePipelines;

import org.dossier.store.StoreLocation;
import org.dossier.store.jdbc.JdbcStore;
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
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code dossier ingest}, {@code export} and {@code check} over a model-free pipeline. */
class IngestCommandTest {

    @TempDir
    Path dir;

    private StringWriter out = new StringWriter();
    private StringWriter err = new StringWriter();

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
                if (cls == IngestCommand.class) {
                    return cls.cast(new IngestCommand(() -> FakePipelines.capitalized(0), stdin));
                }
                if (cls == CheckCommand.class) {
                    return cls.cast(new CheckCommand(() -> FakePipelines.capitalized(0).version()));
                }
                if (cls == ExtractCommand.class) {
                    return cls.cast(new ExtractCommand(() -> FakePipelines.capitalized(0), stdin));
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

    private static final String[] PORTS = {"Rotterdam", "Antwerp", "Hamburg", "Gdańsk", "Le Havre", "Valencia"};
    private static final String[] LEADERS = {"Anna de Vries", "Jonas Peeters", "Katrin Vogel", "Zofia Nowak"};

    /**
     * {@code n} short articles written for this test (text and sidecar; curly quotes, a dash, an accent), each one
     * different, in a folder of the test's own.
     */
    private Path corpus(int n) throws IOException {
        Path folder = dir.resolve("corpus");
        Files.createDirectories(folder);
        for (int i = 0; i < n; i++) {
            String port = PORTS[i % PORTS.length];
            String leader = LEADERS[i % LEADERS.length];
            String day = String.format("2025-03-%02d", 1 + i);
            String text = "Dockworkers in " + port + " stopped work on day " + (i + 1) + " of the strike.\n"
                    + "“We will not unload a ship until the talks resume,” union leader " + leader + " told reporters — "
                    + "the port authority said " + (100 + 7 * i) + " vessels were waiting.\n"
                    + "Talks are expected to resume on Monday in the city hall of " + port + ".\n";
            String id = String.format("strike-%02d", i);
            Files.writeString(folder.resolve(id + ".txt"), text);
            Files.writeString(folder.resolve(id + ".meta.json"), "{\"id\": \"" + id + "\", \"title\": \"Strike in "
                    + port + "\", \"source\": \"Dossier tests\", \"published\": \"" + day + "\"}\n");
        }
        return folder;
    }

    private static Map<String, String> byId(String jsonl) {
        Map<String, String> m = new TreeMap<>();
        for (String line : jsonl.split("\n")) {
            if (!line.isBlank()) {
                String id = line.replaceFirst("^.*?\"document\":\\{\"id\":\"([^\"]*)\".*$", "$1");
                assertThat(m.put(id, line)).as("id " + id + " twice").isNull();
            }
        }
        return m;
    }

    @Test
    void ingestThenExportGivesBackWhatExtractWrites() throws IOException {
        Path corpus = corpus(6);
        String db = dir.resolve("store.db").toString();
        assertThat(run("ingest", corpus.toString(), "--db", db)).isZero();
        assertThat(err.toString()).contains("ingest: 6 stored, 0 already stored, 0 failed");
        assertThat(run("ingest", corpus.toString(), "--db", db)).isZero();
        assertThat(err.toString()).contains("ingest: 0 stored, 6 already stored, 0 failed");
        assertThat(run("extract", corpus.toString())).isZero();
        Map<String, String> fresh = byId(out.toString());
        assertThat(run("export", "--db", db)).isZero();
        assertThat(byId(out.toString())).isEqualTo(fresh);
        assertThat(run("check", "--db", db)).isZero();
        assertThat(out.toString()).startsWith("ok: 6 articles");
    }

    @Test
    void aKilledIngestLeavesNoHalfArticleAndARerunFinishes() throws Exception {
        Path corpus = corpus(24);
        Path db = dir.resolve("killed.db");
        Process child = childIngest(corpus, db, 150);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        long stored = 0;
        while (System.nanoTime() < deadline && child.isAlive() && stored < 5) {
            Thread.sleep(50);
            stored = storedArticles(db);
        }
        assertThat(child.isAlive()).as("the child ingest is still running when killed").isTrue();
        child.destroyForcibly(); // SIGKILL on Unix
        assertThat(child.waitFor(20, TimeUnit.SECONDS)).isTrue();
        long afterKill = storedArticles(db);
        assertThat(afterKill).isBetween(5L, 23L);

        try (JdbcStore store = JdbcStore.open(new StoreLocation.Sqlite(db), Clock.systemUTC())) {
            assertThat(store.check().problems()).isEmpty();
        }
        Process rerun = childIngest(corpus, db, 0);
        assertThat(rerun.waitFor(120, TimeUnit.SECONDS)).isTrue();
        String log = new String(rerun.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(rerun.exitValue()).as(log).isZero();
        assertThat(log).contains("ingest: " + (24 - afterKill) + " stored, " + afterKill + " already stored, 0 failed");

        assertThat(run("check", "--db", db.toString())).isZero();
        assertThat(out.toString()).startsWith("ok: 24 articles");
        assertThat(run("export", "--db", db.toString())).isZero();
        Map<String, String> exported = byId(out.toString());
        assertThat(run("extract", corpus.toString())).isZero();
        assertThat(exported).isEqualTo(byId(out.toString()));
    }

    private Process childIngest(Path corpus, Path db, long millis) throws IOException {
        List<String> cmd = new ArrayList<>(Arrays.asList(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), SlowIngest.class.getName(), Long.toString(millis),
                "ingest", corpus.toString(), "--db", db.toString()));
        return new ProcessBuilder(cmd).redirectErrorStream(true).start();
    }

    private static long storedArticles(Path db) {
        if (!Files.exists(db)) {
            return 0;
        }
        try (var c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + db);
             Statement st = c.createStatement()) {
            st.execute("PRAGMA busy_timeout = 5000");
            try (ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM articles")) {
                return rs.next() ? rs.getLong(1) : 0;
            }
        } catch (java.sql.SQLException e) {
            return 0; // not created yet
        }
    }

    @Test
    void badInputsAreReportedAndTheStoreStaysIntact() throws IOException {
        Path db = dir.resolve("s.db");
        Path good = dir.resolve("good.txt");
        Files.writeString(good, "Ships left Rotterdam on Monday after the strike ended.");
        Path binary = dir.resolve("photo.txt");
        Files.write(binary, new byte[]{(byte) 0x89, 'P', 'N', 'G', 0, 0, 1, 2});
        Path jsonl = dir.resolve("feed.jsonl");
        Files.writeString(jsonl, "{\"id\": \"j1\", \"text\": \"Dockworkers in Antwerp joined the strike.\"}\n"
                + "this line is not JSON\n");
        Path huge = dir.resolve("huge.txt");
        Files.writeString(huge, "Word ".repeat(11_000_000)); // 55 MB
        assertThat(run("ingest", good.toString(), binary.toString(), jsonl.toString(), huge.toString(),
                "--db", db.toString())).isEqualTo(1);
        assertThat(err.toString())
                .contains("error: " + binary + ": binary data")
                .contains("error: " + jsonl + ":2:").contains("not JSON")
                .contains("error: " + huge + ": the article is 55,000,000 characters, over the limit of 5,000,000")
                .contains("--max-chars")
                .contains("ingest: 2 stored, 0 already stored, 3 failed");
        assertThat(run("check", "--db", db.toString())).isZero();
        assertThat(out.toString()).startsWith("ok: 2 articles");
    }

    @Test
    void readsStandardInputAndRefusesABadDb() {
        String in = "{\"id\": \"x\", \"text\": \"Ships left Rotterdam.\", \"published\": \"2025-03-04\"}\n";
        String db = dir.resolve("stdin.db").toString();
        assertThat(run(new ByteArrayInputStream(in.getBytes(StandardCharsets.UTF_8)), "ingest", "-", "--db", db)).isZero();
        assertThat(run("ingest", "-", "--db", "mysql://nope/x")).isEqualTo(2);
        assertThat(err.toString()).contains("postgresql://");
        assertThat(run("export", "--format", "timeml", "--db", db)).isEqualTo(2);
        assertThat(err.toString()).contains("--output DIR");
    }
}

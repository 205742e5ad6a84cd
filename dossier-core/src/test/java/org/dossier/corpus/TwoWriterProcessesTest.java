package org.dossier.corpus;

import org.dossier.store.StoreLocation;
import org.dossier.store.jdbc.JdbcStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two {@code dossier ingest} processes into one SQLite store (issue 15, item 4): two JVMs on the test class path
 * ingest the same generated articles at once. Every article ends up stored once; each process reports each article
 * stored or already stored, never failed (before, one got {@code SQLITE_BUSY_SNAPSHOT} and reported a failure).
 */
class TwoWriterProcessesTest {

    private static final int ARTICLES = 40;

    @TempDir
    Path dir;

    @Test
    void twoProcessesIngestingTheSameArticlesStoreEachOnceAndNoneFails() throws Exception {
        Path db = dir.resolve("dossier.db");
        try (JdbcStore store = JdbcStore.open(new StoreLocation.Sqlite(db), Clock.systemUTC())) {
            assertThat(store.size()).isZero(); // made and migrated before the race: migration is not what is tested
        }
        Process a = start(db);
        Process b = start(db);
        List<String> outA = finish(a);
        List<String> outB = finish(b);

        assertThat(outA).as("process A").hasSize(ARTICLES).noneMatch(l -> l.startsWith("failed"));
        assertThat(outB).as("process B").hasSize(ARTICLES).noneMatch(l -> l.startsWith("failed"));
        long stored = outA.stream().filter(l -> l.startsWith("stored")).count()
                + outB.stream().filter(l -> l.startsWith("stored")).count();
        assertThat(stored).as("each article stored by exactly one process").isEqualTo(ARTICLES);
        try (JdbcStore store = JdbcStore.open(new StoreLocation.Sqlite(db), Clock.systemUTC())) {
            assertThat(store.size()).isEqualTo(ARTICLES);
            assertThat(store.check().problems()).isEmpty();
        }
    }

    private Process start(Path db) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return new ProcessBuilder(java, "-Xmx256m", "-cp", System.getProperty("java.class.path"),
                IngestProcess.class.getName(), db.toString(), Integer.toString(ARTICLES))
                .redirectErrorStream(true).start();
    }

    private static List<String> finish(Process p) throws Exception {
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).as("the process ends").isTrue();
        assertThat(p.exitValue()).as("exit code; output:\n" + out).isZero();
        List<String> lines = new ArrayList<>();
        out.lines().filter(l -> l.matches("^(stored|already|failed) .*")).forEach(lines::add);
        return lines;
    }
}

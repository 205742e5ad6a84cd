package org.dossier.cli;

import org.dossier.model.Article;
import org.dossier.model.ArticleRecord;
import org.dossier.model.Entity;
import org.dossier.model.EntityType;
import org.dossier.model.Span;
import org.dossier.store.StoreLocation;
import org.dossier.store.jdbc.JdbcStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 15, item 7 on the command line: the query commands read the store without writing to it (the tests run as
 * root, where a chmod'ed store stays writable, so this checks that the database file is byte for byte the same
 * after them, and that they create no store where there is none; the read-only connection itself is checked in
 * {@code StoreLockAndReadOnlyTest}).
 */
class ReadOnlyQueryTest {

    @TempDir
    Path dir;
    private Path db;
    private StringWriter out;
    private StringWriter err;

    @BeforeEach
    void store() {
        System.setProperty("picocli.ansi", "false");
        db = dir.resolve("q.db");
        String text = "Ortiz met Dahl in Oslo.";
        Entity ortiz = new Entity("E1", EntityType.PERSON, null, "Ortiz", List.of(), List.of(),
                List.of(Span.of(text, 0, 5)));
        try (JdbcStore s = JdbcStore.open(new StoreLocation.Sqlite(db), Clock.systemUTC())) {
            s.put(new ArticleRecord(new Article("a1", null, "Wire", null, "2025-01-02", "en", text, "a1"),
                    JdbcStore.sha256(text), List.of(ortiz), List.of(), List.of(), List.of(), List.of(), List.of()));
        }
    }

    private int run(String... args) {
        out = new StringWriter();
        err = new StringWriter();
        CommandLine cl = new CommandLine(new Main());
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        return cl.execute(args);
    }

    private static String sha256(Path f) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(f)));
    }

    @Test
    void theQueryCommandsLeaveTheStoreUntouched() throws Exception {
        String before = sha256(db);
        String d = db.toString();
        assertThat(run("search", "Oslo", "--db", d)).as(err.toString()).isZero();
        assertThat(out.toString()).contains("a1");
        assertThat(run("entity", "Ortiz", "--db", d)).as(err.toString()).isZero();
        assertThat(run("timeline", "--db", d)).as(err.toString()).isZero();
        assertThat(run("export", "--db", d)).as(err.toString()).isZero();
        assertThat(out.toString()).contains("\"id\":\"a1\"");
        assertThat(run("check", "--db", d)).as(err.toString()).isIn(0, 3);
        assertThat(sha256(db)).isEqualTo(before);
        Path wal = dir.resolve("q.db-wal");
        assertThat(!Files.exists(wal) || Files.size(wal) == 0).as("nothing written to the WAL").isTrue();
    }

    @Test
    void aQueryMakesNoStoreWhereThereIsNone() {
        Path missing = dir.resolve("typo.db");
        assertThat(run("search", "Oslo", "--db", missing.toString())).isEqualTo(1);
        assertThat(err.toString()).contains(missing + ": no store here (the file does not exist)");
        assertThat(missing).doesNotExist();
    }
}

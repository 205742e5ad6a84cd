package org.dossier.cli;

import org.dossier.pipeline.DossierPipeline;
import org.dossier.pipeline.FakePipelines;
import org.dossier.store.StoreLocation;
import org.dossier.store.jdbc.LegacyStores;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code dossier check} reports articles an older extractor version produced; {@code dossier reextract} (and
 * {@code ingest} of the same texts) brings them up to date; a store made by the previous Dossier included. Over
 * model-free pipelines whose event stage reads a word list: changing an entry changes the version.
 */
class ReextractCommandTest {

    @TempDir
    Path dir;

    private StringWriter out = new StringWriter();
    private StringWriter err = new StringWriter();
    private DossierPipeline current = FakePipelines.withLexicon("met\n");

    @BeforeEach
    void noColors() {
        System.setProperty("picocli.ansi", "false");
    }

    private int run(String... args) {
        out = new StringWriter();
        err = new StringWriter();
        CommandLine cl = new CommandLine(new Main(), new CommandLine.IFactory() {
            @Override
            public <K> K create(Class<K> cls) throws Exception {
                if (cls == IngestCommand.class) {
                    return cls.cast(new IngestCommand(() -> current, InputStream.nullInputStream()));
                }
                if (cls == ReextractCommand.class) {
                    return cls.cast(new ReextractCommand(() -> current));
                }
                if (cls == CheckCommand.class) {
                    return cls.cast(new CheckCommand(() -> current.version()));
                }
                return CommandLine.defaultFactory().create(cls);
            }
        });
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        return cl.execute(args);
    }

    @Test
    void aStoreOfThePreviousDossierIsBroughtUpToDateByReextractAndCheckIsCleanAfter() throws Exception {
        Path db = dir.resolve("old.db");
        try (Connection c = LegacyStores.create(new StoreLocation.Sqlite(db), 3)) {
            LegacyStores.article(c, "a1", "2024-05-02", "NATO ministers met in Brussels in the first quarter.",
                    "ORGANIZATION", "NATO", List.of(), List.of("a:nato", "n:nato"), "met", "2024-Q1");
        }
        assertThat(run("check", "--db", db.toString())).isEqualTo(3);
        assertThat(out.toString()).startsWith("ok: 1 articles").contains("1 articles extracted by an older version")
                .contains("run 'dossier reextract'");
        assertThat(err.toString()).contains("older: article 'a1' was extracted by an older version");

        assertThat(run("reextract", "--db", db.toString())).isZero();
        assertThat(err.toString()).contains("reextract: 1 re-extracted, 0 failed, by extractor version "
                + current.version());

        assertThat(run("check", "--db", db.toString())).isZero();
        assertThat(out.toString()).startsWith("ok: 1 articles").doesNotContain("older");
        assertThat(err.toString()).isEmpty();
        assertThat(run("export", "--db", db.toString())).isZero();
        assertThat(out.toString()).contains("\"Brussels\"").contains("\"met\"");
        assertThat(run("reextract", "--db", db.toString())).isZero();
        assertThat(err.toString()).contains("every article is up to date");
    }

    @Test
    void aChangedLexiconEntryChangesTheStoredRecordsThroughIngestAndReextract() throws Exception {
        Path input = dir.resolve("articles.jsonl");
        Files.writeString(input, """
                {"id": "a1", "published": "2025-01-02", "text": "Ortiz met Dahl, then visited Oslo."}
                {"id": "a2", "published": "2025-01-03", "text": "Dahl visited Bergen."}
                """);
        String db = dir.resolve("dossier.db").toString();
        assertThat(run("ingest", "--db", db, input.toString())).isZero();
        assertThat(run("export", "--db", db)).isZero();
        assertThat(out.toString()).contains("\"met\"").doesNotContain("\"visited\"");

        current = FakePipelines.withLexicon("met\nvisited\n");
        assertThat(run("check", "--db", db)).isEqualTo(3);
        assertThat(out.toString()).contains("2 articles extracted by an older version");
        assertThat(run("ingest", "--db", db, input.toString())).isZero();
        assertThat(err.toString()).contains("ingest: 0 stored, 2 re-extracted (stored by an older extractor version), "
                + "0 already stored, 0 failed");
        assertThat(run("export", "--db", db)).isZero();
        assertThat(out.toString()).contains("\"visited\"");
        assertThat(run("check", "--db", db)).isZero();

        assertThat(run("reextract", "--older", "--all", "--db", db)).as("one or the other").isEqualTo(2);
        assertThat(run("reextract", "--all", "--db", db)).isZero();
        assertThat(err.toString()).contains("reextract: 2 re-extracted, 0 failed");
        assertThat(run("check", "--db", db)).isZero();
    }
}

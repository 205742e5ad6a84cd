package org.dossier.cli;

import org.dossier.pipeline.FakePipelines;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.dossier.model.Article;
import org.dossier.model.ArticleRecord;
import org.dossier.model.Claim;
import org.dossier.model.Entity;
import org.dossier.model.EntityType;
import org.dossier.model.Event;
import org.dossier.model.EventType;
import org.dossier.model.Factuality;
import org.dossier.model.Participant;
import org.dossier.model.Quote;
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
import java.time.Clock;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The query commands over a store filled with hand-built records (events, quotes, claims). */
class QueryCommandsTest {

    @TempDir
    Path dir;
    private String db;
    private StringWriter out;
    private StringWriter err;

    private static Span at(String text, String what) {
        int i = text.indexOf(what);
        return Span.of(text, i, i + what.length());
    }

    private static ArticleRecord record(String id, String day, String text, List<Entity> entities, List<Event> events,
                                        List<Quote> quotes, List<Claim> claims) {
        return new ArticleRecord(new Article(id, null, "Wire", "https://example.org/" + id, day, "en", text, id),
                JdbcStore.sha256(text), entities, List.of(), quotes, claims, events, List.of());
    }

    @BeforeEach
    void store() {
        System.setProperty("picocli.ansi", "false");
        db = dir.resolve("q.db").toString();
        String t1 = "Volodymyr Zelensky met Mark Rutte in Kyiv. \"We need air defense,\" Zelensky said.";
        String t2 = "President Zelensky visited Brussels on Monday, officials reportedly said.";
        Entity z1 = new Entity("E1", EntityType.PERSON, null, "Volodymyr Zelensky", List.of("Zelensky"),
                List.of("President"), List.of(at(t1, "Volodymyr Zelensky")));
        Entity r1 = new Entity("E2", EntityType.PERSON, null, "Mark Rutte", List.of(), List.of(), List.of(at(t1, "Mark Rutte")));
        Entity k1 = new Entity("E3", EntityType.LOCATION, null, "Kyiv", List.of(), List.of(), List.of(at(t1, "Kyiv")));
        Entity z2 = new Entity("E1", EntityType.PERSON, null, "Zelensky", List.of(), List.of("President"),
                List.of(at(t2, "Zelensky")));
        Entity b2 = new Entity("E2", EntityType.LOCATION, null, "Brussels", List.of(), List.of(), List.of(at(t2, "Brussels")));
        Entity k2 = new Entity("E3", EntityType.LOCATION, null, "Kyiv", List.of(), List.of(), List.of());
        try (JdbcStore s = JdbcStore.open(new StoreLocation.Sqlite(Path.of(db)), Clock.systemUTC())) {
            s.put(record("a1", "2024-12-10", t1, List.of(z1, r1, k1),
                    List.of(new Event("V1", EventType.MEETING, "04", "meet", at(t1, "met"), 0,
                            List.of(new Participant("E1", "source"), new Participant("E2", "target")), "E3",
                            "2024-12-10", null, Factuality.ASSERTED, null)),
                    List.of(new Quote("Q1", at(t1, "We need air defense,"), "E1", "said", at(t1, "said"), "C1")),
                    List.of(new Claim("C1", "E1", at(t1, "Zelensky said"), at(t1, "said"), at(t1, "We need air defense,"),
                            List.of(), "2024-12-10", false))));
            s.put(record("a2", "2024-12-18", t2, List.of(z2, b2, k2),
                    List.of(new Event("V1", EventType.VISIT, "042", "visit", at(t2, "visited"), 0,
                            List.of(new Participant("E1", "source"), new Participant("E2", "target")), "E2",
                            "2024-12-16", null, Factuality.REPORTED, "C1")),
                    List.of(),
                    List.of(new Claim("C1", null, at(t2, "officials"), at(t2, "said"),
                            at(t2, "President Zelensky visited Brussels on Monday"), List.of("officials"), null, true))));
        }
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

    @Test
    void timelineOfAnEntityInEveryFormat() throws Exception {
        assertThat(run("timeline", "--per-article", "--entity", "Zelensky", "--db", db)).isZero();
        String table = out.toString();
        assertThat(table.lines().findFirst().orElseThrow()).startsWith("day").contains("actors").contains("factuality");
        assertThat(table).contains("2024-12-10").contains("MEETING").contains("Mark Rutte").contains("2024-12-16")
                .contains("reported");
        assertThat(run("timeline", "--per-article", "--entity", "Zelensky", "--format", "json", "--db", db)).isZero();
        JsonNode json = new ObjectMapper().readTree(out.toString());
        assertThat(json).hasSize(2);
        assertThat(json.get(1).get("claimSource").asText()).isEqualTo("officials");
        assertThat(json.get(0).get("location").asText()).isEqualTo("Kyiv");
        assertThat(run("timeline", "--per-article", "--from", "2024-12-15", "--format", "csv", "--db", db)).isZero();
        assertThat(out.toString().split("\r\n")).hasSize(2);
        assertThat(run("timeline", "--type", "visits", "--db", db)).isEqualTo(2);
        assertThat(err.toString()).contains("--type 'visits'").contains("VISIT");
        assertThat(run("timeline", "--from", "12/01/2024", "--db", db)).isEqualTo(2);
        assertThat(err.toString()).contains("2024-12-18");
    }

    @Test
    void entityQuotesClaimsAndSearch() {
        assertThat(run("entity", "Zelensky", "--why", "--db", db)).isZero();
        assertThat(out.toString()).contains("Volodymyr Zelensky (PERSON), 2 articles, 2024-12-10 to 2024-12-18")
                .contains("titles:").contains("President").contains("occurs with:").contains("Kyiv")
                .contains("why (one line per article)").contains("shared title 'president'");
        assertThat(run("entity", "Nobody", "--db", db)).isEqualTo(1);
        assertThat(err.toString()).contains("no entity named 'Nobody'");
        assertThat(run("quotes", "--speaker", "Volodymyr Zelensky", "--db", db)).isZero();
        assertThat(out.toString()).contains("We need air defense,");
        assertThat(run("claims", "--format", "csv", "--db", db)).isZero();
        assertThat(out.toString()).startsWith("day,source,cue,content,via,hedged,date,article,id")
                .contains("officials,true");
        assertThat(run("search", "air", "defense", "--db", db)).isZero();
        assertThat(out.toString()).contains("quote").contains("claim").contains("article");
    }

    @Test
    void timelineOverFilesNeedsNoStore() throws Exception {
        Path a = dir.resolve("a.txt");
        Files.writeString(a, "Ships left Rotterdam.");
        assertThat(run("timeline", a.toString(), "--db", dir.resolve("absent/never.db").toString())).isZero();
        assertThat(dir.resolve("absent")).doesNotExist();
    }

    @Test
    void quotesCarriedByManyOutletsAreOneRowWithTheEarliest() {
        String t3 = "\"We need air defense,\" President Volodymyr Zelensky told reporters.";
        String t4 = "Zelensky repeated: \"We need air defense\".";
        try (JdbcStore s = JdbcStore.open(new StoreLocation.Sqlite(Path.of(db)), Clock.systemUTC())) {
            for (String[] a : List.of(new String[]{"a3", "2024-12-11", t3, "Volodymyr Zelensky"},
                    new String[]{"a4", "2024-12-12", t4, "Zelensky"})) {
                String t = a[2];
                Entity z = new Entity("E1", EntityType.PERSON, null, a[3], List.of(), List.of("President"),
                        List.of(at(t, a[3])));
                s.put(record(a[0], a[1], t, List.of(z), List.of(), List.of(new Quote("Q1", at(t, "We need air defense"),
                        "E1", null, null, null)), List.of()));
            }
        }
        assertThat(run("quotes", "--carried", "--speaker", "Zelensky", "--format", "csv", "--db", db)).isZero();
        String[] rows = out.toString().split("\r\n");
        assertThat(rows[0]).isEqualTo("speaker,text,first,firstArticle,articles,sources,carriedBy");
        assertThat(rows[1]).isEqualTo("Volodymyr Zelensky,\"We need air defense,\",2024-12-10,a1,3,1,a1; a3; a4");
        assertThat(rows).hasSize(2);
        assertThat(run("claims", "--carried", "--source", "Zelensky", "--db", db)).isZero();
        assertThat(out.toString()).contains("We need air defense,").contains("a1");
    }
}

package org.dossier.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.dossier.query.MeetingReports;
import org.dossier.store.StoreLocation;
import org.dossier.store.jdbc.JdbcStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code timeline}, {@code event}, {@code conflicts} and {@code export --format events-csv|mentions-csv} over a store
 * of one meeting told five ways and an earthquake, grouped into corpus events by hand.
 */
class CorpusEventCommandsTest {

    @TempDir
    Path dir;
    private String db;
    private long meeting;
    private StringWriter out;
    private StringWriter err;

    @BeforeEach
    void store() {
        System.setProperty("picocli.ansi", "false");
        db = dir.resolve("events.db").toString();
        try (JdbcStore s = JdbcStore.open(new StoreLocation.Sqlite(Path.of(db)), Clock.systemUTC())) {
            MeetingReports.all().forEach(s::put);
            MeetingReports.ungroup(s);
            meeting = MeetingReports.group(s, "same predicate 'meet', same participants",
                    MeetingReports.KYIV + "#V1", MeetingReports.REUTERS + "#V1", MeetingReports.KREMLIN + "#V1",
                    MeetingReports.PREVIEW + "#V1", MeetingReports.AP + "#V1");
            MeetingReports.group(s, "founded", MeetingReports.QUAKE + "#V1");
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

    @Test
    void timelineOverTheStoreHasOneRowPerCorpusEventAndPerArticleTheOldView() throws Exception {
        assertThat(run("timeline", "--db", db)).as(err.toString()).isZero();
        List<String> lines = out.toString().lines().toList();
        assertThat(lines.get(0)).startsWith("id").contains("day").contains("reports").contains("articles")
                .contains("sources").contains("firstReported").contains("disagree");
        assertThat(lines).hasSize(3);
        assertThat(lines.get(1)).contains("DISASTER").contains("Izmir");
        assertThat(lines.get(2)).startsWith(meeting + "   2024-12-09").contains("MEETING")
                .contains("Volodymyr Zelensky").contains("Mark Rutte").contains("2024-12-05")
                .contains("date, place, factuality, since");
        assertThat(run("timeline", "--db", db, "--entity", "Rutte", "--format", "json")).isZero();
        JsonNode json = new ObjectMapper().readTree(out.toString());
        assertThat(json).hasSize(1);
        assertThat(json.get(0).get("reports").asInt()).isEqualTo(5);
        assertThat(json.get(0).get("sources").asInt()).isEqualTo(4);
        assertThat(run("timeline", "--db", db, "--per-article", "--format", "csv")).isZero();
        assertThat(out.toString().split("\r\n")).hasSize(7);
        assertThat(run("timeline", "--db", db, "--family", "disaster", "--format", "csv")).isZero();
        assertThat(out.toString().split("\r\n")).hasSize(2);
        assertThat(run("timeline", "--db", db, "--family", "sports")).isEqualTo(2);
        assertThat(err.toString()).contains("--family 'sports' is not an event family; use one of verbal-cooperation");
    }

    @Test
    void eventShowsEveryReportSideBySideAndWhyEachWasMerged() throws Exception {
        assertThat(run("event", Long.toString(meeting), "--db", db, "--why")).as(err.toString()).isZero();
        String text = out.toString();
        assertThat(text).startsWith("corpus event " + meeting + ": MEETING \"meet\", 2024-12-09 to 2024-12-12\n"
                + "  Volodymyr Zelensky \u2192 Mark Rutte @ Kyiv\n"
                + "  5 reports in 5 articles from 4 sources; first reported 2024-12-05\n");
        assertThat(text).contains("! date: reports give different dates: 2024-12-09 (ap-1 2024-12-10, kyiv-1 "
                + "2024-12-10) vs 2024-12-10 (reuters-1 2024-12-11)")
                .contains("! place: reports give different places: Kyiv").contains("~ since: expected in tass-1");
        assertThat(text).containsPattern("n +article +published +carriedBy +factuality +date +place +participants")
                .containsPattern("\\[4] +reuters-1 +2024-12-11 +officials \\(said\\) via officials +reported "
                        + "+2024-12-10 +Lviv")
                .containsPattern("\\[5] +tass-2 +2024-12-12 +Kremlin \\(denied\\) +reported")
                .contains("[3] kyiv-1 s0 \"met\": Volodymyr Zelensky met Mark Rutte in Kyiv on Monday.")
                .contains("    why: same predicate 'meet', same participants");
        assertThat(run("event", "reuters-1#V1", "--db", db, "--format", "json")).isZero();
        JsonNode json = new ObjectMapper().readTree(out.toString());
        assertThat(json.get("event").get("id").asLong()).isEqualTo(meeting);
        assertThat(json.get("reports")).hasSize(5);
        assertThat(json.get("reports").get(0).get("mergeReason").isNull()).as("only with --why").isTrue();
        assertThat(json.get("disagreements").get(0).get("sides").get(0).get("value").asText()).isEqualTo("2024-12-09");
        assertThat(run("event", Long.toString(meeting), "--db", db, "--format", "csv")).isZero();
        assertThat(out.toString().split("\r\n")).hasSize(6);
        assertThat(run("event", "999", "--db", db)).isEqualTo(1);
        assertThat(err.toString()).contains("no corpus event '999' in the store");
        assertThat(run("event", "meeting", "--db", db)).isEqualTo(2);
        assertThat(err.toString()).contains("ID 'meeting' is neither a corpus event number");
    }

    @Test
    void conflictsListTheReadingsWithTheReportsThatGiveThem() throws Exception {
        assertThat(run("conflicts", "--db", db)).as(err.toString()).isZero();
        String text = out.toString();
        assertThat(text).contains("corpus event " + meeting + ": MEETING").contains("  ! date: ")
                .contains("    2024-12-10:\n      reuters-1 (2024-12-11, officials (said) via officials) \"met\":\n"
                        + "        Zelensky met Rutte in Lviv on Tuesday, officials said.\n")
                .contains("  ! factuality: ").contains("    denied:\n      tass-2 (2024-12-12, Kremlin (denied))")
                .doesNotContain("since");
        assertThat(run("conflicts", "--db", db, "--since")).isZero();
        assertThat(out.toString()).contains("  ~ since: expected in tass-1 2024-12-05");
        assertThat(run("conflicts", "--db", db, "--entity", "Izmir")).isZero();
        assertThat(out.toString()).isEqualTo("(no disagreements)\n");
        assertThat(run("conflicts", "--db", db, "--format", "json")).isZero();
        assertThat(new ObjectMapper().readTree(out.toString())).hasSize(1);
    }

    @Test
    void exportWritesTheEventsAndMentionsTablesGdeltStyle() throws Exception {
        Path events = dir.resolve("events.csv");
        assertThat(run("export", "--db", db, "--format", "events-csv", "-o", events.toString()))
                .as(err.toString()).isZero();
        assertThat(err.toString()).contains("export: 2 corpus events (events-csv)");
        List<String> rows = Files.readAllLines(events, StandardCharsets.UTF_8);
        assertThat(rows).hasSize(3);
        assertThat(rows.get(0)).startsWith("GLOBALEVENTID,SQLDATE,LastDate,EventType,EventFamily,QuadClass")
                .contains("NumMentions,NumArticles,NumSources");
        assertThat(rows.get(1)).startsWith(meeting + ",20241209,20241212,MEETING,verbal-cooperation,1,04,meet,");
        assertThat(run("export", "--db", db, "--format", "mentions-csv")).isZero();
        assertThat(out.toString().split("\r\n")).hasSize(7);
        assertThat(run("export", "--db", db, "--format", "gdelt")).isEqualTo(2);
        assertThat(err.toString()).contains("'gdelt' is not a format; use one of jsonl, csv, timeml, clusters, events-csv, "
                + "mentions-csv");
    }
}

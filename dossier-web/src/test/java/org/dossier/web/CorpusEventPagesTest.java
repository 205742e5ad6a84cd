package org.dossier.web;

import com.fasterxml.jackson.databind.JsonNode;
import org.dossier.model.Article;
import org.dossier.model.ArticleRecord;
import org.dossier.model.Entity;
import org.dossier.model.EntityType;
import org.dossier.model.Event;
import org.dossier.model.EventType;
import org.dossier.model.Factuality;
import org.dossier.model.Participant;
import org.dossier.query.MeetingReports;
import org.dossier.store.StoreLocation;
import org.dossier.store.jdbc.JdbcStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Corpus events on the web: the entity timeline (one row per corpus event, disagreements marked, a family
 * selector), the corpus event page (every report side by side, escaped), and the API routes, over one meeting told
 * six ways (one of them hostile markup) and an earthquake, grouped by hand.
 */
class CorpusEventPagesTest {

    @TempDir
    static Path dir;
    static WebServer server;
    static Http http;
    static long meeting;
    static long quake;

    /** A report of the meeting whose outlet, names and sentence are markup. */
    static ArticleRecord hostile() {
        String text = "<script>alert('s')</script> Zelensky met Rutte <img src=x onerror=alert(1)>.";
        Article a = new Article("evil-1", "<b>title</b>", "<i>Evil</i> Wire", "javascript:alert('u')", "2024-12-13",
                "en", text, "test");
        List<Entity> entities = List.of(
                new Entity("E1", EntityType.PERSON, null, "Zelensky", List.of(), List.of(),
                        List.of(MeetingReports.at(text, "Zelensky"))),
                new Entity("E2", EntityType.PERSON, null, "Rutte", List.of(), List.of(),
                        List.of(MeetingReports.at(text, "Rutte"))));
        return new ArticleRecord(a, JdbcStore.sha256(text), entities, List.of(), List.of(), List.of(),
                List.of(new Event("V1", EventType.MEETING, "04", "meet", MeetingReports.at(text, "met"), 0,
                        List.of(new Participant("E1", "source"), new Participant("E2", "target")), null,
                        "2024-12-09", null, Factuality.ASSERTED, null)), List.of());
    }

    @BeforeAll
    static void start() {
        StoreLocation db = new StoreLocation.Sqlite(dir.resolve("events.db"));
        try (JdbcStore store = JdbcStore.open(db, Clock.systemUTC())) {
            MeetingReports.all().forEach(store::put);
            store.put(hostile());
            MeetingReports.ungroup(store);
            meeting = MeetingReports.group(store, "same predicate 'meet' <b>and</b> participants",
                    MeetingReports.KYIV + "#V1", MeetingReports.REUTERS + "#V1", MeetingReports.KREMLIN + "#V1",
                    MeetingReports.PREVIEW + "#V1", MeetingReports.AP + "#V1", "evil-1#V1");
            quake = MeetingReports.group(store, "founded", MeetingReports.QUAKE + "#V1");
        }
        server = WebServer.start(db, WebOptions.readOnly(0), WebFixtures::pipeline, Clock.systemUTC());
        http = new Http(server.url());
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    static String page(String path) {
        HttpResponse<String> r = http.get(path);
        assertThat(r.statusCode()).as(path + ": " + r.body()).isEqualTo(200);
        return r.body();
    }

    static long entity(String name) {
        return ApiTest.parse(http.get("/api/entities?name=" + name.replace(" ", "%20")).body()).path("entities")
                .get(0).path("entity").asLong();
    }

    @Test
    void theEntityTimelineHasOneRowPerCorpusEventWithDisagreementsMarkedAndAFamilySelector() {
        long rutte = entity("Mark Rutte");
        String html = page("/entity/" + rutte);
        int table = html.indexOf("id=\"corpus-events\"");
        assertThat(table).isPositive();
        String rows = html.substring(table, html.indexOf("</table>", table));
        assertThat(rows).contains("<tr class=\"disagree\" data-event=\"" + meeting + "\">")
                .contains("<a href=\"/event/" + meeting + "\">meet</a>")
                .contains("6 reports \u00b7 6 articles \u00b7 5 sources")
                .contains("<span class=\"mark conflict\"").contains("\u26a0 date, place, factuality, since")
                .doesNotContain("DISASTER");
        assertThat(html).contains("<select name=\"family\">").contains("<option value=\"disaster\">disaster</option>");
        String disasters = page("/entity/" + rutte + "?family=disaster");
        assertThat(disasters).contains("<option value=\"disaster\" selected>disaster</option>")
                .doesNotContain("data-event=\"" + meeting + "\"");
        assertThat(http.get("/entity/" + rutte + "?family=sports").statusCode()).isEqualTo(400);
    }

    @Test
    void theEventPageListsEveryReportSideBySideAndKeepsMarkupAsText() {
        String html = page("/event/" + meeting);
        assertThat(html).contains("<h1 id=\"event-title\"><span class=\"etype\">MEETING</span> meet</h1>")
                .contains("6 reports in 6 articles from 5 sources; first reported 2024-12-05");
        assertThat(html).contains("<li class=\"conflict\"><strong>date</strong>")
                .contains("<li class=\"development\"><strong>since</strong> (a development, not a contradiction)")
                .contains("<span class=\"reading\">denied</span>:\n            <a href=\"#report-5\">[5]</a>");
        assertThat(html).contains("<tr id=\"report-5\" class=\"fact-reported\">")
                .contains("<td>Kremlin (denied)</td>")
                .contains("<td>officials (said) via officials</td>")
                .contains("<td class=\"sentence\">Zelensky met Rutte in Lviv on Tuesday, officials said.</td>");
        assertThat(html).contains("&lt;script&gt;alert(").contains("&lt;i&gt;Evil&lt;/i&gt; Wire")
                .contains("same predicate 'meet' &lt;b&gt;and&lt;/b&gt; participants")
                .doesNotContain("<script>alert").doesNotContain("<img src=x").doesNotContain("<i>Evil</i>");
        assertThat(page("/event/" + quake)).contains("<p id=\"agreement\">The reports agree.</p>")
                .contains("1 report in 1 article from 1 source; first reported 2024-11-03");
        HttpResponse<String> missing = http.get("/event/99999");
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.body()).contains("No event 99999 in the store.");
        assertThat(http.get("/event/meeting").statusCode()).isEqualTo(400);
    }

    @Test
    void theTimelinePageListsCorpusEventsWithTheFamilyFilter() {
        String html = page("/timeline?family=material-cooperation");
        assertThat(html).contains("<option value=\"material-cooperation\" selected>material-cooperation</option>")
                .contains("0 events, one row per real-world event");
        String all = page("/timeline");
        assertThat(all).contains("2 events, one row per real-world event")
                .contains("href=\"/api/corpus-events?limit=500&amp;format=csv\"");
    }

    @Test
    void theApiGivesCorpusEventsOneByOneAndTheConflicts() {
        JsonNode list = ApiTest.parse(page("/api/corpus-events?entity=Rutte"));
        assertThat(list.path("events")).hasSize(1);
        assertThat(list.path("events").get(0).path("sources").asInt()).isEqualTo(5);
        assertThat(ApiTest.parse(page("/api/corpus-events?family=disaster")).path("events").get(0).path("id").asLong())
                .isEqualTo(quake);
        JsonNode one = ApiTest.parse(page("/api/corpus-events/" + meeting));
        assertThat(one.path("reports")).hasSize(6);
        assertThat(one.path("disagreements").get(0).path("kind").asText()).isEqualTo("date");
        assertThat(one.path("reports").get(0).path("mergeReason").asText()).startsWith("same predicate");
        HttpResponse<String> csv = http.get("/api/corpus-events?format=csv");
        assertThat(csv.headers().firstValue("Content-Type")).get().asString().startsWith("text/csv");
        assertThat(csv.body().split("\r\n")).hasSize(3);
        assertThat(csv.body()).startsWith("GLOBALEVENTID,SQLDATE,");
        assertThat(ApiTest.parse(page("/api/conflicts")).path("events")).hasSize(1);
        assertThat(http.get("/api/conflicts?since=maybe").statusCode()).isEqualTo(400);
        assertThat(http.get("/api/corpus-events/424242").statusCode()).isEqualTo(404);
        assertThat(http.get("/api/corpus-events?family=sports").body())
                .contains("'sports' is not an event family; one of verbal-cooperation");
        assertThat(http.get("/api/timeline?type=MEETING&family=disaster").body())
                .contains("type MEETING is of the family verbal-cooperation, not disaster");
    }
}

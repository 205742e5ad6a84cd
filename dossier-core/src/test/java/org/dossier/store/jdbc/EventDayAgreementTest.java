package org.dossier.store.jdbc;

import org.dossier.export.EventCsvExporter;
import org.dossier.model.Article;
import org.dossier.model.ArticleRecord;
import org.dossier.model.Claim;
import org.dossier.model.Event;
import org.dossier.model.EventType;
import org.dossier.model.Factuality;
import org.dossier.model.Span;
import org.dossier.query.CorpusQueries;
import org.dossier.query.Rows;
import org.dossier.query.TimelineQuery;
import org.dossier.store.Records;
import org.dossier.store.StoreLocation;
import org.dossier.timeline.EventDate;
import org.dossier.timeline.Timeline;
import org.dossier.timeline.TimelineEntry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The timeline command, the store (and so its timelines and the web) and the CSV export file an event on one day. */
class EventDayAgreementTest {

    @TempDir
    Path dir;

    private static final String TEXT = "Ministers met in the first quarter. The Herald reported on April 10 that they "
            + "agreed. They talked. They rested on the weekend.";

    private static Span at(String words) {
        int i = TEXT.indexOf(words);
        return Span.of(TEXT, i, i + words.length());
    }

    private static ArticleRecord record() {
        Article a = new Article("herald-2", null, "Herald", null, "2024-05-02", "en", TEXT, "herald-2.txt");
        Claim c = new Claim("C1", null, at("The Herald"), at("reported"), at("they agreed"), List.of(), null, false);
        List<Event> events = List.of(
                Records.event("V1", TEXT, "met", EventType.MEETING, "2024-Q1", Factuality.ASSERTED, null),
                Records.event("V2", TEXT, "reported", EventType.STATEMENT, "2024-04-10", Factuality.ASSERTED, null),
                Records.event("V3", TEXT, "agreed", EventType.COOPERATION, null, Factuality.REPORTED, "C1"),
                Records.event("V4", TEXT, "talked", EventType.MEETING, "XXXX-XX-XX", Factuality.ASSERTED, null),
                Records.event("V5", TEXT, "rested", EventType.MEETING, "2024-W51-WE", Factuality.ASSERTED, null));
        return new ArticleRecord(a, JdbcStore.sha256(TEXT), List.of(), List.of(), List.of(), List.of(c), events,
                List.of());
    }

    @Test
    void everyViewFilesEveryEventOnTheSameDay() throws Exception {
        Map<String, String> expected = new LinkedHashMap<>();
        expected.put("V1", "2024-01-01");
        expected.put("V2", "2024-04-10");
        expected.put("V3", "2024-04-10");
        expected.put("V4", "2024-05-02");
        expected.put("V5", "2024-12-21");
        ArticleRecord r = record();
        for (Event e : r.events()) {
            assertThat(EventDate.day(r, e)).as(e.id()).isEqualTo(expected.get(e.id()));
        }

        Timeline t = Timeline.of(List.of(r), Timeline.Filter.ALL);
        for (TimelineEntry entry : t.dated()) {
            assertThat(entry.filedUnder().first().toString()).as(entry.event().id())
                    .isEqualTo(expected.get(entry.event().id()));
        }
        assertThat(t.undated()).extracting(x -> x.event().id()).containsExactly("V4");

        StringWriter csv = new StringWriter();
        new EventCsvExporter(csv).write(r);
        List<String> csvDays = new ArrayList<>();
        csv.toString().lines().forEach(l -> csvDays.add(l.substring(0, l.indexOf(','))));
        assertThat(csvDays).containsExactlyElementsOf(expected.values());

        try (JdbcStore store = JdbcStore.open(new StoreLocation.Sqlite(dir.resolve("d.db")), JdbcStoreTest.CLOCK)) {
            store.put(r);
            List<Rows.Event> rows = new CorpusQueries(store).timeline(new TimelineQuery(null, null, null, null, 10));
            Map<String, String> stored = new LinkedHashMap<>();
            rows.forEach(row -> stored.put(row.event(), row.day()));
            assertThat(stored).containsExactlyInAnyOrderEntriesOf(expected);
            assertThat(rows).extracting(Rows.Event::event).containsExactly("V1", "V2", "V3", "V4", "V5");
        }
    }

    @Test
    void migrationFourRecomputesStoredDaysAsTheOneRuleDoes() throws Exception {
        ArticleRecord r = record();
        try (JdbcStore store = JdbcStore.open(new StoreLocation.Sqlite(dir.resolve("d.db")), JdbcStoreTest.CLOCK)) {
            store.put(r);
            java.sql.Connection c = store.connection();
            try (java.sql.Statement st = c.createStatement()) {
                // as the old rule left them: everything it could not read under the publication day
                st.executeUpdate("UPDATE events SET day = '2024-05-02' WHERE local_id IN ('V1', 'V3', 'V5')");
                st.executeUpdate("UPDATE participants SET day = '2024-05-02'");
            }
            new EventDayMigration().run(c);
            c.commit();
            Map<String, String> stored = new LinkedHashMap<>();
            try (java.sql.Statement st = c.createStatement();
                 java.sql.ResultSet rs = st.executeQuery("SELECT local_id, day FROM events ORDER BY seq")) {
                while (rs.next()) {
                    stored.put(rs.getString(1), rs.getString(2));
                }
            }
            Map<String, String> expected = new LinkedHashMap<>();
            r.events().forEach(e -> expected.put(e.id(), EventDate.day(r, e)));
            assertThat(stored).isEqualTo(expected);
        }
    }
}

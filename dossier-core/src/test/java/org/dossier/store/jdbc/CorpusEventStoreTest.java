package org.dossier.store.jdbc;

import org.dossier.model.ArticleRecord;
import org.dossier.model.Entity;
import org.dossier.model.EntityType;
import org.dossier.model.Event;
import org.dossier.model.EventType;
import org.dossier.model.Factuality;
import org.dossier.model.Participant;
import org.dossier.model.Span;
import org.dossier.store.PutResult;
import org.dossier.store.StoreLocation;
import org.dossier.store.Records;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Corpus events in the store (issue 11), on both back-ends: reports of one meeting told three ways are one corpus
 * event; two earthquakes stay two; a re-ingest changes nothing; a re-extraction and the check keep the counts.
 */
class CorpusEventStoreTest {

    @TempDir
    Path dir;

    static java.util.stream.Stream<org.junit.jupiter.params.provider.Arguments> backends() {
        return org.dossier.store.Backends.all();
    }

    static final String REUTERS = "Zelensky met Macron at the Elysee Palace in Paris on Saturday to discuss air defence "
            + "for Ukraine. Zelensky thanked Macron for the Mirage jets and asked for more Patriot batteries before "
            + "winter. The Elysee said the two leaders agreed on a coalition for reconstruction.";
    static final String AP = "Ukrainian President Volodymyr Zelensky held talks with French President Emmanuel "
            + "Macron in Paris on December 7, with air defence and the Mirage jets high on the agenda. Macron promised "
            + "Patriot batteries and a reconstruction coalition, the Elysee said.";
    static final String LOCAL = "The meeting at the Elysee between Macron and Zelensky lasted two hours. Paris police "
            + "closed the streets around the palace. After the meeting, Zelensky said Ukraine needs Patriot batteries "
            + "and more Mirage jets for its air defence this winter.";
    static final String FOOTBALL = "Paris Saint-Germain beat Lyon 3-1 on Sunday, with two goals from Dembele. The "
            + "coach praised the defence and the fans at the Parc des Princes.";
    static final String QUAKE_2010 = "A magnitude 7.0 earthquake struck Haiti, collapsing buildings in Port-au-Prince "
            + "and killing thousands. Rescue teams searched the rubble of the presidential palace in Port-au-Prince.";
    static final String QUAKE_2011 = "A magnitude 9.0 earthquake struck Japan, setting off a tsunami along the coast "
            + "of Sendai and Fukushima. Rescue teams searched the rubble as the Fukushima reactors overheated.";
    static final String QUAKE_YUNNAN_A = "A magnitude 6.1 earthquake struck Yunnan province in China, killing 80 "
            + "people in Ludian county. Soldiers dug through collapsed houses in Ludian.";
    static final String QUAKE_YUNNAN_B = "A magnitude 5.9 earthquake struck Yunnan province in China a year later, "
            + "killing one person in Jinggu county. Soldiers brought tents to Jinggu.";

    /** A record of {@code text} with the given entities (by name) and events. */
    private static ArticleRecord article(String id, String published, String text, List<Entity> entities,
                                         Event... events) {
        return Records.article(id, published, text, entities, List.of(events));
    }

    private static Entity person(String id, String text, String name, String... aliases) {
        return Records.entity(id, EntityType.PERSON, text, name, List.of(aliases), List.of());
    }

    private static Entity place(String id, String text, String name) {
        return Records.entity(id, EntityType.LOCATION, text, name, List.of(), List.of());
    }

    /** An event at the {@code nth} (0-based) occurrence of {@code trigger}. */
    private static Event event(String id, String text, String trigger, int nth, String predicate, EventType type,
                               String location, String date, Participant... participants) {
        int at = text.indexOf(trigger);
        for (int i = 0; i < nth; i++) {
            at = text.indexOf(trigger, at + 1);
        }
        return new Event(id, type, type.cameo(), predicate, Span.of(text, at, at + trigger.length()), 0,
                List.of(participants), location, date, null, Factuality.ASSERTED, null);
    }

    static ArticleRecord reuters() {
        return article("reuters", "2024-12-08", REUTERS, List.of(person("E1", REUTERS, "Zelensky"),
                        person("E2", REUTERS, "Macron"), place("E3", REUTERS, "Paris")),
                event("V1", REUTERS, "met", 0, "meet", EventType.MEETING, "E3", "2024-12-07",
                        new Participant("E1", "source"), new Participant("E2", "target")));
    }

    static ArticleRecord ap() {
        return article("ap", "2024-12-07", AP, List.of(person("E1", AP, "Volodymyr Zelensky", "Zelensky"),
                        person("E2", AP, "Emmanuel Macron", "Macron"), place("E3", AP, "Paris")),
                event("V1", AP, "talks", 0, "talk", EventType.MEETING, "E3", "2024-12-07",
                        new Participant("E1", "source"), new Participant("E2", "target")));
    }

    static ArticleRecord local() {
        return article("local", "2024-12-09", LOCAL, List.of(person("E1", LOCAL, "Macron"),
                        person("E2", LOCAL, "Zelensky"), place("E3", LOCAL, "Paris")),
                event("V1", LOCAL, "meeting", 0, "meeting", EventType.MEETING, null, null,
                        new Participant("E1", "other"), new Participant("E2", "other")),
                event("V2", LOCAL, "meeting", 1, "meeting", EventType.MEETING, null, null));
    }

    static ArticleRecord football() {
        return article("football", "2024-12-08", FOOTBALL, List.of(place("E1", FOOTBALL, "Paris Saint-Germain"),
                        place("E2", FOOTBALL, "Lyon")),
                event("V1", FOOTBALL, "beat", 0, "beat", EventType.CONTEST, null, "2024-12-08"));
    }

    private static ArticleRecord quake(String id, String published, String text, String where, String date) {
        return article(id, published, text, List.of(place("E1", text, where)),
                event("V1", text, "earthquake", 0, "earthquake", EventType.DISASTER, "E1", date),
                event("V2", text, "struck", 0, "strike", EventType.DISASTER, "E1", date));
    }

    @ParameterizedTest
    @MethodSource("backends")
    void theSameMeetingToldThreeWaysIsOneCorpusEvent(Function<Path, StoreLocation> backend) throws SQLException {
        try (JdbcStore store = JdbcStore.open(backend.apply(dir), JdbcStoreTest.CLOCK)) {
            store.put(football());
            store.put(reuters());
            store.put(ap());
            store.put(local());
            List<String> meetings = rows(store.connection(), "SELECT type || ' ' || reports || ' ' || articles || ' ' "
                    + "|| first_day || ' ' || last_day || ' ' || first_reported FROM corpus_events WHERE type = 'MEETING'");
            assertThat(meetings).as("'met', 'held talks', 'the meeting' twice: one meeting")
                    .containsExactly("MEETING 4 3 2024-12-07 2024-12-09 2024-12-07");
            assertThat(rows(store.connection(), "SELECT merge_reason FROM events ev JOIN articles a ON a.pk = ev.article "
                    + "WHERE a.doc_id = 'ap'")).singleElement().asString()
                    .startsWith("joined #").contains("'talk' names the same happening as 'meet'")
                    .contains("articles close as a whole").contains("2 shared participants").contains("same place");
            assertThat(rows(store.connection(), "SELECT merge_reason FROM events ev JOIN articles a ON a.pk = ev.article "
                    + "WHERE a.doc_id = 'local' ORDER BY ev.seq").get(1)).contains("reported earlier in this article");
            assertThat(rows(store.connection(), "SELECT reports FROM corpus_events WHERE type = 'CONTEST'"))
                    .as("a football match in Paris is no meeting").containsExactly("1");
            assertThat(store.check().problems()).isEmpty();
        }
    }

    @ParameterizedTest
    @MethodSource("backends")
    void twoEarthquakesStayTwo(Function<Path, StoreLocation> backend) throws SQLException {
        try (JdbcStore store = JdbcStore.open(backend.apply(dir), JdbcStoreTest.CLOCK)) {
            store.put(football());
            store.put(quake("haiti", "2010-01-13", QUAKE_2010, "Haiti", null));
            store.put(quake("japan", "2011-03-11", QUAKE_2011, "Japan", null));
            store.put(quake("yunnan-a", "2014-08-04", QUAKE_YUNNAN_A, "Yunnan", "2014-08-03"));
            store.put(quake("yunnan-b", "2015-10-31", QUAKE_YUNNAN_B, "Yunnan", "2015-10-30"));
            List<String> quakes = rows(store.connection(), "SELECT reports || ' ' || articles FROM corpus_events "
                    + "WHERE predicate = 'earthquake' ORDER BY pk");
            assertThat(quakes).as("four earthquakes: two countries, and one province a year apart")
                    .containsExactly("1 1", "1 1", "1 1", "1 1");
            assertThat(rows(store.connection(), "SELECT merge_reason FROM events ev JOIN articles a ON a.pk = ev.article "
                    + "WHERE a.doc_id = 'yunnan-b' AND ev.seq = 0")).singleElement().asString()
                    .startsWith("new event").contains("happened 2014-08-03").contains("another year");
            assertThat(store.check().problems()).isEmpty();
        }
    }

    static final String LINEBACKER_A = "Harbor City Gulls linebacker Dario Menks was arrested for drunk driving "
            + "early on Sunday. Menks was stopped on the coastal highway after a night out, police said. The Gulls "
            + "said they were aware of the arrest of Menks.";
    static final String LINEBACKER_B = "The Gulls linebacker Dario Menks spent the night in jail after his arrest "
            + "for drunk driving. Menks had been stopped on the coastal highway; the Harbor City Gulls declined to "
            + "comment on Menks.";
    static final String RECEIVER = "Harbor City Gulls receiver Tobin Oyelaran was arrested for drunk driving on the "
            + "coastal highway. Oyelaran was released on bail, and the Gulls said Oyelaran would play on Sunday.";

    private static ArticleRecord arrest(String id, String text, String player, String alias) {
        return article(id, null, text, List.of(person("E1", text, player, alias),
                        Records.entity("E2", EntityType.ORGANIZATION, text, "Harbor City Gulls", List.of("Gulls"),
                                List.of())),
                event("V1", text, "arrest", 0, "arrest", EventType.JUSTICE, null, null));
    }

    @ParameterizedTest
    @MethodSource("backends")
    void twoPlayersOfOneTeamArrestedAreTwoArrests(Function<Path, StoreLocation> backend) throws SQLException {
        try (JdbcStore store = JdbcStore.open(backend.apply(dir), JdbcStoreTest.CLOCK)) {
            store.put(football());
            store.put(arrest("menks-a", LINEBACKER_A, "Dario Menks", "Menks"));
            store.put(arrest("oyelaran", RECEIVER, "Tobin Oyelaran", "Oyelaran"));
            store.put(arrest("menks-b", LINEBACKER_B, "Dario Menks", "Menks"));
            assertThat(rows(store.connection(), "SELECT a.doc_id || ' ' || ev.corpus_event FROM events ev JOIN articles a "
                    + "ON a.pk = ev.article WHERE ev.predicate = 'arrest' ORDER BY a.doc_id"))
                    .as("the team, the highway and the charge are shared; the arrested player is not")
                    .hasSize(3).satisfies(l -> {
                        assertThat(l.get(0).split(" ")[1]).isEqualTo(l.get(1).split(" ")[1]);
                        assertThat(l.get(2).split(" ")[1]).isNotEqualTo(l.get(0).split(" ")[1]);
                    });
            assertThat(rows(store.connection(), "SELECT merge_reason FROM events ev JOIN articles a ON a.pk = ev.article "
                    + "WHERE a.doc_id = 'oyelaran'")).singleElement().asString().startsWith("new event")
                    .contains("too far").contains("tell another person's story: their closeness counts 0.3");
            assertThat(store.check().problems()).isEmpty();
        }
    }

    static final String SUMMIT_A = "Security was tight in Lisbon as leaders gathered for the climate summit. The summit "
            + "opened with a call to cut emissions, and police closed the streets around the congress hall.";
    static final String SUMMIT_B = "The climate summit in Lisbon opened with a call to cut emissions. Leaders arrived "
            + "late after security checks at the congress hall, and police closed the streets around it.";

    /** The summit (in Lisbon) and the security around it (no place, nobody named), in text order. */
    private static ArticleRecord summit(String id, String text) {
        Event security = event("V1", text, text.startsWith("Security") ? "Security" : "security", 0, "security",
                EventType.OTHER, null, null);
        Event summit = event("V2", text, "summit", 0, "summit", EventType.MEETING, "E1", "2024-11-12");
        return article(id, "2024-11-12", text, List.of(place("E1", text, "Lisbon")),
                security.trigger().start() < summit.trigger().start() ? new Event[]{security, summit}
                        : new Event[]{summit, security});
    }

    @ParameterizedTest
    @MethodSource("backends")
    void aGenericNounInTwoReportsOfOneSummitIsNoOneHappening(Function<Path, StoreLocation> backend)
            throws SQLException {
        try (JdbcStore store = JdbcStore.open(backend.apply(dir), JdbcStoreTest.CLOCK)) {
            store.put(football());
            store.put(summit("summit-a", SUMMIT_A));
            store.put(summit("summit-b", SUMMIT_B));
            assertThat(rows(store.connection(), "SELECT reports || ' ' || articles FROM corpus_events "
                    + "WHERE predicate = 'summit'")).as("one summit told twice").containsExactly("2 2");
            assertThat(rows(store.connection(), "SELECT reports || ' ' || articles FROM corpus_events "
                    + "WHERE predicate = 'security' ORDER BY pk")).as("tight security, security checks: two")
                    .containsExactly("1 1", "1 1");
            assertThat(rows(store.connection(), "SELECT merge_reason FROM events ev JOIN articles a ON a.pk = ev.article "
                    + "WHERE a.doc_id = 'summit-b' AND ev.predicate = 'security'")).singleElement().asString()
                    .startsWith("new event").contains("'security' names no happening by itself");
            assertThat(store.check().problems()).isEmpty();
        }
    }

    @ParameterizedTest
    @MethodSource("backends")
    void aReingestChangesNothingAndAReextractionKeepsTheCounts(Function<Path, StoreLocation> backend)
            throws SQLException {
        try (JdbcStore store = JdbcStore.open(backend.apply(dir), JdbcStoreTest.CLOCK)) {
            store.put(reuters());
            store.put(ap());
            store.put(local());
            List<String> before = snapshot(store.connection());
            assertThat(store.put(ap())).isInstanceOf(PutResult.Duplicate.class);
            assertThat(snapshot(store.connection())).as("a re-ingest changes nothing").isEqualTo(before);

            // the AP article re-extracted: its event is now a visit, which no other article reports
            ArticleRecord changed = article("ap", "2024-12-07", AP, ap().entities(),
                    event("V1", AP, "talks", 0, "visit", EventType.VISIT, "E3", "2024-12-07",
                            new Participant("E1", "source")));
            store.replace(changed, null);
            assertThat(rows(store.connection(), "SELECT type || ' ' || reports || ' ' || articles FROM corpus_events "
                    + "ORDER BY pk")).containsExactly("MEETING 3 2", "VISIT 1 1");
            assertThat(store.check().problems()).isEmpty();

            // and back: the same corpus layer as before, up to the keys of new rows
            store.replace(ap(), null);
            assertThat(rows(store.connection(), "SELECT type || ' ' || reports || ' ' || articles FROM corpus_events "
                    + "ORDER BY pk")).containsExactly("MEETING 4 3");
            assertThat(rows(store.connection(), "SELECT COUNT(*) FROM corpus_event_keys")).containsExactly("1");
            assertThat(store.check().problems()).isEmpty();
        }
    }

    @ParameterizedTest
    @MethodSource("backends")
    void theCheckFindsAnEventWithoutCorpusEventAndAWrongCount(Function<Path, StoreLocation> backend)
            throws SQLException {
        try (JdbcStore store = JdbcStore.open(backend.apply(dir), JdbcStoreTest.CLOCK)) {
            store.put(reuters());
            store.put(ap());
            Connection c = store.connection();
            try (Statement st = c.createStatement()) {
                st.executeUpdate("UPDATE corpus_events SET reports = 7");
                st.executeUpdate("INSERT INTO corpus_events (type, predicate, reports, articles) "
                        + "VALUES ('OTHER', 'x', 0, 0)");
            }
            c.commit();
            assertThat(store.check().problems()).anyMatch(p -> p.contains("counts 7 reports in 2 articles but 2 in 2"))
                    .anyMatch(p -> p.contains("tied to no event"));
        }
    }

    /** Every corpus-layer row, in a stable order. */
    static List<String> snapshot(Connection c) throws SQLException {
        List<String> out = new ArrayList<>();
        out.addAll(rows(c, "SELECT pk || ' ' || type || ' ' || predicate || ' ' || reports || ' ' || articles || ' ' "
                + "|| COALESCE(first_day, '-') FROM corpus_events ORDER BY pk"));
        out.addAll(rows(c, "SELECT key || ' ' || corpus_event || ' ' || uses FROM corpus_event_keys ORDER BY key, "
                + "corpus_event"));
        out.addAll(rows(c, "SELECT pk || ' ' || corpus_event || ' ' || merge_reason FROM events ORDER BY pk"));
        out.addAll(rows(c, "SELECT term || ' ' || articles FROM corpus_terms ORDER BY term"));
        out.addAll(rows(c, "SELECT term || ' ' || article FROM article_terms ORDER BY term, article"));
        return out;
    }

    static List<String> rows(Connection c, String sql) throws SQLException {
        List<String> out = new ArrayList<>();
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        }
        c.commit();
        return out;
    }
}

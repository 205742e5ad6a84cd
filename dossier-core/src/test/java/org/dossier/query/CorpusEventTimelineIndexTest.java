package org.dossier.query;

import org.dossier.model.Article;
import org.dossier.model.ArticleRecord;
import org.dossier.model.Entity;
import org.dossier.model.EntityType;
import org.dossier.model.Event;
import org.dossier.model.EventFamily;
import org.dossier.model.EventType;
import org.dossier.model.Factuality;
import org.dossier.model.Participant;
import org.dossier.model.Span;
import org.dossier.store.Backends;
import org.dossier.store.StoreLocation;
import org.dossier.store.jdbc.JdbcStore;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Function;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The corpus-event timeline read through its index ({@code entity_corpus_events}, V11) lists the same corpus events
 * in the same order as the query it replaced, which gathered every corpus event an entity takes part in and sorted
 * them ({@link #before}): for every entity, with short and long pages, types, day ranges and a publication, after
 * articles are stored (reports join corpus events, found new ones, and two corpus events are merged into one), after
 * re-extractions that move a report to another corpus event, take reports away or add some, and after V11 rebuilds
 * the index of such a store. {@code dossier check} finds nothing throughout, and finds a row gone wrong.
 */
class CorpusEventTimelineIndexTest {

    @TempDir
    Path dir;

    static Stream<Arguments> backends() {
        return Backends.all();
    }

    private static final String[] PEOPLE = {"Anna Berg", "Boris Lind", "Chen Wu", "John Smith", "Jane Smith",
            "Greta Holm"};
    private static final String[] PLACES = {"Kyiv", "Paris", "Lima"};
    private static final String[] PREDICATES = {"meet", "talk", "attack", "visit", "meeting"};
    private static final EventType[] TYPES = {EventType.MEETING, EventType.MEETING, EventType.ATTACK, EventType.VISIT,
            EventType.MEETING};

    /**
     * Article {@code n} of a small world where reports often agree: three of six people, one of three places, four
     * events on days close together (some undated, some in an article without a date, whose events then have no
     * day), from one of two wires. {@code variant} changes its events but not its text (a re-extraction).
     */
    static ArticleRecord article(int n, int variant, boolean undatedArticle) {
        Random r = new Random(n * 31L);
        List<String> names = new ArrayList<>();
        while (names.size() < 3) {
            String p = PEOPLE[r.nextInt(PEOPLE.length)];
            if (!names.contains(p)) {
                names.add(p);
            }
        }
        String place = PLACES[r.nextInt(PLACES.length)];
        StringBuilder text = new StringBuilder("Report " + n + ". ");
        List<Entity> entities = new ArrayList<>();
        for (String name : names) {
            int at = text.length();
            text.append(name).append(" spoke about the meeting and the talks. ");
            entities.add(new Entity("E" + (entities.size() + 1), EntityType.PERSON, null, name, List.of(), List.of(),
                    List.of(new Span(at, at + name.length(), name))));
        }
        int at = text.length();
        text.append("They were in ").append(place).append(". ");
        entities.add(new Entity("E4", EntityType.LOCATION, null, place, List.of(), List.of(),
                List.of(new Span(at + 13, at + 13 + place.length(), place))));
        LocalDate day = LocalDate.of(2024, 3, 1).plusDays(n % 7);
        int acts = text.length();
        text.append("acted ".repeat(4));
        List<Event> events = new ArrayList<>();
        r = new Random(n * 31L + variant * 7919L); // the text is the same in every variant, its events are not
        int count = 2 + r.nextInt(3);
        for (int i = 0; i < count; i++) {
            int s = acts + 6 * i;
            int k = r.nextInt(PREDICATES.length);
            // an undated article tells of tours no dated one does: corpus events with no day at all
            String predicate = undatedArticle ? "tour" : PREDICATES[k];
            EventType type = undatedArticle ? EventType.VISIT : TYPES[k];
            int a = r.nextInt(3);
            List<Participant> parts = r.nextInt(5) == 0 ? List.of()
                    : List.of(new Participant("E" + (a + 1), "source"), new Participant("E" + ((a + 1) % 3 + 1),
                    "target"));
            String date = r.nextInt(4) == 0 ? null : day.minusDays(r.nextInt(2)).toString();
            events.add(new Event("V" + (i + 1), type, type.cameo(), predicate, new Span(s, s + 5, "acted"), 0,
                    parts, r.nextBoolean() ? "E4" : null, undatedArticle ? null : date, null, Factuality.ASSERTED,
                    null));
        }
        String t = text.toString();
        return new ArticleRecord(new Article("a" + n, null, n % 2 == 0 ? "Wire A" : "Wire B", null,
                undatedArticle ? null : day.toString(), "en", t, "test"), JdbcStore.sha256(t), entities, List.of(),
                List.of(), List.of(), events, List.of());
    }

    @ParameterizedTest
    @MethodSource("backends")
    void theTimelineListsWhatTheQueryItReplacedListedThroughMergesMovesRemovalsAndReextraction(
            Function<Path, StoreLocation> backend) throws SQLException {
        StoreLocation at = backend.apply(dir);
        try (JdbcStore store = JdbcStore.open(at, Clock.systemUTC())) {
            for (int n = 0; n < 30; n++) {
                store.put(article(n, 0, n % 10 == 9));
            }
            assertSame(store, "after 30 articles");
            assertThat(count(store.connection(), "SELECT COUNT(*) FROM events WHERE merge_reason LIKE "
                    + "'%then merged into%'")).as("two corpus events were merged into one").isPositive();
            assertThat(count(store.connection(), "SELECT COUNT(*) FROM corpus_events WHERE reports > 1"))
                    .as("reports joined corpus events").isPositive();
            assertThat(count(store.connection(), "SELECT COUNT(*) FROM corpus_events WHERE first_day IS NULL"))
                    .as("some corpus events have no day").isPositive();

            // re-extractions: other events for the same text move reports, take some away and add others
            for (int n = 0; n < 30; n += 3) {
                store.replace(article(n, 1, n % 10 == 9), null);
                assertSame(store, "after re-extracting a" + n);
            }
            // a re-extraction that takes every event of an article away
            ArticleRecord a4 = article(4, 0, false);
            store.replace(new ArticleRecord(a4.article(), a4.sha256(), a4.entities(), List.of(), List.of(), List.of(),
                    List.of(), List.of()), null);
            assertSame(store, "after a4 lost its events");
            // and back
            for (int n = 0; n < 30; n += 3) {
                store.replace(article(n, 0, n % 10 == 9), null);
            }
            store.replace(a4, null);
            assertSame(store, "after re-extracting back");
        }
        try (JdbcStore store = JdbcStore.open(at, Clock.systemUTC())) {
            Connection c = store.connection();
            List<String> index = rows(c, "SELECT entity || ' ' || corpus_event || ' ' || COALESCE(first_day, '-') || ' ' "
                    + "|| type FROM entity_corpus_events ORDER BY entity, corpus_event");
            try (Statement st = c.createStatement()) {
                st.executeUpdate("DROP TABLE entity_corpus_events");
                // V12 and V13 (indexes, IF NOT EXISTS) run again after V11
                st.executeUpdate("DELETE FROM flyway_schema_history WHERE version IN ('11', '12', '13')");
            }
            c.commit();
            assertThat(index).isNotEmpty();
            try (JdbcStore again = JdbcStore.open(at, Clock.systemUTC())) {
                assertThat(rows(again.connection(), "SELECT entity || ' ' || corpus_event || ' ' || "
                        + "COALESCE(first_day, '-') || ' ' || type FROM entity_corpus_events ORDER BY entity, "
                        + "corpus_event")).as("V11 builds the index the writes kept").isEqualTo(index);
                assertSame(again, "after V11 rebuilt the index");
            }
        }
    }

    @ParameterizedTest
    @MethodSource("backends")
    void theCheckFindsAMissingAStaleAndAnOutdatedRow(Function<Path, StoreLocation> backend) throws SQLException {
        try (JdbcStore store = JdbcStore.open(backend.apply(dir), Clock.systemUTC())) {
            for (int n = 0; n < 6; n++) {
                store.put(article(n, 0, false));
            }
            assertThat(store.check().problems()).isEmpty();
            Connection c = store.connection();
            long[] row = new long[2];
            try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT entity, corpus_event FROM "
                    + "entity_corpus_events ORDER BY entity, corpus_event")) {
                rs.next();
                row[0] = rs.getLong(1);
                row[1] = rs.getLong(2);
            }
            try (Statement st = c.createStatement()) {
                st.executeUpdate("DELETE FROM entity_corpus_events WHERE entity = " + row[0] + " AND corpus_event = "
                        + row[1]);
                st.executeUpdate("INSERT INTO entity_corpus_events (entity, corpus_event, first_day, type) SELECT "
                        + "MAX(pk) + 1000, " + row[1] + ", NULL, 'MEETING' FROM entities");
                st.executeUpdate("UPDATE entity_corpus_events SET first_day = '1999-01-01' WHERE corpus_event = "
                        + "(SELECT MAX(corpus_event) FROM entity_corpus_events)");
            }
            c.commit();
            assertThat(store.check().problems())
                    .anyMatch(p -> p.contains("corpus entity #" + row[0] + " takes part in corpus event #" + row[1]))
                    .anyMatch(p -> p.contains("the timeline index ties corpus entity #"))
                    .anyMatch(p -> p.contains("another first day or type"));
        }
    }

    /** For every corpus entity and the queries below, the timeline lists what {@link #before} lists, in order. */
    private static void assertSame(JdbcStore store, String when) throws SQLException {
        assertThat(store.check().problems()).as(when).isEmpty();
        CorpusEventQueries q = new CorpusQueries(store).corpusEvents();
        List<Long> entities = new ArrayList<>();
        try (Statement st = store.connection().createStatement();
             ResultSet rs = st.executeQuery("SELECT pk FROM entities ORDER BY pk")) {
            while (rs.next()) {
                entities.add(rs.getLong(1));
            }
        }
        store.connection().commit();
        LocalDate from = LocalDate.of(2024, 3, 3);
        LocalDate to = LocalDate.of(2024, 3, 5);
        int compared = 0;
        for (long e : entities) {
            for (int limit : new int[]{2, 100}) {
                for (TimelineQuery tq : List.of(new TimelineQuery(null, null, null, null, limit),
                        new TimelineQuery(null, null, null, EventType.MEETING, limit),
                        new TimelineQuery(null, null, null, null, EventFamily.VERBAL_COOPERATION, limit),
                        new TimelineQuery(null, from, to, null, limit),
                        new TimelineQuery(null, null, to, null, limit))) {
                    for (String source : new String[]{null, "wire a"}) {
                        List<Long> expected = before(store.connection(), tq, List.of(e), source);
                        assertThat(q.timeline(tq, e, source)).extracting(Rows.CorpusEvent::id)
                                .as("%s: entity #%d, %s, source %s", when, e, tq, source).isEqualTo(expected);
                        compared += expected.size();
                    }
                }
            }
        }
        assertThat(compared).as(when).isPositive();
        // a name that several corpus entities answer to, read from the index of each
        List<Long> smiths = new CorpusQueries(store).findEntities("Smith");
        TimelineQuery smith = new TimelineQuery("Smith", null, null, null, 100);
        assertThat(q.timeline(smith, null, null)).extracting(Rows.CorpusEvent::id).as(when + ": Smith")
                .isEqualTo(before(store.connection(), smith, smiths, null));
        TimelineQuery smith3 = new TimelineQuery("Smith", null, null, null, 3);
        assertThat(q.timeline(smith3, null, null)).extracting(Rows.CorpusEvent::id).as(when + ": Smith, 3")
                .isEqualTo(before(store.connection(), smith3, smiths, null));
    }

    /** The query the index replaced: every corpus event the entities take part in, sorted. */
    private static List<Long> before(Connection c, TimelineQuery q, List<Long> ids, String source)
            throws SQLException {
        List<Object> params = new ArrayList<>(ids);
        StringBuilder where = new StringBuilder(" WHERE ce.pk IN (SELECT e.corpus_event FROM participants p "
                + "JOIN events e ON e.pk = p.event WHERE p.corpus_entity IN (" + Sql.marks(ids.size()) + "))");
        CorpusQueries.kindsCondition(q.kinds(), "ce.type", where, params);
        if (q.from() != null) {
            where.append(" AND ce.first_day >= ?");
            params.add(q.from().toString());
        }
        if (q.to() != null) {
            where.append(" AND ce.first_day <= ?");
            params.add(q.to().toString());
        }
        if (source != null) {
            where.append(" AND ce.pk IN (SELECT e.corpus_event FROM events e JOIN articles a ON a.pk = e.article "
                    + "WHERE LOWER(a.source) = LOWER(?))");
            params.add(source);
        }
        List<Long> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT ce.pk FROM corpus_events ce" + where
                + " ORDER BY ce.first_day NULLS LAST, ce.pk LIMIT " + q.limit())) {
            for (int i = 0; i < params.size(); i++) {
                ps.setObject(i + 1, params.get(i));
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getLong(1));
                }
            }
        }
        c.commit();
        return out;
    }

    private static long count(Connection c, String sql) throws SQLException {
        return Long.parseLong(rows(c, sql).get(0));
    }

    private static List<String> rows(Connection c, String sql) throws SQLException {
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

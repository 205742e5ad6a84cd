package org.dossier.store.jdbc;

import org.dossier.export.DossierJson;
import org.dossier.model.ArticleRecord;
import org.dossier.model.EntityType;
import org.dossier.model.EventType;
import org.dossier.model.Factuality;
import org.dossier.model.Participant;
import org.dossier.query.CorpusQueries;
import org.dossier.store.Records;
import org.dossier.store.StoreException;
import org.dossier.store.StoreLocation;
import org.dossier.store.StoredText;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Re-extraction replaces an article in one transaction, and leaves the corpus entities as if the new record had been
 * stored in the first place: no entity only the old record named, no key or co-occurrence only it gave.
 */
class ReplaceTest {

    @TempDir
    Path dir;

    static java.util.stream.Stream<org.junit.jupiter.params.provider.Arguments> backends() {
        return org.dossier.store.Backends.all();
    }

    private static final String T1 = "Lena Ortiz met NATO envoys in Kyiv.";
    private static final String T2 = "Ortiz visited Kyiv again.";

    /** The first article as the old version read it: NATO an organization, Kyiv missed. */
    private static ArticleRecord oldFirst() {
        return Records.article("a1", "2025-01-02", T1, List.of(
                Records.entity("E1", EntityType.PERSON, T1, "Lena Ortiz", List.of("Ortiz"), List.of()),
                Records.entity("E2", EntityType.ORGANIZATION, T1, "NATO", List.of(), List.of())),
                List.of(Records.event("V1", T1, "met", EventType.MEETING, "2025-Q1", Factuality.ASSERTED, null,
                        new Participant("E1", "source"), new Participant("E2", "target"))));
    }

    /** As the new version reads it: NATO gone (a misc word now), Kyiv found, the envoy titled. */
    private static ArticleRecord newFirst() {
        return Records.article("a1", "2025-01-02", T1, List.of(
                Records.entity("E1", EntityType.PERSON, T1, "Lena Ortiz", List.of("Ortiz"), List.of("envoy")),
                Records.entity("E2", EntityType.LOCATION, T1, "Kyiv", List.of(), List.of())),
                List.of(Records.event("V1", T1, "met", EventType.MEETING, "2025-01", Factuality.ASSERTED, null,
                        new Participant("E1", "source"))));
    }

    private static ArticleRecord second() {
        return Records.article("a2", "2025-01-05", T2, List.of(
                Records.entity("E1", EntityType.PERSON, T2, "Ortiz", List.of(), List.of()),
                Records.entity("E2", EntityType.LOCATION, T2, "Kyiv", List.of(), List.of())),
                List.of());
    }

    /** The corpus entities by name, with what the store keeps of each: counts, days, keys with uses, neighbours. */
    private static List<String> corpus(Connection c) throws Exception {
        List<String> out = new ArrayList<>();
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT e.type, e.name, e.articles, "
                + "e.first_seen, e.last_seen, (SELECT COUNT(*) FROM entity_keys k WHERE k.entity = e.pk), "
                + "(SELECT SUM(k.uses) FROM entity_keys k WHERE k.entity = e.pk), "
                + "(SELECT COUNT(*) FROM entity_cooccurrence co WHERE co.entity = e.pk), "
                + "(SELECT SUM(co.articles) FROM entity_cooccurrence co WHERE co.entity = e.pk) "
                + "FROM entities e ORDER BY e.type, e.name")) {
            while (rs.next()) {
                StringBuilder b = new StringBuilder();
                for (int i = 1; i <= 9; i++) {
                    b.append(i > 1 ? " " : "").append(rs.getString(i));
                }
                out.add(b.toString());
            }
        }
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT k.key, e.name, k.uses "
                + "FROM entity_keys k JOIN entities e ON e.pk = k.entity ORDER BY k.key, e.name")) {
            while (rs.next()) {
                out.add(rs.getString(1) + " -> " + rs.getString(2) + " x" + rs.getInt(3));
            }
        }
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT kind, COUNT(*) "
                + "FROM search_index GROUP BY kind ORDER BY kind")) {
            while (rs.next()) {
                out.add("search rows " + rs.getString(1) + ": " + rs.getInt(2));
            }
        }
        c.commit();
        return out;
    }

    @ParameterizedTest
    @MethodSource("backends")
    void theCorpusAfterAReplaceIsTheCorpusOfTheNewRecords(Function<Path, StoreLocation> backend) throws Exception {
        List<String> expected;
        Files.createDirectories(dir.resolve("fresh"));
        try (JdbcStore fresh = JdbcStore.open(backend.apply(dir.resolve("fresh")), JdbcStoreTest.CLOCK)) {
            fresh.put(second(), "v2");
            fresh.put(newFirst(), "v2");
            expected = corpus(fresh.connection());
        }
        try (JdbcStore store = JdbcStore.open(backend.apply(dir), JdbcStoreTest.CLOCK)) {
            store.put(oldFirst(), "v1");
            store.put(second(), "v2");
            assertThat(store.findText(JdbcStore.sha256(T1))).contains(new StoredText("a1", "v1"));
            assertThat(store.idsExtractedOtherThan("v2")).containsExactly("a1");
            assertThat(corpus(store.connection())).anyMatch(l -> l.startsWith("ORGANIZATION NATO"));

            store.replace(newFirst(), "v2");

            assertThat(corpus(store.connection())).isEqualTo(expected);
            assertThat(corpus(store.connection())).noneMatch(l -> l.contains("NATO") || l.contains("nato"));
            assertThat(DossierJson.line(store.get("a1").orElseThrow())).isEqualTo(DossierJson.line(newFirst()));
            assertThat(store.findText(JdbcStore.sha256(T1))).contains(new StoredText("a1", "v2"));
            assertThat(store.idsExtractedOtherThan("v2")).isEmpty();
            assertThat(store.idsExtractedOtherThan(null)).containsExactly("a1", "a2");
            assertThat(store.check().problems()).isEmpty();
            CorpusQueries q = new CorpusQueries(store);
            assertThat(q.findEntities("NATO")).isEmpty();
            assertThat(q.findEntities("Kyiv")).hasSize(1);
            assertThat(q.search("envoys", 10)).extracting(org.dossier.query.Rows.Hit::article).containsExactly("a1");
            assertThat(q.timeline(new org.dossier.query.TimelineQuery(null, null, null, null, 10)))
                    .extracting(org.dossier.query.Rows.Event::day).containsExactly("2025-01-01");
            assertThat(store.size()).isEqualTo(2);
        }
    }

    @ParameterizedTest
    @MethodSource("backends")
    void theArticleThatNamedAnEntityFirstCanBeReplacedAndTheNameAndDaysFollow(Function<Path, StoreLocation> backend)
            throws Exception {
        try (JdbcStore store = JdbcStore.open(backend.apply(dir), JdbcStoreTest.CLOCK)) {
            store.put(oldFirst(), "v1");
            store.put(second(), "v1");
            // the new version no longer sees Lena Ortiz in the first article: the entity lives on in the second
            ArticleRecord without = Records.article("a1", "2025-01-02", T1, List.of(
                    Records.entity("E1", EntityType.ORGANIZATION, T1, "NATO", List.of(), List.of())), List.of());
            store.replace(without, "v2");
            try (Statement st = store.connection().createStatement(); ResultSet rs = st.executeQuery(
                    "SELECT name, articles, first_seen, last_seen FROM entities WHERE type = 'PERSON'")) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getString(1)).isEqualTo("Ortiz");
                assertThat(rs.getInt(2)).isEqualTo(1);
                assertThat(rs.getString(3)).isEqualTo("2025-01-05");
                assertThat(rs.getString(4)).isEqualTo("2025-01-05");
                assertThat(rs.next()).isFalse();
            }
            store.connection().commit();
            assertThat(store.check().problems()).isEmpty();
        }
    }

    @ParameterizedTest
    @MethodSource("backends")
    void replacingAFullRecordByItselfChangesNothingButItsVersion(Function<Path, StoreLocation> backend)
            throws Exception {
        try (JdbcStore store = JdbcStore.open(backend.apply(dir), JdbcStoreTest.CLOCK)) {
            ArticleRecord full = Records.full();
            store.put(full, "v1");
            store.put(second(), "v1");
            List<String> before = corpus(store.connection());
            assertThat(before).anyMatch(l -> l.startsWith("search rows quote")).anyMatch(l -> l.startsWith("search rows claim"));
            store.replace(full, "v2");
            assertThat(corpus(store.connection())).isEqualTo(before);
            assertThat(DossierJson.line(store.get(full.article().id()).orElseThrow())).isEqualTo(DossierJson.line(full));
            assertThat(store.idsExtractedOtherThan("v2")).containsExactly("a2");
            assertThat(store.check().problems()).isEmpty();
        }
    }

    @ParameterizedTest
    @MethodSource("backends")
    void aReplaceThatCannotBeDoneChangesNothing(Function<Path, StoreLocation> backend) throws Exception {
        try (JdbcStore store = JdbcStore.open(backend.apply(dir), JdbcStoreTest.CLOCK)) {
            store.put(oldFirst(), "v1");
            List<String> before = corpus(store.connection());
            assertThatThrownBy(() -> store.replace(second(), "v2")).isInstanceOf(StoreException.class)
                    .hasMessageContaining("'a2' is not stored");
            ArticleRecord otherText = Records.article("a1", "2025-01-02", T2, List.of(), List.of());
            assertThatThrownBy(() -> store.replace(otherText, "v2")).isInstanceOf(StoreException.class)
                    .hasMessageContaining("another text");
            assertThat(corpus(store.connection())).isEqualTo(before);
            assertThat(store.findText(JdbcStore.sha256(T1))).contains(new StoredText("a1", "v1"));
        }
    }

    @org.junit.jupiter.api.Test
    void aReplaceThatFailsHalfWayLeavesTheOldArticleAndCorpusAsTheyWere() throws Exception {
        try (JdbcStore store = JdbcStore.open(new StoreLocation.Sqlite(dir.resolve("d.db")), JdbcStoreTest.CLOCK)) {
            store.put(oldFirst(), "v1");
            store.put(second(), "v1");
            List<String> before = corpus(store.connection());
            String record = DossierJson.line(store.get("a1").orElseThrow());
            try (Statement st = store.connection().createStatement()) {
                // the database fails after the old rows are gone and the new article is half written
                st.executeUpdate("CREATE TRIGGER fail_events BEFORE INSERT ON events BEGIN "
                        + "SELECT RAISE(ABORT, 'disk full'); END");
            }
            store.connection().commit();
            assertThatThrownBy(() -> store.replace(newFirst(), "v2")).isInstanceOf(StoreException.class)
                    .hasMessageContaining("'a1'").hasMessageContaining("was not re-extracted")
                    .hasMessageContaining("disk full");
            assertThat(corpus(store.connection())).isEqualTo(before);
            assertThat(DossierJson.line(store.get("a1").orElseThrow())).isEqualTo(record);
            assertThat(store.findText(JdbcStore.sha256(T1))).contains(new StoredText("a1", "v1"));
            assertThat(store.check().problems()).isEmpty();
        }
    }
}

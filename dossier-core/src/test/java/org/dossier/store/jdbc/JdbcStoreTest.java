package org.dossier.store.jdbc;

import org.dossier.export.DossierJson;
import org.dossier.model.ArticleRecord;
import org.dossier.model.EntityType;
import org.dossier.model.Event;
import org.dossier.query.CorpusQueries;
import org.dossier.store.IntegrityReport;
import org.dossier.store.PutResult;
import org.dossier.store.Records;
import org.dossier.store.StoreException;
import org.dossier.store.StoreLocation;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The store on both back-ends: nothing lost, idempotent re-ingest, all or nothing per article. */
class JdbcStoreTest {

    static final Clock CLOCK = Clock.fixed(Instant.parse("2025-01-01T00:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;

    static java.util.stream.Stream<org.junit.jupiter.params.provider.Arguments> backends() {
        return org.dossier.store.Backends.all();
    }

    @ParameterizedTest
    @MethodSource("backends")
    void everyLayerRoundTripsByteForByte(Function<Path, StoreLocation> backend) {
        ArticleRecord full = Records.full();
        try (JdbcStore store = JdbcStore.open(backend.apply(dir), CLOCK)) {
            assertThat(store.put(full)).isEqualTo(new PutResult.Stored(full.article().id(), 4));
            ArticleRecord back = store.get(full.article().id()).orElseThrow();
            assertThat(back).isEqualTo(full);
            assertThat(DossierJson.line(back)).isEqualTo(DossierJson.line(full));
            assertThat(store.get("nope")).isEmpty();
        }
    }

    @ParameterizedTest
    @MethodSource("backends")
    void theSameTextTwiceIsStoredOnce(Function<Path, StoreLocation> backend) {
        ArticleRecord full = Records.full();
        try (JdbcStore store = JdbcStore.open(backend.apply(dir), CLOCK)) {
            store.put(full);
            assertThat(store.containsText(JdbcStore.sha256(full.article().text()))).isTrue();
            assertThat(store.put(full)).isEqualTo(new PutResult.Duplicate(full.article().id(), full.article().id()));
            assertThat(store.size()).isEqualTo(1);
            assertThat(store.check().ok()).isTrue();
        }
    }

    @ParameterizedTest
    @MethodSource("backends")
    void anotherTextUnderATakenIdIsRefusedWithTheFix(Function<Path, StoreLocation> backend) {
        ArticleRecord full = Records.full();
        ArticleRecord other = Records.article(full.article().id(), "2024-12-19", "Different text.", List.of(), List.of());
        try (JdbcStore store = JdbcStore.open(backend.apply(dir), CLOCK)) {
            store.put(full);
            assertThatThrownBy(() -> store.put(other)).isInstanceOf(StoreException.class)
                    .hasMessageContaining(full.article().id()).hasMessageContaining("another id");
            assertThat(store.size()).isEqualTo(1);
            assertThat(store.get(full.article().id()).orElseThrow()).isEqualTo(full);
        }
    }

    @ParameterizedTest
    @MethodSource("backends")
    void anArticleThatFailsHalfwayLeavesNothing(Function<Path, StoreLocation> backend) {
        ArticleRecord full = Records.full();
        List<Event> events = new ArrayList<>(full.events());
        Event e = events.get(1);
        // a null trigger makes the writer fail after the article, entities and first event are written
        events.set(1, new Event(e.id(), e.type(), e.cameo(), e.predicate(), null, 0, e.participants(), null, null, null,
                e.factuality(), null));
        ArticleRecord broken = new ArticleRecord(full.article(), full.sha256(), full.entities(), full.timexes(),
                full.quotes(), full.claims(), events, full.warnings());
        try (JdbcStore store = JdbcStore.open(backend.apply(dir), CLOCK)) {
            assertThatThrownBy(() -> store.put(broken)).isInstanceOf(StoreException.class)
                    .hasMessageContaining(full.article().id()).hasMessageContaining("not stored");
            assertThat(store.size()).isZero();
            IntegrityReport report = store.check();
            assertThat(report.problems()).isEmpty();
            assertThat(report.entities()).isZero();
            assertThat(store.put(full)).isInstanceOf(PutResult.Stored.class);
            assertThat(store.check().ok()).isTrue();
        }
    }

    @ParameterizedTest
    @MethodSource("backends")
    void reopeningKeepsEverythingAndMigratesOnce(Function<Path, StoreLocation> backend) {
        StoreLocation where = backend.apply(dir);
        try (JdbcStore store = JdbcStore.open(where, CLOCK)) {
            store.put(Records.full());
        }
        try (JdbcStore store = JdbcStore.open(where, CLOCK)) {
            assertThat(store.size()).isEqualTo(1);
            IntegrityReport report = store.check();
            assertThat(report.ok()).as(report.problems().toString()).isTrue();
            assertThat(report.articles()).isEqualTo(1);
            assertThat(report.events()).isEqualTo(2);
        }
    }

    @org.junit.jupiter.api.Test
    void theCheckFindsATamperedSpan() throws Exception {
        StoreLocation where = new StoreLocation.Sqlite(dir.resolve("t.db"));
        try (JdbcStore store = JdbcStore.open(where, CLOCK)) {
            store.put(Records.full());
            try (var st = store.connection().createStatement()) {
                st.executeUpdate("UPDATE timexes SET text = 'Dec. 19'");
            }
            store.connection().commit();
            assertThat(store.check().problems()).singleElement().asString()
                    .contains("timex T1").contains("'Dec. 19'").contains("'Dec. 18'");
        }
    }

    @org.junit.jupiter.api.Test
    void aFileThatIsNotADatabaseIsAClearError() throws Exception {
        Path notDb = dir.resolve("notes.db");
        java.nio.file.Files.writeString(notDb, "these are my notes, not a database ".repeat(200));
        assertThatThrownBy(() -> JdbcStore.open(new StoreLocation.Sqlite(notDb), CLOCK))
                .isInstanceOf(StoreException.class).hasMessageContaining(notDb.toString())
                .hasMessageContaining("cannot open");
    }

    @ParameterizedTest
    @MethodSource("backends")
    void aStoreWrittenWithTheOldNameKeysIsFoundAndMergedIntoByTheCorrectedOnes(Function<Path, StoreLocation> backend)
            throws Exception {
        StoreLocation at = backend.apply(dir);
        String text = "Sean O'Sullivan, the minister, spoke.";
        // as the version before V003 left it: every "'s" deleted from the keys, schema version 2
        try (java.sql.Connection c = LegacyStores.create(at, 2)) {
            LegacyStores.article(c, "a1", "2025-01-02", text, "PERSON", "Sean O'Sullivan", List.of("minister"),
                    List.of("n:sean oullivan", "s:oullivan", "t:minister"), null, null);
        }
        try (JdbcStore store = JdbcStore.open(at, CLOCK)) {
            CorpusQueries q = new CorpusQueries(store);
            assertThat(q.findEntities("Sean O'Sullivan")).hasSize(1);
            assertThat(q.findEntities("O'Sullivan")).isEqualTo(q.findEntities("Sean O'Sullivan"));
            String later = "Minister O'Sullivan left.";
            store.put(Records.article("a2", "2025-01-03", later, List.of(Records.entity("E1", EntityType.PERSON, later,
                    "O'Sullivan", List.of(), List.of("minister"))), List.of()));
            try (Statement st = store.connection().createStatement();
                 ResultSet rs = st.executeQuery("SELECT COUNT(*), MAX(articles) FROM entities")) {
                rs.next();
                assertThat(rs.getInt(1)).isEqualTo(1);
                assertThat(rs.getInt(2)).isEqualTo(2);
            }
            assertThat(store.check().ok()).isTrue();
        }
    }

    @org.junit.jupiter.api.Test
    void locationsParse() {
        assertThat(StoreLocation.parse(null)).isEqualTo(new StoreLocation.Sqlite(StoreLocation.DEFAULT_FILE));
        assertThat(StoreLocation.parse("x/y.db")).isEqualTo(new StoreLocation.Sqlite(Path.of("x/y.db")));
        StoreLocation.Postgresql pg = (StoreLocation.Postgresql) StoreLocation.parse(
                "postgresql://ana:s%40cret@db.local:6543/news?currentSchema=wire");
        assertThat(pg).isEqualTo(new StoreLocation.Postgresql("db.local", 6543, "news", "ana", "s@cret", "wire"));
        assertThat(pg.describe()).doesNotContain("s@cret");
        assertThatThrownBy(() -> StoreLocation.parse("mysql://x/y")).hasMessageContaining("postgresql://");
        assertThatThrownBy(() -> StoreLocation.parse("postgresql://host")).hasMessageContaining("database");
    }
}

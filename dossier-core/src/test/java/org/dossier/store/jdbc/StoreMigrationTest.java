package org.dossier.store.jdbc;

import org.dossier.model.ArticleRecord;
import org.dossier.model.EntityType;
import org.dossier.query.CorpusQueries;
import org.dossier.store.Records;
import org.dossier.store.StoreException;
import org.dossier.store.StoreLocation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Flyway brings every store to the current schema: a new one from nothing, and one made by the Dossier before
 * Flyway (its own {@code schema_migrations} table, built here with that version's migration files and statements)
 * in place, baselined at the version it had reached.
 */
class StoreMigrationTest {

    @TempDir
    Path dir;

    static java.util.stream.Stream<org.junit.jupiter.params.provider.Arguments> backends() {
        return org.dossier.store.Backends.all();
    }

    private static final String TEXT = "NATO ministers met in Brussels in the first quarter.";

    /** Versions Flyway recorded, with their type, in the order it ran them. */
    private static List<String> history(Connection c) throws SQLException {
        List<String> out = new ArrayList<>();
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT version, type FROM "
                + Migrations.HISTORY_TABLE + " WHERE version IS NOT NULL ORDER BY installed_rank")) {
            while (rs.next()) {
                out.add(rs.getString(1) + " " + rs.getString(2));
            }
        }
        c.commit();
        return out;
    }

    private static List<String> column(Connection c, String sql) throws SQLException {
        List<String> out = new ArrayList<>();
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        }
        c.commit();
        return out;
    }

    /** One article as the old version wrote it: an event dated 2024-Q1 filed, by the old rule, under the day it was published. */
    private static void oldArticle(Connection c) throws SQLException {
        LegacyStores.article(c, "a1", "2024-05-02", TEXT, "ORGANIZATION", "NATO", List.of(), List.of("a:nato", "n:nato"),
                "met", "2024-Q1");
    }

    @ParameterizedTest
    @MethodSource("backends")
    void aNewStoreRunsEveryMigration(Function<Path, StoreLocation> backend) throws Exception {
        StoreLocation at = backend.apply(dir);
        try (JdbcStore store = JdbcStore.open(at, JdbcStoreTest.CLOCK)) {
            assertThat(history(store.connection())).containsExactly("1 SQL", "2 SQL", "3 JDBC", "4 JDBC", "5 SQL", "6 JDBC", "7 JDBC", "8 SQL", "9 SQL", "10 JDBC", "11 JDBC", "12 SQL", "13 SQL");
            assertThat(Migrations.hasTable(store.connection(), Migrations.LEGACY_TABLE)).isFalse();
        }
        try (JdbcStore store = JdbcStore.open(at, JdbcStoreTest.CLOCK)) {
            assertThat(history(store.connection())).as("a second open runs nothing").hasSize(13);
        }
    }

    @ParameterizedTest
    @MethodSource("backends")
    void aStoreOfTheVersionBeforeFlywayMigratesInPlace(Function<Path, StoreLocation> backend) throws Exception {
        StoreLocation at = backend.apply(dir);
        try (Connection c = LegacyStores.create(at, 3)) {
            oldArticle(c);
        }
        try (JdbcStore store = JdbcStore.open(at, JdbcStoreTest.CLOCK)) {
            Connection c = store.connection();
            assertThat(history(c)).containsExactly("3 BASELINE", "4 JDBC", "5 SQL", "6 JDBC", "7 JDBC", "8 SQL", "9 SQL", "10 JDBC", "11 JDBC", "12 SQL", "13 SQL");
            assertThat(Migrations.hasTable(c, Migrations.LEGACY_TABLE)).as("the old bookkeeping is gone").isFalse();
            assertThat(column(c, "SELECT day FROM events")).as("2024-Q1 now sorts under its first day")
                    .containsExactly("2024-01-01");
            assertThat(column(c, "SELECT day FROM participants")).containsExactly("2024-01-01");
            assertThat(column(c, "SELECT extractor_version FROM articles")).containsExactly((String) null);
            ArticleRecord r = store.get("a1").orElseThrow();
            assertThat(r.events().get(0).date()).isEqualTo("2024-Q1");
            assertThat(column(c, "SELECT reports || ' ' || articles || ' ' || predicate FROM corpus_events"))
                    .as("V10 gave the old article's event its corpus event").hasSize(1)
                    .allMatch(row -> row.startsWith("1 1 "));
            assertThat(column(c, "SELECT merge_reason FROM events")).allMatch(reason -> reason.startsWith("new event"));
            assertThat(r.entities().get(0).name()).isEqualTo("NATO");
            assertThat(store.check().problems()).isEmpty();
            assertThat(new CorpusQueries(store).findEntities("NATO")).hasSize(1);
            assertThat(new CorpusQueries(store).search("ministers", 10)).as("the full-text index, rebuilt by V7")
                    .extracting(org.dossier.query.Rows.Hit::article).containsExactly("a1");
            String later = "NATO met again.";
            store.put(Records.article("a2", "2024-06-01", later, List.of(Records.entity("E1",
                    EntityType.ORGANIZATION, later, "NATO", List.of(), List.of())), List.of()));
            assertThat(column(c, "SELECT articles FROM entities")).as("merged into the old corpus entity")
                    .containsExactly("2");
            assertThat(store.check().problems()).isEmpty();
        }
        try (JdbcStore store = JdbcStore.open(at, JdbcStoreTest.CLOCK)) {
            assertThat(history(store.connection())).hasSize(11);
            assertThat(store.size()).isEqualTo(2);
        }
    }

    @ParameterizedTest
    @MethodSource("backends")
    void anOldStoreAtVersionTwoGetsTheNameKeyRewriteToo(Function<Path, StoreLocation> backend) throws Exception {
        StoreLocation at = backend.apply(dir);
        try (Connection c = LegacyStores.create(at, 2)) {
            oldArticle(c);
        }
        try (JdbcStore store = JdbcStore.open(at, JdbcStoreTest.CLOCK)) {
            assertThat(history(store.connection())).containsExactly("2 BASELINE", "3 JDBC", "4 JDBC", "5 SQL", "6 JDBC", "7 JDBC", "8 SQL", "9 SQL", "10 JDBC", "11 JDBC", "12 SQL", "13 SQL");
            assertThat(column(store.connection(), "SELECT key FROM entity_keys ORDER BY key"))
                    .as("rewritten from the article entity by V3").isNotEmpty().allMatch(k -> k.endsWith("nato"));
        }
    }

    @ParameterizedTest
    @MethodSource("backends")
    void aStoreOfANewerDossierIsRefused(Function<Path, StoreLocation> backend) throws Exception {
        StoreLocation at = backend.apply(dir);
        try (JdbcStore store = JdbcStore.open(at, JdbcStoreTest.CLOCK);
             Statement st = store.connection().createStatement()) {
            st.executeUpdate("INSERT INTO " + Migrations.HISTORY_TABLE + " (installed_rank, version, description, "
                    + "type, script, checksum, installed_by, execution_time, success) "
                    + "VALUES (99, '99', 'from the future', 'SQL', 'V99__future.sql', 0, 'test', 0, "
                    + (at instanceof StoreLocation.Sqlite ? "1" : "TRUE") + ")");
            store.connection().commit();
        }
        assertThatThrownBy(() -> JdbcStore.open(at, JdbcStoreTest.CLOCK)).isInstanceOf(StoreException.class)
                .hasMessageContaining("newer than this Dossier");
    }

    @Test
    void aDatabaseThatIsNotADossierStoreIsRefusedAndLeftAlone() throws Exception {
        Path file = dir.resolve("other.db");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement st = c.createStatement()) {
            st.executeUpdate("CREATE TABLE recipes (name TEXT)");
        }
        assertThatThrownBy(() -> JdbcStore.open(new StoreLocation.Sqlite(file), JdbcStoreTest.CLOCK))
                .isInstanceOf(StoreException.class).hasMessageContaining(file.toString())
                .hasMessageContaining("schema migration failed");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
             PreparedStatement ps = c.prepareStatement("SELECT name FROM sqlite_master WHERE type = 'table'");
             ResultSet rs = ps.executeQuery()) {
            List<String> tables = new ArrayList<>();
            while (rs.next()) {
                tables.add(rs.getString(1));
            }
            assertThat(tables).containsExactly("recipes");
        }
    }
}

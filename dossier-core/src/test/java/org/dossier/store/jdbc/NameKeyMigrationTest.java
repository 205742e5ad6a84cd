package org.dossier.store.jdbc;

import org.dossier.model.Entity;
import org.dossier.model.EntityType;
import org.dossier.store.Records;
import org.dossier.store.StoreLocation;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;

/** V003 writes the keys the store itself writes, across fetch and batch boundaries, and says so on big stores. */
class NameKeyMigrationTest {

    @TempDir
    Path dir;

    /** The rewrite as V6 runs it, with the statement the store itself files keys with (counting uses). */
    private static NameKeyMigration storeWritten() {
        return new NameKeyMigration(6, "name key uses", null, CorpusEntities.INSERT_KEY);
    }

    static java.util.stream.Stream<org.junit.jupiter.params.provider.Arguments> backends() {
        return org.dossier.store.Backends.all();
    }

    @ParameterizedTest
    @MethodSource("backends")
    void rewritesExactlyTheKeysTheStoreWrote(Function<Path, StoreLocation> backend) throws Exception {
        StoreLocation at = backend.apply(dir);
        Set<String> written;
        try (JdbcStore store = JdbcStore.open(at, JdbcStoreTest.CLOCK)) {
            String t1 = "Sean O'Sullivan, the minister, met Kyiv officials and the EU.";
            store.put(Records.article("a1", "2025-01-02", t1, List.of(
                    Records.entity("E1", EntityType.PERSON, t1, "Sean O'Sullivan", List.of("O'Sullivan", "Sean"),
                            List.of("minister", "Irish minister")),
                    Records.entity("E2", EntityType.LOCATION, t1, "Kyiv", List.of(), List.of()),
                    Records.entity("E3", EntityType.ORGANIZATION, t1, "European Union", List.of("EU"), List.of())),
                    List.of()));
            String t2 = "Minister O'Sullivan and Dr. Anna Weiß spoke in Kyiv.";
            store.put(Records.article("a2", "2025-01-03", t2, List.of(
                    Records.entity("E1", EntityType.PERSON, t2, "O'Sullivan", List.of(), List.of("minister")),
                    Records.entity("E2", EntityType.PERSON, t2, "Anna Weiß", List.of(), List.of("Dr.")),
                    Records.entity("E3", EntityType.LOCATION, t2, "Kyiv", List.of("Kiev"), List.of())),
                    List.of()));
            written = keys(store.connection());
            assertThat(written).isNotEmpty();
            try (Statement st = store.connection().createStatement()) {
                st.executeUpdate("UPDATE entity_keys SET key = key || 'x'");
            }
            storeWritten().recompute(store.connection(), System.err, Long.MAX_VALUE);
            store.connection().commit();
            assertThat(keys(store.connection())).isEqualTo(written);
        }
    }

    @ParameterizedTest
    @MethodSource("backends")
    void manyEntitiesAcrossFetchesAndBatchesComeOutWhole(Function<Path, StoreLocation> backend) throws Exception {
        StoreLocation at = backend.apply(dir);
        try (JdbcStore store = JdbcStore.open(at, JdbcStoreTest.CLOCK)) {
            Connection c = store.connection();
            int n = 2 * NameKeyMigration.FETCH_SIZE + 137; // a few keys each: over one batch of BATCH_SIZE
            Set<String> expected = new TreeSet<>();
            try (Statement st = c.createStatement()) {
                st.executeUpdate("INSERT INTO articles (doc_id, text_sha256, text, ingested_at) "
                        + "VALUES ('a', 'h', 't', '2025-01-01')");
            }
            long article;
            try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT pk FROM articles")) {
                rs.next();
                article = rs.getLong(1);
            }
            try (PreparedStatement ent = c.prepareStatement("INSERT INTO entities (type, name, articles) "
                    + "VALUES ('PERSON', ?, 1)");
                 PreparedStatement ae = c.prepareStatement("INSERT INTO article_entities (article, seq, local_id, "
                         + "type, name, entity, merge_reason) VALUES (?, ?, ?, 'PERSON', ?, "
                         + "(SELECT MAX(pk) FROM entities), 'new')");
                 PreparedStatement names = c.prepareStatement("INSERT INTO entity_names (article_entity, kind, "
                         + "seq, value) VALUES ((SELECT MAX(pk) FROM article_entities), ?, ?, ?)")) {
                for (int i = 0; i < n; i++) {
                    String name = "Pat O'Brien" + i;
                    Binder.bind(ent, name).executeUpdate();
                    Binder.bind(ae, article, i, "E" + i, i % 7 == 0 ? null : name).executeUpdate();
                    List<String> aliases = new ArrayList<>();
                    List<String> titles = new ArrayList<>();
                    if (i % 3 != 0) { // some with no names: the LEFT JOIN keeps them
                        aliases.add("O'Brien" + i);
                        Binder.bind(names, "alias", 0, aliases.get(0)).executeUpdate();
                        titles.add("Officer's aide");
                        titles.add("chief " + (i % 5));
                        Binder.bind(names, "title", 0, titles.get(0)).executeUpdate();
                        Binder.bind(names, "title", 1, titles.get(1)).executeUpdate();
                    }
                    long entity;
                    try (Statement st = c.createStatement();
                         ResultSet rs = st.executeQuery("SELECT MAX(pk) FROM entities")) {
                        rs.next();
                        entity = rs.getLong(1);
                    }
                    for (String key : CorpusEntities.storedKeys(new Entity(null, EntityType.PERSON, null,
                            i % 7 == 0 ? null : name, aliases, titles, List.of()))) {
                        expected.add(key + "\t" + entity);
                    }
                }
            }
            assertThat(expected.size()).isGreaterThan(NameKeyMigration.BATCH_SIZE);
            ByteArrayOutputStream err = new ByteArrayOutputStream();
            storeWritten().recompute(c, new PrintStream(err, true, StandardCharsets.UTF_8), n);
            assertThat(keys(c)).isEqualTo(expected);
            assertThat(err.toString(StandardCharsets.UTF_8)).startsWith("dossier: rewriting the name keys of ")
                    .contains("(store migration 6, runs once)").hasLineCount(1);
            err.reset();
            storeWritten().recompute(c, new PrintStream(err, true, StandardCharsets.UTF_8), n + 1);
            assertThat(err.size()).isZero();
            c.rollback();
        }
    }

    private static Set<String> keys(Connection c) throws Exception {
        Set<String> out = new TreeSet<>();
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT key, entity FROM entity_keys")) {
            while (rs.next()) {
                out.add(rs.getString(1) + "\t" + rs.getLong(2));
            }
        }
        return out;
    }
}

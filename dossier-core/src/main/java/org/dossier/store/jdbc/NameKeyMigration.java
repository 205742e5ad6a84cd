package org.dossier.store.jdbc;

import org.dossier.merge.NameKeys;
import org.dossier.model.Entity;
import org.dossier.model.EntityType;

import java.io.PrintStream;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * V3 (and V6, counting uses): recomputes every {@code entity_keys} row with the current {@link NameKeys}. Keys written before it were
 * normalized with every "'s" deleted, not only the possessive ("O'Sullivan" stored as "n:oullivan"), so lookups
 * with the corrected keys would miss them. The keys are all derived from what the store keeps of each article
 * entity (type, name, aliases and titles, tied to its corpus entity), so they are dropped and written again from
 * those, exactly as {@link CorpusEntities#absorb} writes them.
 *
 * <p>Large stores hold millions of article entities, so it reads them and their names in one streaming query
 * (article entities joined with their names, in order, grouped here) and writes the keys in batches, all in the
 * migration's transaction. Above {@link #ANNOUNCE_FROM} article entities it says on standard error what it does,
 * since it runs unasked on the first open.
 */
final class NameKeyMigration extends JavaStep {

    /** Rows fetched per round trip (PostgreSQL streams only with a fetch size and autocommit off, as here). */
    static final int FETCH_SIZE = 1000;

    /** Keys inserted per batch. */
    static final int BATCH_SIZE = 5000;

    /** From this many article entities (some seconds of work on SQLite) the migration announces itself. */
    static final long ANNOUNCE_FROM = 100_000;

    /** V3 as it shipped: keys filed once each ({@code uses} came with V6). */
    static final String INSERT_KEY_ONCE = "INSERT INTO entity_keys (key, entity) VALUES (?, ?) "
            + "ON CONFLICT (key, entity) DO NOTHING";

    private final String before;
    private final String insert;

    /** V3: the keys with the corrected normalization. */
    NameKeyMigration() {
        this(3, "name keys", null, INSERT_KEY_ONCE);
    }

    /**
     * A rewrite of every key with {@code insert} (key and corpus entity bound), after the statement {@code before}
     * (may be null) changed the table.
     */
    NameKeyMigration(int version, String description, String before, String insert) {
        super(version, description);
        this.before = before;
        this.insert = insert;
    }

    /** V6: keys count their uses, so re-extraction can drop those only the old record gave. */
    static NameKeyMigration uses() {
        return new NameKeyMigration(6, "name key uses", "ALTER TABLE entity_keys ADD COLUMN uses INTEGER NOT NULL "
                + "DEFAULT 0", CorpusEntities.INSERT_KEY);
    }

    @Override
    void run(Connection c) throws SQLException {
        recompute(c, System.err, ANNOUNCE_FROM);
    }

    /** Rewrites the keys, announcing itself on {@code err} from {@code announceFrom} entities. */
    void recompute(Connection c, PrintStream err, long announceFrom) throws SQLException {
        if (before != null) {
            try (Statement st = c.createStatement()) {
                st.executeUpdate(before);
            }
        }
        long count;
        try (Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM article_entities")) {
            rs.next();
            count = rs.getLong(1);
        }
        if (count >= announceFrom) {
            err.printf(Locale.ROOT, "dossier: rewriting the name keys of %,d article entities "
                    + "(store migration %s, runs once)...%n", count, getVersion());
            err.flush();
        }
        try (Statement st = c.createStatement()) {
            st.executeUpdate("DELETE FROM entity_keys");
        }
        try (PreparedStatement rows = c.prepareStatement("SELECT ae.pk, ae.entity, ae.type, ae.name, n.kind, n.value "
                + "FROM article_entities ae LEFT JOIN entity_names n ON n.article_entity = ae.pk "
                + "ORDER BY ae.pk, n.kind, n.seq");
             PreparedStatement insert = c.prepareStatement(this.insert)) {
            rows.setFetchSize(FETCH_SIZE);
            Batch batch = new Batch(insert);
            try (ResultSet rs = rows.executeQuery()) {
                Pending current = null;
                while (rs.next()) {
                    long pk = rs.getLong(1);
                    if (current == null || current.pk != pk) {
                        if (current != null) {
                            current.write(batch);
                        }
                        current = new Pending(pk, rs.getLong(2), rs.getString(3), rs.getString(4));
                    }
                    String kind = rs.getString(5);
                    if (kind != null) {
                        ("alias".equals(kind) ? current.aliases : current.titles).add(rs.getString(6));
                    }
                }
                if (current != null) {
                    current.write(batch);
                }
            }
            batch.flush();
        }
    }

    /** One article entity while its name rows are read. */
    private static final class Pending {
        final long pk;
        final long entity;
        final String type;
        final String name;
        final List<String> aliases = new ArrayList<>();
        final List<String> titles = new ArrayList<>();

        Pending(long pk, long entity, String type, String name) {
            this.pk = pk;
            this.entity = entity;
            this.type = type;
            this.name = name;
        }

        void write(Batch batch) throws SQLException {
            Entity e = new Entity(null, EntityType.valueOf(type), null, name, aliases, titles, List.of());
            for (String key : CorpusEntities.storedKeys(e)) {
                batch.add(key, entity);
            }
        }
    }

    /** Inserts keys, flushing every {@link #BATCH_SIZE}. */
    private static final class Batch {
        final PreparedStatement insert;
        int size;

        Batch(PreparedStatement insert) {
            this.insert = insert;
        }

        void add(String key, long entity) throws SQLException {
            Binder.bind(insert, key, entity).addBatch();
            if (++size == BATCH_SIZE) {
                flush();
            }
        }

        void flush() throws SQLException {
            if (size > 0) {
                insert.executeBatch();
                size = 0;
            }
        }
    }
}

package org.dossier.store.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * The index behind an entity's corpus-event timeline (schema V11, {@code entity_corpus_events}): one row per corpus
 * entity and corpus event it takes part in (a participant of at least one report), with the corpus event's first day
 * and type copied, so that {@code timeline --entity} reads the first rows in {@code (entity, first_day,
 * corpus_event)} order and stops, however many corpus events the entity has.
 *
 * <p>Kept in the article's transaction by {@link CorpusEvents}: {@link #sync} after a corpus event's counts and days
 * are recomputed (a report joined, moved or left), {@link #drop} before a corpus event goes (emptied, or merged
 * into another). A participant's corpus entity never changes once written, so these are the only moments a row
 * changes. {@code dossier check} compares the table with what the reports give ({@link #MISSING}, {@link #STALE}).
 */
final class EntityCorpusEvents {

    static final String TABLE = "entity_corpus_events";

    /** The rows the corpus events {@code ce.pk IN (...)} should have: append the condition's list. */
    static final String ROWS_OF = "SELECT DISTINCT p.corpus_entity, ce.pk, ce.first_day, ce.type FROM corpus_events "
            + "ce JOIN events e ON e.corpus_event = ce.pk JOIN participants p ON p.event = e.pk "
            + "WHERE p.corpus_entity IS NOT NULL AND ce.pk";

    /** Every row the table should have. */
    static final String ALL_ROWS = "SELECT DISTINCT p.corpus_entity, ce.pk, ce.first_day, ce.type FROM corpus_events ce "
            + "JOIN events e ON e.corpus_event = ce.pk JOIN participants p ON p.event = e.pk "
            + "WHERE p.corpus_entity IS NOT NULL";

    /** Pairs (entity, corpus event) the reports give that have no row, or a row with another first day or type. */
    static final String MISSING = "SELECT DISTINCT p.corpus_entity, ce.pk FROM corpus_events ce "
            + "JOIN events e ON e.corpus_event = ce.pk JOIN participants p ON p.event = e.pk "
            + "WHERE p.corpus_entity IS NOT NULL AND NOT EXISTS (SELECT 1 FROM " + TABLE + " x "
            + "WHERE x.entity = p.corpus_entity AND x.corpus_event = ce.pk AND x.type = ce.type "
            + "AND x.first_day IS NOT DISTINCT FROM ce.first_day)";

    /** Rows no report gives (the entity takes part in no report of it any more, or the corpus event is gone). */
    static final String STALE = "SELECT x.entity, x.corpus_event FROM " + TABLE + " x WHERE NOT EXISTS (SELECT 1 "
            + "FROM events e JOIN participants p ON p.event = e.pk WHERE e.corpus_event = x.corpus_event "
            + "AND p.corpus_entity = x.entity)";

    /** {@code null} while the table does not exist yet ({@link #none()}). */
    private final Connection c;

    EntityCorpusEvents(Connection c) {
        this.c = c;
    }

    /**
     * Keeps nothing: for the V10 migration, which ties corpus events before this table exists (V11 then builds it
     * from them).
     */
    static EntityCorpusEvents none() {
        return new EntityCorpusEvents(null);
    }

    /**
     * Writes the rows of the corpus events {@code ids} again from their reports, their first days and types as now
     * stored: two statements for all of them (an article's refresh touches one corpus event per event; one
     * delete and one insert each cost 8 % of a store write in an ingest profile), {@link #CHUNK} at a time.
     */
    void sync(Collection<Long> ids) throws SQLException {
        if (c == null || ids.isEmpty()) {
            return;
        }
        List<Long> all = new ArrayList<>(new LinkedHashSet<>(ids));
        for (int i = 0; i < all.size(); i += CHUNK) {
            List<Long> chunk = all.subList(i, Math.min(all.size(), i + CHUNK));
            String in = " IN (" + CorpusEntities.marks(chunk.size()) + ")";
            try (PreparedStatement ps = Binder.bind(c.prepareStatement("DELETE FROM " + TABLE + " WHERE corpus_event"
                    + in), chunk.toArray())) {
                ps.executeUpdate();
            }
            try (PreparedStatement ps = Binder.bind(c.prepareStatement("INSERT INTO " + TABLE
                    + " (entity, corpus_event, first_day, type) " + ROWS_OF + in), chunk.toArray())) {
                ps.executeUpdate();
            }
        }
    }

    /** Corpus events synced per pair of statements (bound parameters stay well under SQLite's limit). */
    static final int CHUNK = 500;

    /** Removes the rows of corpus event {@code id} (before it goes). */
    void drop(long id) throws SQLException {
        if (c == null) {
            return;
        }
        try (PreparedStatement ps = Binder.bind(c.prepareStatement("DELETE FROM " + TABLE + " WHERE corpus_event = ?"),
                id)) {
            ps.executeUpdate();
        }
    }
}

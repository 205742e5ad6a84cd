package org.dossier.store.jdbc;

import java.io.PrintStream;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;

/**
 * V11: the index of an entity's corpus-event timeline ({@link EntityCorpusEvents}), built from the corpus events
 * stored (V9, V10): one row per corpus entity and corpus event it takes part in, with the corpus event's first day
 * and type, read in {@code (entity, first_day, corpus_event)} order. The same statements on both back-ends; one
 * pass over the participants, so from {@link #ANNOUNCE_FROM} events it says on standard error what it does.
 */
final class EntityCorpusEventsMigration extends JavaStep {

    /** From this many events the build announces itself. */
    static final long ANNOUNCE_FROM = 200_000;

    EntityCorpusEventsMigration() {
        super(11, "entity corpus-event timeline index");
    }

    @Override
    void run(Connection c) throws SQLException {
        run(c, System.err, ANNOUNCE_FROM);
    }

    void run(Connection c, PrintStream err, long announceFrom) throws SQLException {
        try (Statement st = c.createStatement()) {
            long events;
            try (ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM events")) {
                rs.next();
                events = rs.getLong(1);
            }
            if (events >= announceFrom) {
                err.printf(Locale.ROOT, "dossier: indexing the corpus events of %,d events by entity "
                        + "(store migration 11, runs once)...%n", events);
                err.flush();
            }
            // entity: no foreign key, since removing an article deletes a corpus entity it alone named before the
            // corpus events it took part in are written again, in the same transaction (dossier check compares)
            st.executeUpdate("CREATE TABLE " + EntityCorpusEvents.TABLE + " (entity BIGINT NOT NULL, "
                    + "corpus_event BIGINT NOT NULL REFERENCES corpus_events (pk), first_day TEXT, type TEXT NOT NULL)");
            st.executeUpdate("INSERT INTO " + EntityCorpusEvents.TABLE + " (entity, corpus_event, first_day, type) "
                    + EntityCorpusEvents.ALL_ROWS);
            st.executeUpdate("CREATE UNIQUE INDEX entity_corpus_events_event ON " + EntityCorpusEvents.TABLE
                    + " (corpus_event, entity)");
            st.executeUpdate("CREATE INDEX entity_corpus_events_day ON " + EntityCorpusEvents.TABLE
                    + " (entity, first_day, corpus_event, type)");
        }
    }
}

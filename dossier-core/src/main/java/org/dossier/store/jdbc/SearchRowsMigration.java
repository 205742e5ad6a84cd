package org.dossier.store.jdbc;

import java.io.PrintStream;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;

/**
 * V7: an article's full-text rows can be found without reading the whole index, which re-extraction needs for every
 * article it replaces. On PostgreSQL, an index on {@code search_index.article}. On SQLite (FTS5 cannot index that
 * column) the index is rebuilt with rowids by article ({@link Dialect#ROWS_PER_ARTICLE}); that reads every indexed
 * text once, so from {@link #ANNOUNCE_FROM} rows it says on standard error what it does.
 */
final class SearchRowsMigration extends JavaStep {

    /** From this many full-text rows the SQLite rebuild announces itself. */
    static final long ANNOUNCE_FROM = 200_000;

    SearchRowsMigration() {
        super(7, "full-text rows by article");
    }

    @Override
    void run(Connection c) throws SQLException {
        run(c, System.err, ANNOUNCE_FROM);
    }

    void run(Connection c, PrintStream err, long announceFrom) throws SQLException {
        try (Statement st = c.createStatement()) {
            if (!c.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT).contains("sqlite")) {
                st.executeUpdate("CREATE INDEX search_index_article ON search_index (article)");
                return;
            }
            long rows;
            try (ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM search_index")) {
                rs.next();
                rows = rs.getLong(1);
            }
            if (rows >= announceFrom) {
                err.printf(Locale.ROOT, "dossier: rebuilding the full-text index of %,d rows by article "
                        + "(store migration 7, runs once)...%n", rows);
                err.flush();
            }
            st.executeUpdate("CREATE VIRTUAL TABLE search_rekeyed USING fts5(body, kind UNINDEXED, article UNINDEXED, "
                    + "ref UNINDEXED, tokenize = 'porter unicode61')");
            st.executeUpdate("INSERT INTO search_rekeyed (rowid, body, kind, article, ref) SELECT article * "
                    + Dialect.ROWS_PER_ARTICLE + " + ROW_NUMBER() OVER (PARTITION BY article ORDER BY rowid), body, "
                    + "kind, article, ref FROM search_index");
            st.executeUpdate("DROP TABLE search_index");
            st.executeUpdate("ALTER TABLE search_rekeyed RENAME TO search_index");
        }
    }
}

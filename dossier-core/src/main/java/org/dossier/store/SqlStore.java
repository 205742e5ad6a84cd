package org.dossier.store;

import java.sql.Connection;

/**
 * A {@link Store} in an SQL database, for the query layer, which reads its tables directly: the connection, and the
 * back-end's full-text search.
 */
public interface SqlStore extends Store {

    /** The connection (read-only use; do not commit or close it). */
    Connection connection();

    /**
     * A full-text search returning {@code kind, article, ref, rank, snippet} for the query text bound at parameter 1,
     * restricted by {@code articleCondition} (SQL over the hit's article key named {@code article}, e.g.
     * {@code " AND article IN (SELECT pk FROM articles WHERE published_day >= ?)"}, whose parameters come after the
     * query text), with the limit as the last parameter; best first.
     */
    String searchSql(String articleCondition);

    /** The user's words as this back-end's full-text query: every word must appear. */
    String searchQuery(String text);
}

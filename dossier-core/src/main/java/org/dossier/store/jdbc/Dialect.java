package org.dossier.store.jdbc;

/** What differs between the two back-ends at run time: full-text search (the schema differs in their migrations). */
public enum Dialect {

    SQLITE("sqlite"),
    POSTGRESQL("postgresql");

    private final String migrationFolder;

    Dialect(String migrationFolder) {
        this.migrationFolder = migrationFolder;
    }

    /**
     * On SQLite the full-text rows of article {@code pk} have rowids {@code pk * ROWS_PER_ARTICLE + 1} and up, so an
     * article's rows are found by a rowid range (FTS5 cannot index the article column; a scan reads every indexed
     * text). PostgreSQL indexes {@code search_index.article} instead.
     */
    static final long ROWS_PER_ARTICLE = 1L << 20;

    /** Inserts one full-text row: kind, article, ref, body, and on SQLite the rowid first. */
    String insertSearchRow() {
        return this == SQLITE ? "INSERT INTO search_index (rowid, kind, article, ref, body) VALUES (?, ?, ?, ?, ?)"
                : "INSERT INTO search_index (kind, article, ref, body) VALUES (?, ?, ?, ?)";
    }

    /** Deletes the full-text rows of one article (its key bound, once on PostgreSQL, as both ends of a range on SQLite). */
    String deleteSearchRows() {
        return this == SQLITE ? "DELETE FROM search_index WHERE rowid BETWEEN ? AND ?"
                : "DELETE FROM search_index WHERE article = ?";
    }

    /** The folder of this dialect's migrations under {@code org/dossier/store/jdbc/migrations}. */
    String migrationFolder() {
        return migrationFolder;
    }

    /**
     * A full-text search returning {@code kind, article, ref, rank, snippet} for the query text bound at parameter 1,
     * with the limit at parameter 2; best first.
     */
    public String searchSql() {
        return searchSql("");
    }

    /**
     * {@link #searchSql()} restricted by {@code articleCondition}, SQL over the hit's article key named
     * {@code article} (e.g. {@code " AND article IN (SELECT pk FROM articles WHERE published_day >= ?)"}), whose
     * parameters come after the query text and before the limit.
     */
    public String searchSql(String articleCondition) {
        return switch (this) {
            case SQLITE -> "SELECT kind, article, ref, bm25(search_index) AS rank, "
                    + "snippet(search_index, 0, '[', ']', '…', 12) AS snippet FROM search_index "
                    + "WHERE search_index MATCH ?" + articleCondition + " ORDER BY rank LIMIT ?";
            case POSTGRESQL -> "SELECT kind, article, ref, -ts_rank(tsv, q) AS rank, "
                    + "ts_headline('english', body, q, 'StartSel=[, StopSel=], MaxWords=24, MinWords=8') AS snippet "
                    + "FROM search_index, websearch_to_tsquery('english', ?) q WHERE tsv @@ q" + articleCondition
                    + " ORDER BY rank LIMIT ?";
        };
    }

    /**
     * The user's words as this dialect's full-text query: every word must appear (SQLite: each word quoted, so
     * punctuation and FTS5 operators in the text are taken literally; PostgreSQL: web-search syntax).
     */
    public String searchQuery(String text) {
        if (this == POSTGRESQL) {
            return text;
        }
        StringBuilder b = new StringBuilder();
        for (String word : text.split("[^\\p{L}\\p{N}]+")) {
            if (!word.isEmpty()) {
                b.append(b.length() > 0 ? " " : "").append('"').append(word).append('"');
            }
        }
        return b.toString();
    }
}

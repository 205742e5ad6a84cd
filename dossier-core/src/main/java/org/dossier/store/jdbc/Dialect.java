package org.dossier.store.jdbc;

/** What differs between the two back-ends at run time: full-text search (the schema differs in their migrations). */
public enum Dialect {

    SQLITE("sqlite"),
    POSTGRESQL("postgresql");

    private final String migrationFolder;

    Dialect(String migrationFolder) {
        this.migrationFolder = migrationFolder;
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

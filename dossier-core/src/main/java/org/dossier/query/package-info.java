/**
 * Questions over a stored corpus: the timeline of events (of one entity, between two days, of one type), quotes by
 * speaker, claims by source, everything about one entity, and full-text search. {@link org.dossier.query.CorpusQueries}
 * runs the same SQL on SQLite and PostgreSQL (search excepted, see {@link org.dossier.store.SqlStore#searchSql})
 * through the {@code store} API, never {@code store.jdbc}; results are plain records.
 */
package org.dossier.query;

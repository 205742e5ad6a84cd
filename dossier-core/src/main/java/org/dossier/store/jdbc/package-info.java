/**
 * The JDBC store: one schema, created by one set of migrations ({@code migrations/V*.sql}), on SQLite (embedded,
 * WAL mode, FTS5) and PostgreSQL (server, tsvector). {@link org.dossier.store.jdbc.Dialect} holds the few
 * differences; every other statement is shared.
 */
package org.dossier.store.jdbc;

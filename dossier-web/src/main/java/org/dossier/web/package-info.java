/**
 * Dossier on the web: the store served as a JSON API under {@code /api/} and as server-rendered HTML pages (search,
 * article, entity, timeline, ingest). Every query goes through {@link org.dossier.query.CorpusQueries}; this package
 * writes no SQL. {@link org.dossier.web.WebServer} is the entry point; it binds to loopback unless told otherwise,
 * escapes all article text (jte HTML templates), sends a strict Content-Security-Policy, limits request size and
 * rate, and demands a token on every write.
 */
package org.dossier.web;

/**
 * Keeping what the pipeline extracts: a {@link org.dossier.store.Store} holds every article's {@code dossier/1}
 * record, nothing lost, together with corpus-level entities, and gives each record back unchanged.
 * {@link org.dossier.store.StoreLocation} names where it lives (an embedded SQLite file by default, or a
 * PostgreSQL server). Each article is kept with the version of the extractors that produced it, and can be
 * {@linkplain org.dossier.store.Store#replace replaced} by a re-extraction. The API only: the implementation is
 * {@code store.jdbc}, which this package never imports; {@code org.dossier.corpus} runs ingest and re-extraction.
 */
package org.dossier.store;

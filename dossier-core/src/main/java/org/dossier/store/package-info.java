/**
 * Keeping what the pipeline extracts: a {@link org.dossier.store.Store} holds every article's {@code dossier/1}
 * record, nothing lost, together with corpus-level entities, and gives each record back unchanged.
 * {@link org.dossier.store.StoreLocation} names where it lives (an embedded SQLite file by default, or a
 * PostgreSQL server); {@link org.dossier.store.CorpusIngest} runs read, extract and store over many articles with
 * one transaction per article, so an interrupted run leaves no half article and a re-run finishes the job.
 */
package org.dossier.store;

/**
 * The corpus as the pipeline keeps it: {@link org.dossier.corpus.CorpusIngest} reads, extracts and stores many
 * articles with one transaction per article (an interrupted run leaves no half article, a re-run finishes the job,
 * and a text an older extractor version stored is extracted again); {@link org.dossier.corpus.Reextraction} brings
 * stored records up to the current {@link org.dossier.pipeline.DossierPipeline#version()} from their stored text;
 * {@link org.dossier.corpus.RecordImport} stores records extracted elsewhere (the Spark job's) the same way, with
 * their texts ({@link org.dossier.corpus.ArticleTexts}).
 * Uses {@code pipeline}, {@code ingest}, {@code export} and the {@code store} API, never {@code store.jdbc}.
 */
package org.dossier.corpus;

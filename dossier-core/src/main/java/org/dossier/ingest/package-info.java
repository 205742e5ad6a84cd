/**
 * Reading articles: plain text with a {@code NAME.meta.json} sidecar, JSON Lines (streamed), folders of them and
 * standard input. Each input yields either an {@link org.dossier.ingest.ArticleInput.Loaded} article or an
 * {@link org.dossier.ingest.ArticleInput.Failed} with a one-line message naming the file, the position and the fix;
 * one bad article never stops the others.
 */
package org.dossier.ingest;

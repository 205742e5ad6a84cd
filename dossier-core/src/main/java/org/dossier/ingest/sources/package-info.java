/**
 * Every kind of input in one place: {@link org.dossier.ingest.sources.Sources} sends each path, folder or URL to the
 * reader of its format (text and JSON Lines in {@code ingest}, web pages, feeds and WARC files in their own
 * packages). It sits above the format readers, so that they depend on {@code ingest}'s types and never the other
 * way round.
 */
package org.dossier.ingest.sources;

/**
 * WARC files (jwarc), e.g. Common Crawl News: each HTML response is read as a web page; a truncated or damaged file
 * is reported with the byte where reading stopped, after the records before it were read.
 */
package org.dossier.ingest.warc;

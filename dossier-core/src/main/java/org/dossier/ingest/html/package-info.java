/**
 * Web pages as articles: the main text found and boilerplate (navigation, headers, footers, asides, scripts,
 * forms) dropped, with an {@link org.dossier.ingest.html.OffsetMap} from each character of the text back to the
 * page source; title, author, publication date and publisher taken from {@code <meta>}, Open Graph,
 * {@code article:published_time} and JSON-LD {@code NewsArticle}.
 */
package org.dossier.ingest.html;

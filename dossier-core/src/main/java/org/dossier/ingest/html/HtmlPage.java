package org.dossier.ingest.html;

import java.util.List;

/**
 * A web page read as an article: its main text, the map from the text back to the page source, and its metadata
 * ({@code null} where the page gives none).
 *
 * @param published ISO date or date-time, validated
 * @param warnings  repairs made (broken markup, unreadable dates or JSON-LD), for the user
 */
public record HtmlPage(String text, OffsetMap offsets, String title, String author, String published,
                       String publisher, String url, String language, List<String> warnings) {

    public HtmlPage {
        warnings = List.copyOf(warnings);
    }
}

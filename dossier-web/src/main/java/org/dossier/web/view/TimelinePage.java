package org.dossier.web.view;

import org.dossier.query.Rows;

import java.util.List;

/**
 * A timeline for the filters: its corpus events (one row per real-world event), its reports drawn and listed, with
 * download links carrying the same filters.
 */
public record TimelinePage(Filters filters, List<Rows.Event> events, TimelineChart chart, int limit,
                           CorpusEventList corpusEvents) {

    public TimelinePage {
        events = List.copyOf(events);
    }

    public String download(String format) {
        String q = filters.query();
        return "/api/timeline?" + (q.isEmpty() ? "" : q + "&") + "limit=" + limit + "&format=" + format;
    }

    /** The corpus events of the same filters, from the API. */
    public String corpusEventsDownload(String format) {
        String q = filters.query();
        return "/api/corpus-events?" + (q.isEmpty() ? "" : q + "&") + "limit=" + limit + "&format=" + format;
    }
}

package org.dossier.web.view;

import org.dossier.query.Rows;

import java.util.List;

/** A timeline for the filters, drawn and listed, with download links carrying the same filters. */
public record TimelinePage(Filters filters, List<Rows.Event> events, TimelineChart chart, int limit) {

    public TimelinePage {
        events = List.copyOf(events);
    }

    public String download(String format) {
        String q = filters.query();
        return "/api/timeline?" + (q.isEmpty() ? "" : q + "&") + "limit=" + limit + "&format=" + format;
    }
}

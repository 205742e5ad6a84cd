package org.dossier.web.view;

import org.dossier.query.Rows;

import java.util.List;

/**
 * A list of corpus events (an entity's, or a timeline's): one row each with its days, type, who acts on whom and
 * where, how many reports, articles and sources, when first reported, and a mark where its reports disagree (a
 * contradiction, or only a development: expected, then happened).
 */
public record CorpusEventList(List<Rows.CorpusEvent> events) {

    public CorpusEventList {
        events = List.copyOf(events);
    }

    /** Whether the reports contradict each other (a disagreement other than "since"). */
    public static boolean conflicting(Rows.CorpusEvent e) {
        if (e.disagree() == null) {
            return false;
        }
        for (String kind : e.disagree().split(",\\s*")) {
            if (!kind.equals("since")) {
                return true;
            }
        }
        return false;
    }

    /** "5 reports · 5 articles · 4 sources". */
    public static String counts(Rows.CorpusEvent e) {
        return e.reports() + (e.reports() == 1 ? " report" : " reports") + " \u00b7 " + e.articles()
                + (e.articles() == 1 ? " article" : " articles") + " \u00b7 " + e.sources()
                + (e.sources() == 1 ? " source" : " sources");
    }
}

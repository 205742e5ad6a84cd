package org.dossier.web.view;

import org.dossier.query.Rows;

import java.util.List;

/**
 * Everything the entity page shows: the profile, its corpus events (one row per real-world event, disagreements
 * marked), its reports on a chart, the claims made about it, and the event family the timeline shows ({@code ""}:
 * every family but other).
 */
public record EntityPage(Rows.Profile profile, CorpusEventList corpusEvents, TimelineChart chart,
                         List<Rows.Claim> claimsAbout, String family) {

    public EntityPage {
        claimsAbout = List.copyOf(claimsAbout);
        family = family == null ? "" : family;
    }
}

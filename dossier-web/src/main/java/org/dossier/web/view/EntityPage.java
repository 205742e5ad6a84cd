package org.dossier.web.view;

import org.dossier.query.Rows;

import java.util.List;

/** Everything the entity page shows: the profile, its events on a chart, and the claims made about it. */
public record EntityPage(Rows.Profile profile, TimelineChart chart, List<Rows.Claim> claimsAbout) {

    public EntityPage {
        claimsAbout = List.copyOf(claimsAbout);
    }
}

package org.dossier.export;

import org.dossier.model.ArticleRecord;
import org.dossier.model.Claim;
import org.dossier.model.Entity;
import org.dossier.model.Event;
import org.dossier.model.Participant;
import org.dossier.timeline.EventDate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Events as CSV ({@link Csv}: RFC 4180, formula-leading fields defused), one row each, with GDELT-like columns: the day, the actors (first source, first target),
 * the CAMEO code, the location, the article's URL, plus factuality and, for an event known only through a claim,
 * who claims it and whether hedged. Names are the article's entity names.
 */
public final class EventCsvExporter {

    public static final List<String> COLUMNS = List.of("date", "timex_value", "actor1", "actor2", "cameo", "event_type",
            "predicate", "location", "source_url", "factuality", "claim_source", "hedged", "article_id", "event_id",
            "trigger");

    private final Writer out;

    public EventCsvExporter(Writer out) {
        this.out = out;
    }

    public void header() {
        row(COLUMNS);
    }

    /** One row per event of the article. */
    public void write(ArticleRecord r) {
        Map<String, Entity> entities = new HashMap<>();
        r.entities().forEach(e -> entities.put(e.id(), e));
        Map<String, Claim> claims = new HashMap<>();
        r.claims().forEach(c -> claims.put(c.id(), c));
        for (Event e : r.events()) {
            Claim claim = e.attribution() == null ? null : claims.get(e.attribution());
            String claimSource = claim == null ? null : claim.source() != null && entities.containsKey(claim.source())
                    ? entities.get(claim.source()).name() : claim.sourceSpan() != null ? claim.sourceSpan().text() : null;
            row(java.util.Arrays.asList(EventDate.day(r, e), e.date(), actor(e, "source", entities),
                    actor(e, "target", entities), e.cameo(), e.type().name(), e.predicate(),
                    e.location() == null ? null : name(e.location(), entities), r.article().url(),
                    e.factuality().label(), claimSource, claim == null ? null : Boolean.toString(claim.hedged()),
                    r.article().id(), e.id(), e.trigger().text()));
        }
    }

    private static String actor(Event e, String role, Map<String, Entity> entities) {
        for (Participant p : e.participants()) {
            if (role.equals(p.role())) {
                return name(p.entity(), entities);
            }
        }
        return null;
    }

    private static String name(String id, Map<String, Entity> entities) {
        Entity e = entities.get(id);
        return e == null ? id : e.name();
    }

    private void row(List<String> cells) {
        try {
            out.write(Csv.line(cells));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

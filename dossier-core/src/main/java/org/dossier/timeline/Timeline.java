package org.dossier.timeline;

import org.dossier.model.ArticleRecord;
import org.dossier.model.Claim;
import org.dossier.model.Entity;
import org.dossier.model.Event;
import org.dossier.model.EventType;
import org.dossier.model.Factuality;
import org.dossier.model.Participant;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The events of some articles in date order. An event is filed where {@link EventDate#filedUnder} says: under its
 * date, or, undated but known through a claim, under the day the claim was made; the rest are listed apart, in
 * article order. Events of type OTHER are left out unless the filter asks for them by type or family. Immutable.
 *
 * @param dated   entries in date order (ties in article and text order)
 * @param undated entries with no date, in article and text order
 */
public record Timeline(List<TimelineEntry> dated, List<TimelineEntry> undated) {

    /**
     * What to keep.
     *
     * @param entity a name (or alias, or mention text) of an entity that must take part or be the place; null: any
     * @param from   first day of the range, or null
     * @param to     last day of the range, or null; with a range, undated events are left out
     * @param kinds  the types shown ({@link EventKinds}: one type, one family, or every type but OTHER, an eventive
     *               word that fits no type, which is shown only when asked for by type or family)
     */
    public record Filter(String entity, LocalDate from, LocalDate to, EventKinds kinds) {

        public static final Filter ALL = new Filter(null, null, null);

        public Filter {
            kinds = kinds == null ? EventKinds.DEFAULT : kinds;
        }

        public Filter(String entity, LocalDate from, LocalDate to) {
            this(entity, from, to, EventKinds.DEFAULT);
        }

        /** Only events of {@code type} (null: every type but OTHER). */
        public Filter(String entity, LocalDate from, LocalDate to, EventType type) {
            this(entity, from, to, EventKinds.of(type));
        }

        boolean keeps(EventType t) {
            return kinds.keeps(t);
        }

        boolean hasRange() {
            return from != null || to != null;
        }
    }

    public Timeline {
        dated = List.copyOf(dated);
        undated = List.copyOf(undated);
    }

    public static Timeline of(List<ArticleRecord> records, Filter filter) {
        List<TimelineEntry> dated = new ArrayList<>();
        List<TimelineEntry> undated = new ArrayList<>();
        for (int a = 0; a < records.size(); a++) {
            ArticleRecord r = records.get(a);
            Map<String, Entity> entities = new HashMap<>();
            r.entities().forEach(e -> entities.put(e.id(), e));
            Map<String, Claim> claims = new HashMap<>();
            r.claims().forEach(c -> claims.put(c.id(), c));
            for (Event e : r.events()) {
                if (!filter.keeps(e.type()) || !involves(e, entities, filter.entity())) {
                    continue;
                }
                TimelineEntry entry = entry(r, a, e, entities, claims);
                EventDate when = entry.filedUnder();
                if (when == null) {
                    if (!filter.hasRange()) {
                        undated.add(entry);
                    }
                } else if (when.overlaps(filter.from(), filter.to())) {
                    dated.add(entry);
                }
            }
        }
        dated.sort(Comparator.comparing(TimelineEntry::filedUnder).thenComparingInt(TimelineEntry::articleIndex)
                .thenComparingInt(t -> t.event().trigger().start()));
        return new Timeline(dated, undated);
    }

    private static TimelineEntry entry(ArticleRecord r, int index, Event e, Map<String, Entity> entities,
                                       Map<String, Claim> claims) {
        List<TimelineEntry.Party> names = new ArrayList<>();
        for (Participant p : e.participants()) {
            names.add(new TimelineEntry.Party(name(entities, p.entity()), p.role()));
        }
        Claim claim = e.attribution() == null ? null : claims.get(e.attribution());
        EventDate date = EventDate.parse(e.date()).orElse(null);
        EventDate reportedOn = date == null ? EventDate.parse(EventDate.reportedOn(r, e)).orElse(null) : null;
        String source = null;
        if (claim != null) {
            source = claim.source() != null ? name(entities, claim.source())
                    : claim.sourceSpan() != null ? claim.sourceSpan().text() : "unnamed source";
        } else if (e.factuality() == Factuality.REPORTED) {
            source = "unnamed source";
        }
        return new TimelineEntry(r.article().id(), index, e, date, reportedOn, names,
                e.location() == null ? null : name(entities, e.location()), source,
                SentenceText.around(r.article().text(), e.trigger()));
    }

    private static String name(Map<String, Entity> entities, String id) {
        Entity e = entities.get(id);
        return e == null ? id : e.name();
    }

    private static boolean involves(Event e, Map<String, Entity> entities, String name) {
        if (name == null) {
            return true;
        }
        List<String> ids = new ArrayList<>();
        e.participants().forEach(p -> ids.add(p.entity()));
        if (e.location() != null) {
            ids.add(e.location());
        }
        String wanted = normal(name);
        for (String id : ids) {
            Entity en = entities.get(id);
            if (en == null) {
                continue;
            }
            if (normal(en.name()).equals(wanted) || en.aliases().stream().anyMatch(x -> normal(x).equals(wanted))
                    || en.mentions().stream().anyMatch(m -> normal(m.text()).equals(wanted))) {
                return true;
            }
        }
        return false;
    }

    private static String normal(String s) {
        String n = s.toLowerCase(Locale.ROOT).strip();
        return n.startsWith("the ") ? n.substring(4) : n;
    }
}

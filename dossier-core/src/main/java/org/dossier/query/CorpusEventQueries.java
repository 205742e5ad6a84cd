package org.dossier.query;

import org.dossier.model.Span;
import org.dossier.store.SqlStore;
import org.dossier.timeline.SentenceText;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Questions about corpus events: the real-world events the store groups its article events into (schema V9:
 * {@code corpus_events}, {@code events.corpus_event}, {@code events.merge_reason}). A timeline of one row per corpus
 * event, one corpus event with every report of it side by side, and the corpus events whose reports disagree
 * ({@link Disagreements}, computed here on read). Read-only; one thread at a time (it shares the store's
 * connection).
 */
public final class CorpusEventQueries {

    /** How many corpus events {@link #conflicts} examines per round trip. */
    static final int BATCH = 200;
    /** How many names {@link Rows.CorpusEvent#actors()} and {@link Rows.CorpusEvent#targets()} list at most. */
    static final int NAMES = 3;

    private final Sql sql;
    private final CorpusQueries queries;

    public CorpusEventQueries(SqlStore store) {
        this.sql = new Sql(store.connection(), store.describe());
        this.queries = new CorpusQueries(store);
    }

    /**
     * The corpus events of the {@code q} timeline, earliest first: those in which the corpus entity {@code entityId}
     * (when not {@code null}; else the entity {@code q} names) takes part in at least one report, of the types
     * {@code q} shows (a corpus event's type: its reports' most frequent), first reported on a day in {@code q}'s
     * range (its {@code first_day}), told by an article of the publication {@code source} when not {@code null}.
     */
    public List<Rows.CorpusEvent> timeline(TimelineQuery q, Long entityId, String source) {
        List<Long> entities = entities(q, entityId);
        if (entities != null && entities.isEmpty()) {
            return List.of();
        }
        return sql.run(() -> {
            List<Rows.CorpusEvent> out = new ArrayList<>();
            details(page(q, entities, source, false, q.limit(), 0), false).values().forEach(d -> out.add(d.event()));
            return out;
        });
    }

    /** The corpus event {@code id} with every report of it (with its sentence) and their disagreements. */
    public Optional<Rows.CorpusEventDetail> event(long id) {
        return sql.run(() -> Optional.ofNullable(details(List.of(id), true).get(id)));
    }

    /** The corpus events {@code ids} in that order (unknown ones left out), with sentences when {@code withText}. */
    public List<Rows.CorpusEventDetail> events(List<Long> ids, boolean withText) {
        return sql.run(() -> new ArrayList<>(details(ids, withText).values()));
    }

    /** The corpus event that the event {@code event} of article {@code article} belongs to, if stored. */
    public Optional<Long> eventOf(String article, String event) {
        return sql.run(() -> {
            Long[] found = {null};
            sql.query("SELECT e.corpus_event FROM events e JOIN articles a ON a.pk = e.article WHERE a.doc_id = ? "
                    + "AND e.local_id = ?", List.of(article, event), rs -> {
                long v = rs.getLong(1);
                found[0] = rs.wasNull() ? null : v;
            });
            return Optional.ofNullable(found[0]);
        });
    }

    /**
     * The corpus events of the {@code q} timeline (entity, types, days, {@code source} as in {@link #timeline})
     * whose reports disagree, earliest first, at most {@code q.limit()}, each with its reports side by side. With
     * {@code withSince} false, those whose only disagreement is a development ("expected, happened since") are left
     * out.
     */
    public List<Rows.CorpusEventDetail> conflicts(TimelineQuery q, Long entityId, String source, boolean withSince) {
        List<Long> entities = entities(q, entityId);
        if (entities != null && entities.isEmpty()) {
            return List.of();
        }
        return sql.run(() -> {
            List<Long> found = new ArrayList<>();
            for (int offset = 0; found.size() < q.limit(); offset += BATCH) {
                List<Long> pks = page(q, entities, source, true, BATCH, offset);
                for (Rows.CorpusEventDetail d : details(pks, false).values()) {
                    if (found.size() < q.limit() && d.disagreements().stream().anyMatch(x -> withSince || x.conflict())) {
                        found.add(d.event().id());
                    }
                }
                if (pks.size() < BATCH) {
                    break;
                }
            }
            return new ArrayList<>(details(found, true).values());
        });
    }

    /**
     * Every corpus event, in id order, with its reports (with their sentences when {@code withText}), {@link #BATCH}
     * at a time (memory for one batch); every type, OTHER included. Returns how many there were.
     */
    public long forEach(boolean withText, Consumer<Rows.CorpusEventDetail> sink) {
        long count = 0;
        long after = 0;
        while (true) {
            long from = after;
            Map<Long, Rows.CorpusEventDetail> batch = sql.run(() -> {
                List<Long> pks = new ArrayList<>();
                sql.query("SELECT pk FROM corpus_events WHERE pk > ? ORDER BY pk LIMIT ?", List.of(from, BATCH),
                        rs -> pks.add(rs.getLong(1)));
                return details(pks, withText);
            });
            if (batch.isEmpty()) {
                return count;
            }
            for (Rows.CorpusEventDetail d : batch.values()) {
                sink.accept(d);
                count++;
                after = d.event().id();
            }
        }
    }

    /**
     * The corpus entities the {@code q} timeline is about: {@code entityId} when not {@code null}, else those the
     * entity {@code q} names (empty when it names none known); {@code null} when it is about no entity.
     */
    private List<Long> entities(TimelineQuery q, Long entityId) {
        if (entityId != null) {
            return List.of(entityId);
        }
        return q.entity() == null ? null : queries.findEntities(q.entity());
    }

    /**
     * The keys of the corpus events of the {@code q} timeline (of the corpus entities {@code entities}, or of all
     * when {@code null}; {@code source} as in {@link #timeline}; only those of several reports when
     * {@code severalReports}), earliest first day first (undated last, then by key), {@code limit} of them after the
     * first {@code offset}.
     *
     * <p>An entity's corpus events are read from the timeline index ({@code entity_corpus_events}, schema V11) in
     * {@code (entity, first_day, corpus_event)} order, so the query stops after {@code offset + limit} rows however
     * many corpus events the entity takes part in: first the dated ones, then, when the page is not full and no day
     * range is asked for, the undated ones.
     */
    private List<Long> page(TimelineQuery q, List<Long> entities, String source, boolean severalReports, int limit,
                            int offset) throws SQLException {
        if (entities == null) {
            List<Object> params = new ArrayList<>();
            StringBuilder where = new StringBuilder(" WHERE 1 = 1");
            conditions(q, "ce.type", "ce.first_day", "ce.pk", source, where, params);
            if (severalReports) {
                where.append(" AND ce.reports >= 2");
            }
            params.add(limit);
            params.add(offset);
            List<Long> pks = new ArrayList<>();
            sql.query("SELECT ce.pk FROM corpus_events ce" + where + " ORDER BY ce.first_day NULLS LAST, ce.pk "
                    + "LIMIT ? OFFSET ?", params, rs -> pks.add(rs.getLong(1)));
            return pks;
        }
        List<Object> params = new ArrayList<>();
        StringBuilder where = new StringBuilder(entities.size() == 1 ? " WHERE x.entity = ?"
                : " WHERE x.entity IN (" + Sql.marks(entities.size()) + ")");
        params.addAll(entities);
        conditions(q, "x.type", "x.first_day", "x.corpus_event", source, where, params);
        if (severalReports) {
            where.append(" AND ce.reports >= 2");
        }
        // one entity has one row per corpus event; several may share one
        String select = "SELECT " + (entities.size() == 1 ? "" : "DISTINCT ") + "x.first_day, x.corpus_event FROM "
                + "entity_corpus_events x" + (severalReports ? " JOIN corpus_events ce ON ce.pk = x.corpus_event" : "");
        int wanted = offset + limit;
        List<Long> pks = new ArrayList<>();
        sql.query(select + where + " AND x.first_day IS NOT NULL ORDER BY x.first_day, x.corpus_event LIMIT "
                + wanted, params, rs -> pks.add(rs.getLong(2)));
        if (pks.size() < wanted && q.from() == null && q.to() == null) {
            sql.query(select + where + " AND x.first_day IS NULL ORDER BY x.corpus_event LIMIT " + (wanted - pks.size()),
                    params, rs -> pks.add(rs.getLong(2)));
        }
        return pks.size() <= offset ? List.of() : new ArrayList<>(pks.subList(offset, pks.size()));
    }

    /**
     * Adds to {@code where} (and its parameters to {@code params}) the conditions of the {@code q} timeline other
     * than its entity, over the columns named: the types it shows, its day range, and the publication
     * {@code source} when not {@code null} (some report in an article of it).
     */
    private static void conditions(TimelineQuery q, String type, String firstDay, String corpusEvent, String source,
                                   StringBuilder where, List<Object> params) {
        CorpusQueries.kindsCondition(q.kinds(), type, where, params);
        if (q.from() != null) {
            where.append(" AND ").append(firstDay).append(" >= ?");
            params.add(q.from().toString());
        }
        if (q.to() != null) {
            where.append(" AND ").append(firstDay).append(" <= ?");
            params.add(q.to().toString());
        }
        if (source != null) {
            where.append(" AND EXISTS (SELECT 1 FROM events e JOIN articles a ON a.pk = e.article WHERE e.corpus_event = ")
                    .append(corpusEvent).append(" AND LOWER(a.source) = LOWER(?))");
            params.add(source);
        }
    }

    /** The corpus events {@code pks}, in that order (unknown ones left out), with their reports. */
    private Map<Long, Rows.CorpusEventDetail> details(List<Long> pks, boolean withText) throws SQLException {
        Map<Long, Rows.CorpusEventDetail> out = new LinkedHashMap<>();
        if (pks.isEmpty()) {
            return out;
        }
        Map<Long, Object[]> heads = new HashMap<>();
        sql.query("SELECT pk, type, predicate, reports, articles, first_day, last_day, first_reported FROM "
                + "corpus_events WHERE pk IN (" + Sql.marks(pks.size()) + ")", new ArrayList<>(pks), rs -> heads.put(
                rs.getLong(1), new Object[]{rs.getString(2), rs.getString(3), rs.getInt(4), rs.getInt(5),
                        rs.getString(6), rs.getString(7), rs.getString(8)}));
        Map<Long, List<Rows.Report>> reports = reports(pks, withText);
        for (Long pk : pks) {
            Object[] h = heads.get(pk);
            if (h == null) {
                continue;
            }
            List<Rows.Report> rs = reports.getOrDefault(pk, List.of());
            List<Rows.Disagreement> ds = Disagreements.of(rs);
            Rows.CorpusEvent ev = new Rows.CorpusEvent(pk, (String) h[4], (String) h[5], (String) h[0], (String) h[1],
                    names(rs, "source"), names(rs, "target"), place(rs), (Integer) h[2], (Integer) h[3], sources(rs),
                    (String) h[6], Disagreements.kinds(ds));
            out.put(pk, new Rows.CorpusEventDetail(ev, rs, ds));
        }
        return out;
    }

    /** The reports of the corpus events {@code pks}, by corpus event, in publication order. */
    private Map<Long, List<Rows.Report>> reports(List<Long> pks, boolean withText) throws SQLException {
        String in = " IN (" + Sql.marks(pks.size()) + ")";
        Map<Long, List<Rows.Party>> parties = new HashMap<>();
        sql.query("SELECT p.event, p.role, p.corpus_entity, COALESCE(en.name, ae.name, p.entity) FROM participants p "
                + "JOIN events e ON e.pk = p.event LEFT JOIN entities en ON en.pk = p.corpus_entity "
                + "LEFT JOIN article_entities ae ON ae.article = e.article AND ae.local_id = p.entity "
                + "WHERE e.corpus_event" + in + " ORDER BY p.event, p.seq", new ArrayList<>(pks), rs -> {
            long entity = rs.getLong(3);
            Long corpusEntity = rs.wasNull() ? null : entity;
            parties.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                    .add(new Rows.Party(rs.getString(4), corpusEntity, rs.getString(2)));
        });
        List<Object[]> rows = new ArrayList<>();
        Set<Long> claims = new LinkedHashSet<>();
        Set<Long> articles = new LinkedHashSet<>();
        sql.query("SELECT e.corpus_event, e.pk, a.pk AS article_pk, a.doc_id, a.published_day, a.source, a.title, "
                + "a.url, e.local_id, e.sentence, e.trigger_start, e.trigger_end, e.trigger_text, e.type, e.predicate, "
                + "e.factuality, e.date, e.day, COALESCE(le.name, lae.name, e.location) AS place, e.location_entity, "
                + "lae.subtype AS place_kind, e.attribution, cl.pk AS claim_pk, COALESCE(se.name, cl.source_text) "
                + "AS claim_source, cl.cue_text, cl.hedged, e.merge_reason FROM events e "
                + "JOIN articles a ON a.pk = e.article LEFT JOIN entities le ON le.pk = e.location_entity "
                + "LEFT JOIN article_entities lae ON lae.article = e.article AND lae.local_id = e.location "
                + "LEFT JOIN claims cl ON cl.article = e.article AND cl.local_id = e.attribution "
                + "LEFT JOIN entities se ON se.pk = cl.source_entity WHERE e.corpus_event" + in
                + " ORDER BY e.corpus_event, a.published_day NULLS LAST, a.doc_id, e.seq", new ArrayList<>(pks), rs -> {
            long placeEntity = rs.getLong("location_entity");
            boolean noPlaceEntity = rs.wasNull();
            long claim = rs.getLong("claim_pk");
            boolean noClaim = rs.wasNull();
            if (!noClaim) {
                claims.add(claim);
            }
            articles.add(rs.getLong("article_pk"));
            rows.add(new Object[]{rs.getLong("corpus_event"), rs.getLong("pk"), rs.getLong("article_pk"),
                    rs.getString("doc_id"), rs.getString("published_day"), rs.getString("source"),
                    rs.getString("title"), rs.getString("url"), rs.getString("local_id"), rs.getInt("sentence"),
                    rs.getInt("trigger_start"), rs.getInt("trigger_end"), rs.getString("trigger_text"),
                    rs.getString("type"), rs.getString("predicate"), rs.getString("factuality"), rs.getString("date"),
                    rs.getString("day"), rs.getString("place"), noPlaceEntity ? null : placeEntity,
                    rs.getString("place_kind"), noClaim ? null : claim, rs.getString("claim_source"),
                    rs.getString("cue_text"), rs.getInt("hedged") != 0, rs.getString("merge_reason")});
        });
        Map<Long, List<String>> via = new HashMap<>();
        if (!claims.isEmpty()) {
            sql.query("SELECT claim, value FROM claim_via WHERE claim IN (" + Sql.marks(claims.size())
                    + ") ORDER BY claim, seq", new ArrayList<>(claims),
                    rs -> via.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getString(2)));
        }
        Map<Long, String> texts = new HashMap<>();
        if (withText && !articles.isEmpty()) {
            sql.query("SELECT pk, text FROM articles WHERE pk IN (" + Sql.marks(articles.size()) + ")",
                    new ArrayList<>(articles), rs -> texts.put(rs.getLong(1), rs.getString(2)));
        }
        Map<Long, List<Rows.Report>> out = new HashMap<>();
        for (Object[] r : rows) {
            String doc = (String) r[3];
            String outlet = (String) r[5];
            Long claim = (Long) r[21];
            boolean attributed = claim != null;
            String carrier = attributed ? (r[22] != null ? (String) r[22] : "unnamed source")
                    : outlet != null ? outlet : doc;
            String trigger = (String) r[12];
            String text = withText ? sentence(texts.get((Long) r[2]), (Integer) r[10], (Integer) r[11], trigger) : null;
            out.computeIfAbsent((Long) r[0], k -> new ArrayList<>()).add(new Rows.Report(doc, (String) r[8],
                    (String) r[4], outlet, (String) r[6], (String) r[7], (Integer) r[9], text, trigger, (String) r[13],
                    (String) r[14], (String) r[15], (String) r[16], (String) r[17], (String) r[18], (Long) r[19],
                    (String) r[20], parties.getOrDefault((Long) r[1], List.of()), carrier, attributed,
                    attributed ? (String) r[23] : null, attributed ? via.getOrDefault(claim, List.of()) : List.of(),
                    attributed && (Boolean) r[24], (String) r[25]));
        }
        return out;
    }

    private static String sentence(String text, int start, int end, String trigger) {
        if (text == null || start < 0 || end > text.length() || start > end) {
            return trigger;
        }
        return SentenceText.around(text, Span.of(text, start, end));
    }

    /**
     * The participants its reports give most often in {@code role} (ties: first given), at most {@link #NAMES}; names
     * that may be one participant ({@link Disagreements#samePerson}: "Zelensky", "Volodymyr Zelensky") count as one,
     * under the fullest name.
     */
    static String names(List<Rows.Report> reports, String role) {
        List<Rows.Party> shown = new ArrayList<>();
        List<Integer> counts = new ArrayList<>();
        Map<String, List<String>> cache = new HashMap<>(); // each name split once, not once per comparison
        java.util.function.Function<String, List<String>> words = n -> cache.computeIfAbsent(n, Disagreements::words);
        for (Rows.Report r : reports) {
            Set<Integer> once = new LinkedHashSet<>();
            for (Rows.Party p : r.participants()) {
                if (!role.equals(p.role())) {
                    continue;
                }
                int at = -1;
                for (int i = 0; i < shown.size() && at < 0; i++) {
                    if (Disagreements.samePerson(shown.get(i), p, words)) {
                        at = i;
                    }
                }
                if (at < 0) {
                    shown.add(p);
                    counts.add(0);
                    at = shown.size() - 1;
                } else if (words.apply(p.name()).size() > words.apply(shown.get(at).name()).size()) {
                    shown.set(at, p);
                }
                once.add(at);
            }
            once.forEach(i -> counts.set(i, counts.get(i) + 1));
        }
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < shown.size(); i++) {
            order.add(i);
        }
        order.sort(Comparator.comparing(counts::get, Comparator.reverseOrder()));
        List<String> names = order.stream().limit(NAMES).map(i -> shown.get(i).name()).toList();
        return names.isEmpty() ? null : String.join("; ", names);
    }

    /** The place its reports give most often (ties: first given), or {@code null}. */
    static String place(List<Rows.Report> reports) {
        Map<String, Integer> count = new LinkedHashMap<>();
        reports.stream().map(Rows.Report::place).filter(p -> p != null).forEach(p -> count.merge(p, 1, Integer::sum));
        return count.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null);
    }

    /** Distinct publications among the reports (an article without one counts as its own). */
    static int sources(List<Rows.Report> reports) {
        Set<String> out = new LinkedHashSet<>();
        reports.forEach(r -> out.add(r.outlet() != null ? "s:" + r.outlet().strip().toLowerCase(Locale.ROOT)
                : "a:" + r.article()));
        return out.size();
    }
}

package org.dossier.query;

import org.dossier.merge.NameKeys;
import org.dossier.model.EventType;
import org.dossier.store.SqlStore;
import org.dossier.timeline.EventKinds;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The corpus queries. Entity names are matched like corpus entities are ({@link NameKeys}): a full name or alias
 * first, then an acronym, then a surname alone. Read-only; one thread at a time (it shares the store's connection).
 */
public final class CorpusQueries {

    /** How many events, quotes, claims, neighbours and merges {@link #entity} lists of each. */
    public static final int PROFILE_ITEMS = 20;

    private final SqlStore search;
    private final Sql sql;

    public CorpusQueries(SqlStore store) {
        this.search = store;
        this.sql = new Sql(store.connection(), store.describe());
    }

    /** The questions about corpus events, on the same connection. */
    public CorpusEventQueries corpusEvents() {
        return new CorpusEventQueries(search);
    }

    /** The corpus entities {@code name} names, most written about first; empty when none. */
    public List<Long> findEntities(String name) {
        return run(() -> {
            for (String key : NameKeys.forQuery(name)) {
                List<Long> ids = new ArrayList<>();
                query("SELECT e.pk FROM entity_keys k JOIN entities e ON e.pk = k.entity WHERE k.key = ? "
                        + "ORDER BY e.articles DESC, e.pk", List.of(key), rs -> ids.add(rs.getLong(1)));
                if (!ids.isEmpty()) {
                    return ids;
                }
            }
            return List.of();
        });
    }

    public List<Rows.Event> timeline(TimelineQuery q) {
        return timeline(q, null, null);
    }

    /**
     * The {@code q} timeline, of the corpus entity {@code entityId} when not {@code null} (instead of the entity
     * {@code q} names), of articles from the publication {@code source} (exact, case-insensitive) when not
     * {@code null}.
     */
    public List<Rows.Event> timeline(TimelineQuery q, Long entityId, String source) {
        return run(() -> {
            List<Object> params = new ArrayList<>();
            StringBuilder where = new StringBuilder(" WHERE 1 = 1");
            String from;
            String dayColumn;
            if (entityId != null || q.entity() != null) {
                List<Long> ids = entityId != null ? List.of(entityId) : findEntities(q.entity());
                if (ids.isEmpty()) {
                    return List.of();
                }
                from = " FROM participants p JOIN events e ON e.pk = p.event";
                dayColumn = "p.day";
                where.append(" AND p.corpus_entity IN (").append(marks(ids.size())).append(")");
                params.addAll(ids);
            } else {
                from = " FROM events e";
                dayColumn = "e.day";
            }
            if (q.from() != null) {
                where.append(" AND ").append(dayColumn).append(" >= ?");
                params.add(q.from().toString());
            }
            if (q.to() != null) {
                where.append(" AND ").append(dayColumn).append(" <= ?");
                params.add(q.to().toString());
            }
            kindsCondition(q.kinds(), "e.type", where, params);
            if (source != null) {
                where.append(" AND e.article IN (SELECT pk FROM articles WHERE LOWER(source) = LOWER(?))");
                params.add(source);
            }
            params.add(q.limit());
            List<Long> pks = new ArrayList<>();
            query("SELECT e.pk" + from + where + " ORDER BY " + dayColumn + " NULLS FIRST, e.article, e.seq LIMIT ?",
                    params, rs -> {
                        long pk = rs.getLong(1);
                        if (!pks.contains(pk)) {
                            pks.add(pk);
                        }
                    });
            return events(pks);
        });
    }

    /**
     * Restricts {@code column} (an event type) to the types {@code kinds} shows: OTHER, an eventive word that fits no
     * type, is kept for merging and shown only when asked for by type or family.
     */
    static void kindsCondition(EventKinds kinds, String column, StringBuilder where, List<Object> params) {
        if (kinds.isDefault()) {
            where.append(" AND ").append(column).append(" <> ?");
            params.add(EventType.OTHER.name());
            return;
        }
        List<EventType> types = kinds.types();
        where.append(" AND ").append(column).append(" IN (").append(marks(types.size())).append(")");
        types.forEach(t -> params.add(t.name()));
    }

    /**
     * The events of the articles that mention the corpus entity {@code entityId}, whether it takes part in them or
     * not: the story around it, earliest first (undated last), at most {@code limit}; OTHER left out.
     */
    public List<Rows.Event> storyTimeline(long entityId, int limit) {
        return storyTimeline(entityId, EventKinds.DEFAULT, limit);
    }

    /** {@link #storyTimeline(long, int)} of the types {@code kinds} shows. */
    public List<Rows.Event> storyTimeline(long entityId, EventKinds kinds, int limit) {
        return run(() -> {
            List<Object> params = new ArrayList<>();
            params.add(entityId);
            StringBuilder where = new StringBuilder();
            kindsCondition(kinds, "e.type", where, params);
            params.add(limit);
            List<Long> pks = new ArrayList<>();
            query("SELECT e.pk FROM events e WHERE e.article IN (SELECT article FROM article_entities WHERE entity = ?)"
                    + where + " ORDER BY e.day NULLS LAST, e.article, e.seq LIMIT ?", params,
                    rs -> pks.add(rs.getLong(1)));
            return events(pks);
        });
    }

    /** The events with these keys, in this order, with participant and claim-source names. */
    private List<Rows.Event> events(List<Long> pks) throws SQLException {
        if (pks.isEmpty()) {
            return List.of();
        }
        Map<Long, String[]> roles = new LinkedHashMap<>();
        query("SELECT p.event, p.role, COALESCE(en.name, ae.name, p.entity) FROM participants p JOIN events e ON "
                + "e.pk = p.event LEFT JOIN entities en ON en.pk = p.corpus_entity LEFT JOIN article_entities ae ON "
                + "ae.article = e.article AND ae.local_id = p.entity AND p.corpus_entity IS NULL WHERE p.event IN ("
                + marks(pks.size()) + ") ORDER BY p.event, p.seq", new ArrayList<>(pks), rs -> {
            String[] r = roles.computeIfAbsent(rs.getLong(1), k -> new String[2]);
            int slot = "source".equals(rs.getString(2)) ? 0 : 1;
            r[slot] = r[slot] == null ? rs.getString(3) : r[slot] + "; " + rs.getString(3);
        });
        Map<Long, Rows.Event> byPk = new LinkedHashMap<>();
        query("SELECT e.pk, e.day, e.date, e.type, e.cameo, e.predicate, e.trigger_text, le.name AS location, "
                + "e.location AS location_id, e.factuality, COALESCE(ce.name, cl.source_text) AS claim_source, a.doc_id, "
                + "e.local_id, a.url FROM events e JOIN articles a ON a.pk = e.article LEFT JOIN entities le ON "
                + "le.pk = e.location_entity LEFT JOIN claims cl ON cl.article = e.article AND cl.local_id = e.attribution "
                + "LEFT JOIN entities ce ON ce.pk = cl.source_entity WHERE e.pk IN (" + marks(pks.size()) + ")",
                new ArrayList<>(pks), rs -> {
                    String[] r = roles.getOrDefault(rs.getLong("pk"), new String[2]);
                    byPk.put(rs.getLong("pk"), new Rows.Event(rs.getString("day"), rs.getString("date"),
                            rs.getString("type"), rs.getString("cameo"), rs.getString("predicate"),
                            rs.getString("trigger_text"), r[0], r[1],
                            rs.getString("location") != null ? rs.getString("location") : rs.getString("location_id"),
                            rs.getString("factuality"), rs.getString("claim_source"), rs.getString("doc_id"),
                            rs.getString("local_id"), rs.getString("url")));
                });
        List<Rows.Event> out = new ArrayList<>();
        pks.forEach(pk -> out.add(byPk.get(pk)));
        return out;
    }

    /** Quotes, of the speaker {@code speaker} names (any when {@code null}), latest first. */
    public List<Rows.Quote> quotes(String speaker, int limit) {
        return run(() -> {
            List<Object> params = new ArrayList<>();
            String where = "";
            if (speaker != null) {
                List<Long> ids = findEntities(speaker);
                if (ids.isEmpty()) {
                    return List.of();
                }
                where = " WHERE q.speaker_entity IN (" + marks(ids.size()) + ")";
                params.addAll(ids);
            }
            params.add(limit);
            List<Rows.Quote> out = new ArrayList<>();
            query("SELECT a.published_day, COALESCE(e.name, q.speaker) AS speaker, q.text, q.cue, a.doc_id, q.local_id "
                    + "FROM quotes q JOIN articles a ON a.pk = q.article LEFT JOIN entities e ON e.pk = q.speaker_entity"
                    + where + " ORDER BY a.published_day DESC NULLS LAST, a.doc_id, q.seq LIMIT ?", params,
                    rs -> out.add(new Rows.Quote(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                            rs.getString(5), rs.getString(6))));
            return out;
        });
    }

    /** How many of the latest statements {@link #carriedQuotes} and {@link #carriedClaims} group when no one is named. */
    public static final int CARRIED_SCAN = 20_000;

    /**
     * Quotes as statements carried by many outlets ({@link Statements}): of the speaker {@code speaker} names (else
     * the latest {@link #CARRIED_SCAN} quotes), most carried first, at most {@code limit}.
     */
    public List<Rows.CarriedStatement> carriedQuotes(String speaker, int limit) {
        return carried("SELECT COALESCE(e.name, q.speaker), q.speaker_entity, q.text, a.published_day, a.doc_id, "
                + "a.source, q.local_id FROM quotes q JOIN articles a ON a.pk = q.article LEFT JOIN entities e ON "
                + "e.pk = q.speaker_entity", "q.speaker_entity", "q.speaker IS NOT NULL", speaker, limit);
    }

    /**
     * Claims as statements carried by many outlets ({@link Statements}, over their content): of the source
     * {@code source} names (else the latest {@link #CARRIED_SCAN} claims), most carried first, at most {@code limit}.
     */
    public List<Rows.CarriedStatement> carriedClaims(String source, int limit) {
        return carried("SELECT COALESCE(e.name, cl.source_text), cl.source_entity, cl.content_text, "
                + "a.published_day, a.doc_id, a.source, cl.local_id FROM claims cl JOIN articles a ON "
                + "a.pk = cl.article LEFT JOIN entities e ON e.pk = cl.source_entity", "cl.source_entity",
                "cl.content_text IS NOT NULL AND (cl.source_entity IS NOT NULL OR cl.source_text IS NOT NULL)",
                source, limit);
    }

    private List<Rows.CarriedStatement> carried(String select, String entityColumn, String present, String name,
                                                int limit) {
        List<Long> ids = name == null ? null : findEntities(name);
        if (ids != null && ids.isEmpty()) {
            return List.of();
        }
        return run(() -> {
            List<Object> params = new ArrayList<>();
            String where = " WHERE " + present;
            if (ids != null) {
                where += " AND " + entityColumn + " IN (" + marks(ids.size()) + ")";
                params.addAll(ids);
            }
            params.add(CARRIED_SCAN);
            List<Statements.Statement> all = new ArrayList<>();
            query(select + where + " ORDER BY a.published_day DESC NULLS LAST, a.doc_id LIMIT ?", params, rs -> {
                long entity = rs.getLong(2);
                Long speakerEntity = rs.wasNull() ? null : entity;
                all.add(new Statements.Statement(rs.getString(1), speakerEntity, rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getString(6), rs.getString(7)));
            });
            return Statements.group(all).stream().limit(limit).toList();
        });
    }

    /** Claims, by the source {@code source} names (any when {@code null}), latest first, with via and hedging. */
    public List<Rows.Claim> claims(String source, int limit) {
        return run(() -> {
            List<Object> params = new ArrayList<>();
            String where = "";
            if (source != null) {
                List<Long> ids = findEntities(source);
                if (ids.isEmpty()) {
                    return List.of();
                }
                where = " WHERE cl.source_entity IN (" + marks(ids.size()) + ")";
                params.addAll(ids);
            }
            params.add(limit);
            List<Long> pks = new ArrayList<>();
            List<Rows.Claim> out = new ArrayList<>();
            query("SELECT cl.pk, a.published_day, COALESCE(e.name, cl.source_text) AS source, cl.cue_text, "
                    + "cl.content_text, cl.hedged, cl.date, a.doc_id, cl.local_id FROM claims cl JOIN articles a ON "
                    + "a.pk = cl.article LEFT JOIN entities e ON e.pk = cl.source_entity" + where
                    + " ORDER BY a.published_day DESC NULLS LAST, a.doc_id, cl.seq LIMIT ?", params, rs -> {
                        pks.add(rs.getLong(1));
                        out.add(new Rows.Claim(rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5), null,
                                rs.getInt(6) != 0, rs.getString(7), rs.getString(8), rs.getString(9)));
                    });
            if (pks.isEmpty()) {
                return out;
            }
            Map<Long, List<String>> via = new LinkedHashMap<>();
            query("SELECT claim, value FROM claim_via WHERE claim IN (" + marks(pks.size()) + ") ORDER BY claim, seq",
                    new ArrayList<>(pks), rs -> via.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getString(2)));
            List<Rows.Claim> withVia = new ArrayList<>();
            for (int i = 0; i < out.size(); i++) {
                Rows.Claim cl = out.get(i);
                List<String> v = via.get(pks.get(i));
                withVia.add(new Rows.Claim(cl.day(), cl.source(), cl.cue(), cl.content(),
                        v == null ? null : String.join("; ", v), cl.hedged(), cl.date(), cl.article(), cl.id()));
            }
            return withVia;
        });
    }

    /** A profile of every corpus entity {@code name} names, most written about first. */
    public List<Rows.Profile> entity(String name) {
        return run(() -> {
            List<Rows.Profile> out = new ArrayList<>();
            for (long id : findEntities(name)) {
                out.add(profile0(id));
            }
            return out;
        });
    }

    private Rows.Profile profile0(long id) throws SQLException {
        Object[] head = new Object[5];
        query("SELECT type, name, articles, first_seen, last_seen FROM entities WHERE pk = ?", List.of(id), rs -> {
            for (int i = 0; i < 5; i++) {
                head[i] = rs.getObject(i + 1);
            }
        });
        List<Rows.NameUse> aliases = new ArrayList<>();
        List<Rows.NameUse> titles = new ArrayList<>();
        query("SELECT kind, value, MIN(day) AS first, MAX(day) AS last, COUNT(DISTINCT article) AS n FROM ("
                + "SELECT 'alias' AS kind, ae.name AS value, a.published_day AS day, a.pk AS article FROM article_entities ae "
                + "JOIN articles a ON a.pk = ae.article WHERE ae.entity = ? AND ae.name IS NOT NULL UNION ALL "
                + "SELECT n.kind, n.value, a.published_day, a.pk FROM article_entities ae JOIN entity_names n ON "
                + "n.article_entity = ae.pk JOIN articles a ON a.pk = ae.article WHERE ae.entity = ?) u "
                + "GROUP BY kind, value ORDER BY kind, n DESC, value", List.of(id, id), rs -> {
            Rows.NameUse use = new Rows.NameUse(rs.getString("value"), rs.getString("first"), rs.getString("last"),
                    rs.getInt("n"));
            (rs.getString("kind").equals("title") ? titles : aliases).add(use);
        });
        List<Long> eventPks = new ArrayList<>();
        query("SELECT p.event FROM participants p WHERE p.corpus_entity = ? ORDER BY p.day DESC NULLS LAST LIMIT ?",
                List.of(id, PROFILE_ITEMS), rs -> {
                    if (!eventPks.contains(rs.getLong(1))) {
                        eventPks.add(rs.getLong(1));
                    }
                });
        List<Rows.Quote> quotes = new ArrayList<>();
        query("SELECT a.published_day, e.name, q.text, q.cue, a.doc_id, q.local_id FROM quotes q JOIN articles a ON "
                + "a.pk = q.article JOIN entities e ON e.pk = q.speaker_entity WHERE q.speaker_entity = ? "
                + "ORDER BY a.published_day DESC NULLS LAST LIMIT ?", List.of(id, PROFILE_ITEMS),
                rs -> quotes.add(new Rows.Quote(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getString(6))));
        List<Rows.Claim> claims = new ArrayList<>();
        query("SELECT a.published_day, e.name, cl.cue_text, cl.content_text, cl.hedged, cl.date, a.doc_id, cl.local_id "
                + "FROM claims cl JOIN articles a ON a.pk = cl.article JOIN entities e ON e.pk = cl.source_entity "
                + "WHERE cl.source_entity = ? ORDER BY a.published_day DESC NULLS LAST LIMIT ?", List.of(id, PROFILE_ITEMS),
                rs -> claims.add(new Rows.Claim(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), null,
                        rs.getInt(5) != 0, rs.getString(6), rs.getString(7), rs.getString(8))));
        List<Rows.Neighbour> neighbours = new ArrayList<>();
        query("SELECT co.other, e.name, e.type, co.articles FROM entity_cooccurrence co JOIN entities e ON e.pk = co.other "
                + "WHERE co.entity = ? ORDER BY co.articles DESC, e.name LIMIT ?", List.of(id, PROFILE_ITEMS),
                rs -> neighbours.add(new Rows.Neighbour(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getInt(4))));
        List<Rows.Merge> why = new ArrayList<>();
        query("SELECT a.doc_id, a.published_day, ae.name, ae.merge_reason FROM article_entities ae JOIN articles a ON "
                + "a.pk = ae.article WHERE ae.entity = ? ORDER BY ae.pk LIMIT ?", List.of(id, PROFILE_ITEMS),
                rs -> why.add(new Rows.Merge(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4))));
        return new Rows.Profile(id, (String) head[0], (String) head[1], ((Number) head[2]).intValue(), (String) head[3],
                (String) head[4], aliases, titles, events(eventPks), quotes, claims, neighbours, why);
    }

    /** Full text over articles, quotes and claims, best first. */
    public List<Rows.Hit> search(String text, int limit) {
        String q = search.searchQuery(text);
        if (q.isBlank()) {
            return List.of();
        }
        return run(() -> {
            List<Object[]> raw = new ArrayList<>();
            query(search.searchSql(""), List.of(q, limit), rs -> raw.add(new Object[]{rs.getString("kind"),
                    rs.getLong("article"), rs.getLong("ref"), rs.getDouble("rank"), rs.getString("snippet")}));
            return hits(raw);
        });
    }

    /** Search rows ({@code kind, article, ref, rank, snippet}) as hits with article and quote or claim ids. */
    private List<Rows.Hit> hits(List<Object[]> raw) throws SQLException {
        List<Rows.Hit> out = new ArrayList<>();
        for (Object[] r : raw) {
            String kind = (String) r[0];
            String[] ids = new String[2];
            String sql = switch (kind) {
                case "quote" -> "SELECT a.doc_id, x.local_id FROM quotes x JOIN articles a ON a.pk = x.article WHERE x.pk = ?";
                case "claim" -> "SELECT a.doc_id, x.local_id FROM claims x JOIN articles a ON a.pk = x.article WHERE x.pk = ?";
                default -> "SELECT doc_id, NULL FROM articles WHERE pk = ?";
            };
            query(sql, List.of(r[2]), rs -> {
                ids[0] = rs.getString(1);
                ids[1] = rs.getString(2);
            });
            out.add(new Rows.Hit(kind, ids[0], ids[1], Math.round(-(double) r[3] * 1000) / 1000.0,
                    ((String) r[4]).replaceAll("\\s+", " ")));
        }
        return out;
    }

    /** Full text over articles, quotes and claims of the articles {@code filter} lets through, best first. */
    public List<Rows.Hit> search(String text, ArticleFilter filter, int limit) {
        String q = search.searchQuery(text);
        if (q.isBlank()) {
            return List.of();
        }
        return run(() -> {
            List<Object> params = new ArrayList<>();
            params.add(q);
            String condition = articleCondition(filter, "article", params);
            if (condition == null) {
                return List.of();
            }
            params.add(limit);
            List<Object[]> raw = new ArrayList<>();
            query(search.searchSql(condition), params, rs -> raw.add(new Object[]{rs.getString("kind"),
                    rs.getLong("article"), rs.getLong("ref"), rs.getDouble("rank"), rs.getString("snippet")}));
            return hits(raw);
        });
    }

    /** The articles {@code filter} lets through, latest first, {@code limit} of them after skipping {@code offset}. */
    public List<Rows.ArticleSummary> articles(ArticleFilter filter, int limit, int offset) {
        return run(() -> {
            List<Object> params = new ArrayList<>();
            String condition = articleCondition(filter, "a.pk", params);
            if (condition == null) {
                return List.of();
            }
            params.add(limit);
            params.add(offset);
            List<Rows.ArticleSummary> out = new ArrayList<>();
            query("SELECT a.doc_id, a.title, a.source, a.url, a.published, a.published_day FROM articles a WHERE 1 = 1"
                    + condition + " ORDER BY a.published_day DESC NULLS LAST, a.doc_id LIMIT ? OFFSET ?", params,
                    rs -> out.add(summary(rs)));
            return out;
        });
    }

    /** The summaries of the stored articles among {@code ids}, by id; ids not stored are left out. */
    public Map<String, Rows.ArticleSummary> articleSummaries(Collection<String> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return run(() -> {
            Map<String, Rows.ArticleSummary> out = new LinkedHashMap<>();
            query("SELECT doc_id, title, source, url, published, published_day FROM articles WHERE doc_id IN ("
                    + marks(ids.size()) + ")", new ArrayList<>(ids), rs -> {
                Rows.ArticleSummary a = summary(rs);
                out.put(a.article(), a);
            });
            return out;
        });
    }

    /** The corpus entity each entity of article {@code id} is tied to, by its id in the article (E1, E2, ...). */
    public Map<String, Long> articleEntities(String id) {
        return run(() -> {
            Map<String, Long> out = new LinkedHashMap<>();
            query("SELECT ae.local_id, ae.entity FROM article_entities ae JOIN articles a ON a.pk = ae.article "
                    + "WHERE a.doc_id = ? ORDER BY ae.seq", List.of(id), rs -> out.put(rs.getString(1), rs.getLong(2)));
            return out;
        });
    }

    /** Corpus entities, of {@code type} when not {@code null}, most written about first. */
    public List<Rows.EntitySummary> entities(String type, int limit, int offset) {
        return run(() -> {
            List<Object> params = new ArrayList<>();
            String where = "";
            if (type != null) {
                where = " WHERE type = ?";
                params.add(type);
            }
            params.add(limit);
            params.add(offset);
            List<Rows.EntitySummary> out = new ArrayList<>();
            query("SELECT pk, type, name, articles, first_seen, last_seen FROM entities" + where
                    + " ORDER BY articles DESC, pk LIMIT ? OFFSET ?", params, rs -> out.add(entitySummary(rs)));
            return out;
        });
    }

    /** The summaries of the corpus entities {@code ids}, in that order; unknown ids are left out. */
    public List<Rows.EntitySummary> entitySummaries(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return run(() -> {
            Map<Long, Rows.EntitySummary> byId = new LinkedHashMap<>();
            query("SELECT pk, type, name, articles, first_seen, last_seen FROM entities WHERE pk IN ("
                    + marks(ids.size()) + ")", new ArrayList<>(ids), rs -> byId.put(rs.getLong(1), entitySummary(rs)));
            return ids.stream().filter(byId::containsKey).map(byId::get).toList();
        });
    }

    /** The profile of corpus entity {@code id}, if there is one. */
    public Optional<Rows.Profile> profile(long id) {
        return run(() -> {
            boolean[] found = {false};
            query("SELECT 1 FROM entities WHERE pk = ?", List.of(id), rs -> found[0] = true);
            return found[0] ? Optional.of(profile0(id)) : Optional.empty();
        });
    }

    /**
     * Claims about corpus entity {@code id}: those whose content holds a mention of it (whoever makes them), latest
     * first.
     */
    public List<Rows.Claim> claimsAbout(long id, int limit) {
        return run(() -> {
            List<Rows.Claim> out = new ArrayList<>();
            query("SELECT DISTINCT cl.pk, a.published_day, COALESCE(e.name, cl.source_text) AS source, cl.cue_text, "
                    + "cl.content_text, cl.hedged, cl.date, a.doc_id, cl.local_id FROM article_entities ae "
                    + "JOIN mentions m ON m.article_entity = ae.pk JOIN claims cl ON cl.article = ae.article "
                    + "AND cl.content_start <= m.start_offset AND m.end_offset <= cl.content_end "
                    + "JOIN articles a ON a.pk = cl.article LEFT JOIN entities e ON e.pk = cl.source_entity "
                    + "WHERE ae.entity = ? ORDER BY a.published_day DESC NULLS LAST, a.doc_id, cl.pk LIMIT ?",
                    List.of(id, limit), rs -> out.add(new Rows.Claim(rs.getString(2), rs.getString(3),
                            rs.getString(4), rs.getString(5), null, rs.getInt(6) != 0, rs.getString(7),
                            rs.getString(8), rs.getString(9))));
            return out;
        });
    }

    /**
     * SQL restricting {@code column} (an article key) to the articles {@code filter} lets through, its parameters
     * added to {@code params}; {@code ""} for any article, {@code null} when the filter's entity is unknown.
     */
    private String articleCondition(ArticleFilter filter, String column, List<Object> params) throws SQLException {
        if (filter == null || filter.isAny()) {
            return "";
        }
        StringBuilder sql = new StringBuilder();
        if (filter.entity() != null) {
            List<Long> ids = findEntities(filter.entity());
            if (ids.isEmpty()) {
                return null;
            }
            sql.append(" AND ").append(column).append(" IN (SELECT article FROM article_entities WHERE entity IN (")
                    .append(marks(ids.size())).append("))");
            params.addAll(ids);
        }
        if (filter.eventType() != null) {
            sql.append(" AND ").append(column).append(" IN (SELECT article FROM events WHERE type = ?)");
            params.add(filter.eventType().name());
        }
        List<String> conditions = new ArrayList<>();
        if (filter.from() != null) {
            conditions.add("published_day >= ?");
            params.add(filter.from().toString());
        }
        if (filter.to() != null) {
            conditions.add("published_day <= ?");
            params.add(filter.to().toString());
        }
        if (filter.source() != null) {
            conditions.add("LOWER(source) = LOWER(?)");
            params.add(filter.source());
        }
        if (!conditions.isEmpty()) {
            sql.append(" AND ").append(column).append(" IN (SELECT pk FROM articles WHERE ")
                    .append(String.join(" AND ", conditions)).append(")");
        }
        return sql.toString();
    }

    private static Rows.ArticleSummary summary(ResultSet rs) throws SQLException {
        return new Rows.ArticleSummary(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                rs.getString(5), rs.getString(6));
    }

    private static Rows.EntitySummary entitySummary(ResultSet rs) throws SQLException {
        return new Rows.EntitySummary(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getInt(4), rs.getString(5),
                rs.getString(6));
    }

    private <T> T run(Sql.Body<T> body) {
        return sql.run(body);
    }

    private void query(String q, List<?> params, Sql.Row row) throws SQLException {
        sql.query(q, params, row);
    }

    private static String marks(int n) {
        return Sql.marks(n);
    }
}

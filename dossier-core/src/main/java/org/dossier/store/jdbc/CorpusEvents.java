package org.dossier.store.jdbc;

import org.dossier.merge.ArticleProfile;
import org.dossier.merge.EventCandidate;
import org.dossier.merge.EventLexicon;
import org.dossier.merge.EventMerger;
import org.dossier.merge.EventReport;
import org.dossier.merge.MergeDecision;
import org.dossier.model.ArticleRecord;
import org.dossier.model.Event;
import org.dossier.model.EventType;
import org.dossier.model.Participant;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Ties an article's events to corpus events inside the article's transaction (issue 11): files the article's
 * profile ({@link ArticleProfile}: {@code article_terms}, term counts in {@code corpus_terms}), finds the stored
 * articles closest to it through the profile index, gathers the corpus events of those articles under each event's
 * predicate key ({@code corpus_event_keys}), lets {@link EventMerger} decide, and creates corpus events and keys.
 * {@link #refresh} recomputes a corpus event's counts and days from its reports. Every lookup is indexed and
 * bounded: {@link #CLOSE_ARTICLES} articles, {@link #POSTINGS} postings per term, {@link #DETAILS} reports read
 * per candidate.
 */
final class CorpusEvents {

    /** The closest stored articles whose events are candidates. */
    static final int CLOSE_ARTICLES = 30;

    /** Postings read per profile term, most recent articles first. */
    static final int POSTINGS = 300;

    /** Reports of a candidate read for its participants, places and dates. */
    static final int DETAILS = 200;

    /** The row of {@code corpus_terms} that counts the articles (no term is empty). */
    static final String ALL = "";

    private final Connection c;
    private final EventLexicon lexicon = EventLexicon.standard();
    private final EventMerger merger;
    /** The entity → corpus event index of the timeline (V11), kept here in step with the corpus events. */
    private final EntityCorpusEvents index;

    CorpusEvents(Connection c) {
        this(c, new EventMerger());
    }

    CorpusEvents(Connection c, EventMerger merger) {
        this(c, merger, new EntityCorpusEvents(c));
    }

    CorpusEvents(Connection c, EventMerger merger, EntityCorpusEvents index) {
        this.c = c;
        this.merger = merger;
        this.index = index;
    }

    /** Where one event of the article goes. */
    record Assigned(long corpusEvent, String key, String reason) {
    }

    /** What is known of one candidate corpus event while an article is merged. */
    private static final class Known {
        final long id;
        final EventType type;
        final String predicate;
        int reports;
        final Set<Long> participants = new HashSet<>();
        final Set<Long> places = new HashSet<>();
        final Set<String> dates = new HashSet<>();

        Known(long id, EventType type, String predicate, int reports) {
            this.id = id;
            this.type = type;
            this.predicate = predicate;
            this.reports = reports;
        }
    }

    /**
     * Decides for every event of {@code r} (stored as article {@code article}; its entities tied as
     * {@code corpusIds}): files the article's profile, creates the corpus events it founds and the keys of all, and
     * returns where each event goes, in record order. The caller writes the events' rows, then calls
     * {@link #refresh} with the corpus events.
     */
    List<Assigned> assign(long article, ArticleRecord r, Map<String, Long> corpusIds) throws SQLException {
        Map<Long, Double> close = profile(article, r, corpusIds);
        int otherStories = discountOtherStories(r, corpusIds, close);
        // key -> corpus event -> closeness of its closest close article
        // per candidate corpus event: the summed closeness of the close articles reporting it
        Map<Long, Double> support = new HashMap<>();
        Map<String, Map<Long, Double>> byKey = candidatesIn(close, support);
        Map<String, Map<Long, Double>> mine = new HashMap<>();
        Map<Long, Known> known = new HashMap<>();
        List<Assigned> out = new ArrayList<>();
        Map<Long, Long> mergedInto = new HashMap<>();
        for (Event e : r.events()) {
            EventReport report = report(e, corpusIds);
            String key = "p:" + report.key();
            Map<Long, Double> found = new LinkedHashMap<>();
            for (Map.Entry<Long, Double> f : byKey.getOrDefault(key, Map.of()).entrySet()) {
                found.merge(resolve(f.getKey(), mergedInto), f.getValue(), Math::max);
            }
            Set<Long> here = new HashSet<>();
            for (Long id : mine.getOrDefault(key, Map.of()).keySet()) {
                here.add(resolve(id, mergedInto));
            }
            here.forEach(id -> found.put(id, 1.0));
            List<EventCandidate> candidates = new ArrayList<>();
            for (Map.Entry<Long, Double> f : found.entrySet()) {
                Known k = known(f.getKey(), known);
                candidates.add(new EventCandidate(k.id, k.type, k.predicate, k.reports, k.participants, k.places,
                        k.dates, f.getValue(), support.getOrDefault(k.id, 0.0), here.contains(k.id)));
            }
            MergeDecision d = merger.decide(report, candidates);
            if (!d.joins() && !candidates.isEmpty() && otherStories > 0) {
                d = MergeDecision.apart(d.reason() + " (" + otherStories + " of the close articles tell another "
                        + "person's story: their closeness counts " + OTHER_STORY + ")");
            }
            long id = d.joins() ? d.target() : create(e);
            Known k = d.joins() ? known.get(id) : new Known(id, e.type(), e.predicate(), 0);
            known.put(id, k);
            if (d.joins()) {
                for (long other : merger.alsoTheSame(report, candidates, id)) {
                    mergeInto(id, other, r.article().id(), known, mergedInto, support);
                }
            }
            k.reports++;
            k.participants.addAll(report.participants());
            if (report.place() != null) {
                k.places.add(report.place());
            }
            if (report.date() != null) {
                k.dates.add(report.date());
            }
            mine.computeIfAbsent(key, x -> new LinkedHashMap<>()).put(id, 1.0);
            out.add(new Assigned(id, key, d.reason()));
        }
        for (int i = 0; i < out.size(); i++) {
            Assigned a = out.get(i);
            long to = resolve(a.corpusEvent(), mergedInto);
            if (to != a.corpusEvent()) {
                out.set(i, new Assigned(to, a.key(), a.reason() + "; then one with #" + to + ", which a later report "
                        + "of this article joined too"));
            }
        }
        try (PreparedStatement ps = c.prepareStatement(INSERT_KEY)) {
            for (Assigned a : out) {
                Binder.bind(ps, a.key(), a.corpusEvent()).addBatch();
            }
            ps.executeBatch();
        }
        return out;
    }

    private static long resolve(long id, Map<Long, Long> mergedInto) {
        Long to = mergedInto.get(id);
        while (to != null) {
            id = to;
            to = mergedInto.get(id);
        }
        return id;
    }

    /**
     * Makes corpus event {@code from} part of {@code into}: its reports, keys and what is known of it move, and their
     * reasons say so; {@code article} is the article whose report showed they are one.
     */
    private void mergeInto(long into, long from, String article, Map<Long, Known> known, Map<Long, Long> mergedInto,
                           Map<Long, Double> support) throws SQLException {
        if (into == from) {
            return;
        }
        exec("UPDATE events SET corpus_event = ?, merge_reason = merge_reason || ? WHERE corpus_event = ?", into,
                "; then merged into #" + into + ": article '" + article + "' reports one event under both", from);
        List<Object[]> keys = new ArrayList<>();
        try (PreparedStatement ps = Binder.bind(c.prepareStatement("SELECT key, uses FROM corpus_event_keys "
                + "WHERE corpus_event = ?"), from); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                keys.add(new Object[]{rs.getString(1), rs.getInt(2)});
            }
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO corpus_event_keys (key, corpus_event, uses) "
                + "VALUES (?, ?, ?) ON CONFLICT (key, corpus_event) DO UPDATE SET uses = corpus_event_keys.uses + ?")) {
            for (Object[] k : keys) {
                Binder.bind(ps, k[0], into, k[1], k[1]).addBatch();
            }
            ps.executeBatch();
        }
        exec("DELETE FROM corpus_event_keys WHERE corpus_event = ?", from);
        index.drop(from);
        exec("DELETE FROM corpus_events WHERE pk = ?", from);
        Known a = known(into, known);
        Known b = known(from, known);
        a.reports += b.reports;
        a.participants.addAll(b.participants);
        a.places.addAll(b.places);
        a.dates.addAll(b.dates);
        known.remove(from);
        support.merge(into, support.getOrDefault(from, 0.0), Double::sum);
        mergedInto.put(from, into);
    }

    /** Files one key of a corpus event, counting the reports that give it. */
    static final String INSERT_KEY = "INSERT INTO corpus_event_keys (key, corpus_event, uses) VALUES (?, ?, 1) "
            + "ON CONFLICT (key, corpus_event) DO UPDATE SET uses = corpus_event_keys.uses + 1";

    private EventReport report(Event e, Map<String, Long> corpusIds) {
        Set<Long> people = new LinkedHashSet<>();
        for (Participant p : e.participants()) {
            Long id = p.entity() == null ? null : corpusIds.get(p.entity());
            if (id != null) {
                people.add(id);
            }
        }
        Long place = e.location() == null ? null : corpusIds.get(e.location());
        return new EventReport(e.type(), e.predicate() == null ? e.trigger().text() : e.predicate(),
                lexicon.predicateKey(e.predicate() == null ? e.trigger().text() : e.predicate()), people, place,
                e.date(), e.factuality().label());
    }

    private long create(Event e) throws SQLException {
        String predicate = e.predicate() == null ? e.trigger().text() : e.predicate();
        try (PreparedStatement ps = Binder.bind(c.prepareStatement("INSERT INTO corpus_events (type, ace, predicate, "
                        + "reports, articles) VALUES (?, ?, ?, 0, 0) RETURNING pk"), e.type().name(), e.ace(),
                predicate);
             ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** A candidate as stored, read once per article. */
    private Known known(long id, Map<Long, Known> cache) throws SQLException {
        Known k = cache.get(id);
        if (k != null) {
            return k;
        }
        try (PreparedStatement ps = Binder.bind(c.prepareStatement("SELECT type, predicate, reports FROM corpus_events "
                + "WHERE pk = ?"), id); ResultSet rs = ps.executeQuery()) {
            rs.next();
            k = new Known(id, EventType.valueOf(rs.getString(1)), rs.getString(2), rs.getInt(3));
        }
        try (PreparedStatement ps = Binder.bind(c.prepareStatement("SELECT ev.location_entity, ev.date, "
                + "p.corpus_entity FROM events ev LEFT JOIN participants p ON p.event = ev.pk "
                + "WHERE ev.corpus_event = ? LIMIT " + DETAILS), id); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                Long place = Binder.longOrNull(rs, "location_entity");
                if (place != null) {
                    k.places.add(place);
                }
                if (rs.getString(2) != null) {
                    k.dates.add(rs.getString(2));
                }
                Long who = Binder.longOrNull(rs, "corpus_entity");
                if (who != null) {
                    k.participants.add(who);
                }
            }
        }
        cache.put(id, k);
        return k;
    }

    /**
     * The corpus events of the {@code close} articles by key, each with the closeness of its closest article; adds to
     * {@code support} each one's summed closeness over the close articles that report it.
     */
    private Map<String, Map<Long, Double>> candidatesIn(Map<Long, Double> close, Map<Long, Double> support)
            throws SQLException {
        Map<String, Map<Long, Double>> out = new HashMap<>();
        if (close.isEmpty()) {
            return out;
        }
        Set<String> counted = new HashSet<>();
        String sql = "SELECT ev.article, k.key, k.corpus_event FROM events ev JOIN corpus_event_keys k "
                + "ON k.corpus_event = ev.corpus_event WHERE ev.article IN (" + CorpusEntities.marks(close.size()) + ")";
        try (PreparedStatement ps = Binder.bind(c.prepareStatement(sql), close.keySet().toArray());
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                double closeness = close.get(rs.getLong(1));
                out.computeIfAbsent(rs.getString(2), x -> new LinkedHashMap<>()).merge(rs.getLong(3), closeness,
                        Math::max);
                if (counted.add(rs.getLong(3) + " " + rs.getLong(1))) {
                    support.merge(rs.getLong(3), closeness, Double::sum);
                }
            }
        }
        return out;
    }

    /**
     * Files the profile of {@code r} (article {@code article}) and returns the closest stored articles with their
     * closeness (cosine), at most {@link #CLOSE_ARTICLES}, found through the terms they share.
     */
    private Map<Long, Double> profile(long article, ArticleRecord r, Map<String, Long> corpusIds) throws SQLException {
        ArticleProfile p = profileOf(r, corpusIds);
        countTerms(p.counts().keySet(), 1);
        Map<String, Integer> df = articlesWith(p.counts().keySet());
        int all = df.getOrDefault(ALL, 1);
        Map<String, Double> weights = p.weights(t -> df.getOrDefault(t, 1), all);
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO article_terms (term, article, weight) "
                + "VALUES (?, ?, ?)")) {
            for (Map.Entry<String, Double> w : weights.entrySet()) {
                Binder.bind(ps, w.getKey(), article, w.getValue()).addBatch();
            }
            ps.executeBatch();
        }
        Map<Long, Double> dot = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT article, weight FROM article_terms WHERE term = ? "
                + "AND article <> ? ORDER BY article DESC LIMIT " + POSTINGS)) {
            for (Map.Entry<String, Double> w : weights.entrySet()) {
                try (ResultSet rs = Binder.bind(ps, w.getKey(), article).executeQuery()) {
                    while (rs.next()) {
                        dot.merge(rs.getLong(1), w.getValue() * rs.getDouble(2), Double::sum);
                    }
                }
            }
        }
        Map<Long, Double> out = new LinkedHashMap<>();
        dot.entrySet().stream()
                .sorted(Comparator.comparingDouble((Map.Entry<Long, Double> e) -> -e.getValue())
                        .thenComparing(Map.Entry::getKey))
                .limit(CLOSE_ARTICLES)
                .forEach(e -> out.put(e.getKey(), e.getValue()));
        return out;
    }

    /** What the closeness of an article that tells another person's story counts for ({@link #discountOtherStories}). */
    static final double OTHER_STORY = 0.3;

    /**
     * Weighs down the closeness of the close articles that tell another person's story: each of the two articles has
     * a main person (the person it names most often, at least twice) whom the other does not name at all. Two
     * reports of one arrest, one firing, one death name the same arrested, fired, dead person; two alike stories about
     * one team or one ceremony (two players arrested, two hosts) share the team's or the ceremony's words but not their
     * main person. Returns how many it weighed down.
     */
    private int discountOtherStories(ArticleRecord r, Map<String, Long> corpusIds, Map<Long, Double> close)
            throws SQLException {
        if (close.isEmpty()) {
            return 0;
        }
        Map<Long, Integer> mine = new HashMap<>();
        for (org.dossier.model.Entity e : r.entities()) {
            Long id = corpusIds.get(e.id());
            if (e.type() == org.dossier.model.EntityType.PERSON && id != null) {
                mine.merge(id, e.mentions().size(), Integer::sum);
            }
        }
        Long main = mainPerson(mine);
        if (main == null) {
            return 0;
        }
        Map<Long, Map<Long, Integer>> theirs = new HashMap<>();
        String sql = "SELECT ae.article, ae.entity, COUNT(*) FROM article_entities ae JOIN mentions m "
                + "ON m.article_entity = ae.pk WHERE ae.type = 'PERSON' AND ae.article IN ("
                + CorpusEntities.marks(close.size()) + ") GROUP BY ae.article, ae.entity";
        try (PreparedStatement ps = Binder.bind(c.prepareStatement(sql), close.keySet().toArray());
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                theirs.computeIfAbsent(rs.getLong(1), x -> new HashMap<>()).merge(rs.getLong(2), rs.getInt(3),
                        Integer::sum);
            }
        }
        int n = 0;
        for (Map.Entry<Long, Double> e : close.entrySet()) {
            Map<Long, Integer> other = theirs.getOrDefault(e.getKey(), Map.of());
            Long theirMain = mainPerson(other);
            if (theirMain != null && !other.containsKey(main) && !mine.containsKey(theirMain)) {
                e.setValue(e.getValue() * OTHER_STORY);
                n++;
            }
        }
        return n;
    }

    /** The person named most often (at least twice; a tie names none), by corpus entity. */
    private static Long mainPerson(Map<Long, Integer> mentions) {
        Long best = null;
        int most = 1;
        boolean tie = false;
        for (Map.Entry<Long, Integer> e : mentions.entrySet()) {
            if (e.getValue() > most) {
                best = e.getKey();
                most = e.getValue();
                tie = false;
            } else if (e.getValue() == most && best != null) {
                tie = true;
            }
        }
        return tie ? null : best;
    }

    /** Adds {@code delta} to the article counts of {@code terms}, and to the count of all articles. */
    void countTerms(Collection<String> terms, int delta) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO corpus_terms (term, articles) VALUES (?, ?) "
                + "ON CONFLICT (term) DO UPDATE SET articles = corpus_terms.articles + ?")) {
            Binder.bind(ps, ALL, Math.max(0, delta), delta).addBatch();
            for (String t : terms) {
                Binder.bind(ps, t, Math.max(0, delta), delta).addBatch();
            }
            ps.executeBatch();
        }
        if (delta < 0) {
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM corpus_terms WHERE articles <= 0")) {
                ps.executeUpdate();
            }
        }
    }

    /** The stored article counts of {@code terms} (and of {@link #ALL}). */
    private Map<String, Integer> articlesWith(Collection<String> terms) throws SQLException {
        Map<String, Integer> out = new HashMap<>();
        List<String> all = new ArrayList<>(terms);
        all.add(ALL);
        for (int i = 0; i < all.size(); i += 500) {
            List<String> chunk = all.subList(i, Math.min(all.size(), i + 500));
            try (PreparedStatement ps = Binder.bind(c.prepareStatement("SELECT term, articles FROM corpus_terms "
                    + "WHERE term IN (" + CorpusEntities.marks(chunk.size()) + ")"), chunk.toArray());
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.put(rs.getString(1), rs.getInt(2));
                }
            }
        }
        return out;
    }

    /** The terms whose counts {@code r} (its entities tied as {@code corpusIds}) added: to subtract when it goes. */
    Set<String> terms(ArticleRecord r, Map<String, Long> corpusIds) {
        return profileOf(r, corpusIds).counts().keySet();
    }

    /** The article's profile, its entities as their corpus entities ({@code e:ID}). */
    private ArticleProfile profileOf(ArticleRecord r, Map<String, Long> corpusIds) {
        return ArticleProfile.of(r, lexicon, e -> corpusIds.containsKey(e.id()) ? "e:" + corpusIds.get(e.id()) : null);
    }

    /** The corpus entities of the article entities of stored article {@code article}, by local id. */
    static Map<String, Long> corpusIds(Connection c, long article) throws SQLException {
        Map<String, Long> out = new HashMap<>();
        try (PreparedStatement ps = Binder.bind(c.prepareStatement("SELECT local_id, entity FROM article_entities "
                + "WHERE article = ? ORDER BY seq"), article); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.putIfAbsent(rs.getString(1), rs.getLong(2));
            }
        }
        return out;
    }

    /**
     * Recomputes each of {@code ids} from its reports: counts, days, first report, and the type, ACE subtype and
     * predicate its reports give most often (ties: the earliest report's); a corpus event with no report left goes,
     * with its keys.
     */
    void refresh(Collection<Long> ids) throws SQLException {
        List<Long> kept = new ArrayList<>();
        for (long id : new LinkedHashSet<>(ids)) {
            int reports;
            int articles;
            String firstDay;
            String lastDay;
            String firstReported;
            try (PreparedStatement ps = Binder.bind(c.prepareStatement("SELECT COUNT(*), COUNT(DISTINCT ev.article), "
                    + "MIN(ev.day), MAX(ev.day), MIN(a.published_day) FROM events ev JOIN articles a ON a.pk = ev.article "
                    + "WHERE ev.corpus_event = ?"), id); ResultSet rs = ps.executeQuery()) {
                rs.next();
                reports = rs.getInt(1);
                articles = rs.getInt(2);
                firstDay = rs.getString(3);
                lastDay = rs.getString(4);
                firstReported = rs.getString(5);
            }
            if (reports == 0) {
                exec("DELETE FROM corpus_event_keys WHERE corpus_event = ?", id);
                index.drop(id);
                exec("DELETE FROM corpus_events WHERE pk = ?", id);
                continue;
            }
            exec("DELETE FROM corpus_event_keys WHERE corpus_event = ? AND uses <= 0", id);
            // the type, ACE subtype and predicate most reports give; ties: the earliest report's
            Map<String, Integer> types = new HashMap<>();
            Map<String, Integer> predicates = new HashMap<>();
            Map<String, String> aceOf = new HashMap<>();
            String type = null;
            String predicate = null;
            try (PreparedStatement ps = Binder.bind(c.prepareStatement("SELECT type, predicate, ace, trigger_text "
                    + "FROM events WHERE corpus_event = ? ORDER BY pk"), id); ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String t = rs.getString(1);
                    String p = rs.getString(2) == null ? rs.getString(4) : rs.getString(2);
                    if (rs.getString(3) != null) {
                        aceOf.putIfAbsent(t, rs.getString(3));
                    }
                    int nt = types.merge(t, 1, Integer::sum);
                    if (type == null || nt > types.get(type)) {
                        type = t;
                    }
                    int np = predicates.merge(p, 1, Integer::sum);
                    if (predicate == null || np > predicates.get(predicate)) {
                        predicate = p;
                    }
                }
            }
            exec("UPDATE corpus_events SET type = ?, ace = ?, predicate = ?, reports = ?, articles = ?, first_day = ?, "
                    + "last_day = ?, first_reported = ? WHERE pk = ?", type, aceOf.get(type), predicate, reports,
                    articles, firstDay, lastDay, firstReported, id);
            kept.add(id);
        }
        index.sync(kept); // all at once, after their first days and types are written
    }

    private void exec(String sql, Object... params) throws SQLException {
        try (PreparedStatement ps = Binder.bind(c.prepareStatement(sql), params)) {
            ps.executeUpdate();
        }
    }
}

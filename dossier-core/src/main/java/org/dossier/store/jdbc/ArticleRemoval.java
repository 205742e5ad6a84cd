package org.dossier.store.jdbc;

import org.dossier.merge.PersonName;
import org.dossier.model.Entity;
import org.dossier.model.EntityType;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Takes one article out of the store, inside a transaction the caller opened and commits, leaving the corpus
 * entities as if it had never been stored (for re-extraction, which stores the new record right after): its rows go;
 * each corpus entity it was tied to counts one article less, loses the keys only it gave (keys count their uses),
 * its co-occurrences with the article's other entities, and, when the article gave it its name or its first or last
 * day, gets them again from the articles left; a corpus entity with no article left goes. Merge decisions of other
 * articles are not revisited.
 */
final class ArticleRemoval {

    private final Connection c;
    private final Dialect dialect;

    ArticleRemoval(Connection c, Dialect dialect) {
        this.c = c;
        this.dialect = dialect;
    }

    /** One article entity of the removed article, as the keys were computed from it. */
    private record Tied(long corpusEntity, Entity entity) {
    }

    void remove(long article) throws SQLException {
        String day = null;
        try (PreparedStatement ps = Binder.bind(c.prepareStatement("SELECT published_day FROM articles WHERE pk = ?"),
                article); ResultSet rs = ps.executeQuery()) {
            if (rs.next()) {
                day = rs.getString(1);
            }
        }
        List<Tied> tied = tied(article);
        Set<Long> ids = new LinkedHashSet<>();
        tied.forEach(t -> ids.add(t.corpusEntity()));
        try (PreparedStatement ps = c.prepareStatement("UPDATE entity_keys SET uses = uses - 1 WHERE key = ? AND entity = ?")) {
            for (Tied t : tied) {
                for (String key : CorpusEntities.storedKeys(t.entity())) {
                    Binder.bind(ps, key, t.corpusEntity()).addBatch();
                }
            }
            ps.executeBatch();
        }
        try (PreparedStatement ps = c.prepareStatement("UPDATE entity_cooccurrence SET articles = articles - 1 "
                + "WHERE entity = ? AND other = ?")) {
            for (long a : ids) {
                for (long b : ids) {
                    if (a != b) {
                        Binder.bind(ps, a, b).addBatch();
                    }
                }
            }
            ps.executeBatch();
        }
        Set<Long> corpusEvents = leaveCorpusEvents(article);
        deleteRows(article);
        for (long id : ids) {
            forget(id, day, tied);
        }
        new CorpusEvents(c).refresh(corpusEvents);
    }

    /**
     * Takes the article's events out of their corpus events' keys and its profile out of the term counts; returns
     * the corpus events to {@link CorpusEvents#refresh} once its rows are gone.
     */
    private Set<Long> leaveCorpusEvents(long article) throws SQLException {
        Set<Long> out = new LinkedHashSet<>();
        try (PreparedStatement ps = Binder.bind(c.prepareStatement("SELECT corpus_event, merge_key FROM events "
                + "WHERE article = ? AND corpus_event IS NOT NULL ORDER BY seq"), article);
             ResultSet rs = ps.executeQuery();
             PreparedStatement dec = c.prepareStatement("UPDATE corpus_event_keys SET uses = uses - 1 "
                     + "WHERE key = ? AND corpus_event = ?")) {
            while (rs.next()) {
                out.add(rs.getLong(1));
                if (rs.getString(2) != null) {
                    Binder.bind(dec, rs.getString(2), rs.getLong(1)).addBatch();
                }
            }
            dec.executeBatch();
        }
        String docId = null;
        try (PreparedStatement ps = Binder.bind(c.prepareStatement("SELECT doc_id FROM articles WHERE pk = ?"), article);
             ResultSet rs = ps.executeQuery()) {
            if (rs.next()) {
                docId = rs.getString(1);
            }
        }
        if (docId != null) {
            CorpusEvents events = new CorpusEvents(c);
            var record = new ArticleLoader(c).load(docId);
            if (record.isPresent()) {
                events.countTerms(events.terms(record.get(), CorpusEvents.corpusIds(c, article)), -1);
            }
        }
        try (PreparedStatement ps = Binder.bind(c.prepareStatement("DELETE FROM article_terms WHERE article = ?"),
                article)) {
            ps.executeUpdate();
        }
        return out;
    }

    private List<Tied> tied(long article) throws SQLException {
        Map<Long, Object[]> rows = new LinkedHashMap<>();
        Map<Long, List<String>> aliases = new LinkedHashMap<>();
        Map<Long, List<String>> titles = new LinkedHashMap<>();
        try (PreparedStatement ps = Binder.bind(c.prepareStatement("SELECT ae.pk, ae.entity, ae.type, ae.name, n.kind, "
                + "n.value FROM article_entities ae LEFT JOIN entity_names n ON n.article_entity = ae.pk "
                + "WHERE ae.article = ? ORDER BY ae.pk, n.kind, n.seq"), article); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                long pk = rs.getLong(1);
                rows.putIfAbsent(pk, new Object[]{rs.getLong(2), rs.getString(3), rs.getString(4)});
                String kind = rs.getString(5);
                if (kind != null) {
                    ("alias".equals(kind) ? aliases : titles).computeIfAbsent(pk, k -> new ArrayList<>())
                            .add(rs.getString(6));
                }
            }
        }
        List<Tied> out = new ArrayList<>();
        for (Map.Entry<Long, Object[]> r : rows.entrySet()) {
            Object[] v = r.getValue();
            out.add(new Tied((Long) v[0], new Entity(null, EntityType.valueOf((String) v[1]), null, (String) v[2],
                    aliases.getOrDefault(r.getKey(), List.of()), titles.getOrDefault(r.getKey(), List.of()), List.of())));
        }
        return out;
    }

    private void deleteRows(long article) throws SQLException {
        try (PreparedStatement ps = dialect == Dialect.SQLITE
                ? Binder.bind(c.prepareStatement(dialect.deleteSearchRows()), article * Dialect.ROWS_PER_ARTICLE,
                (article + 1) * Dialect.ROWS_PER_ARTICLE - 1)
                : Binder.bind(c.prepareStatement(dialect.deleteSearchRows()), article)) {
            ps.executeUpdate();
        }
        for (String sql : List.of(
                "DELETE FROM entity_names WHERE article_entity IN (SELECT pk FROM article_entities WHERE article = ?)",
                "DELETE FROM mentions WHERE article_entity IN (SELECT pk FROM article_entities WHERE article = ?)",
                "DELETE FROM participants WHERE event IN (SELECT pk FROM events WHERE article = ?)",
                "DELETE FROM claim_via WHERE claim IN (SELECT pk FROM claims WHERE article = ?)",
                "DELETE FROM events WHERE article = ?",
                "DELETE FROM claims WHERE article = ?",
                "DELETE FROM quotes WHERE article = ?",
                "DELETE FROM timexes WHERE article = ?",
                "DELETE FROM article_entities WHERE article = ?",
                "DELETE FROM article_warnings WHERE article = ?",
                "DELETE FROM articles WHERE pk = ?")) {
            try (PreparedStatement ps = Binder.bind(c.prepareStatement(sql), article)) {
                ps.executeUpdate();
            }
        }
    }

    /** Corpus entity {@code id} after the article (published {@code day}, its entities {@code tied}) went. */
    private void forget(long id, String day, List<Tied> tied) throws SQLException {
        String name;
        String first;
        String last;
        int articles;
        try (PreparedStatement ps = Binder.bind(c.prepareStatement("UPDATE entities SET articles = articles - 1 "
                + "WHERE pk = ? RETURNING name, first_seen, last_seen, articles"), id); ResultSet rs = ps.executeQuery()) {
            rs.next();
            name = rs.getString(1);
            first = rs.getString(2);
            last = rs.getString(3);
            articles = rs.getInt(4);
        }
        if (articles <= 0) {
            exec("DELETE FROM entity_keys WHERE entity = ?", id);
            exec("DELETE FROM entity_cooccurrence WHERE entity = ? OR other = ?", id, id);
            exec("DELETE FROM entities WHERE pk = ?", id);
            return;
        }
        exec("DELETE FROM entity_keys WHERE entity = ? AND uses <= 0", id);
        exec("DELETE FROM entity_cooccurrence WHERE (entity = ? OR other = ?) AND articles <= 0", id, id);
        if (day != null && (day.equals(first) || day.equals(last))) {
            try (PreparedStatement ps = Binder.bind(c.prepareStatement("SELECT MIN(a.published_day), "
                    + "MAX(a.published_day) FROM article_entities ae JOIN articles a ON a.pk = ae.article "
                    + "WHERE ae.entity = ?"), id); ResultSet rs = ps.executeQuery()) {
                rs.next();
                exec("UPDATE entities SET first_seen = ?, last_seen = ? WHERE pk = ?", rs.getString(1), rs.getString(2),
                        id);
            }
        }
        if (tied.stream().anyMatch(t -> t.corpusEntity() == id && Objects.equals(t.entity().name(), name))) {
            exec("UPDATE entities SET name = ? WHERE pk = ?", replayedName(id), id);
        }
    }

    /** The name {@link CorpusEntities} would have given entity {@code id} from its article entities in store order. */
    private String replayedName(long id) throws SQLException {
        String current = null;
        try (PreparedStatement ps = Binder.bind(c.prepareStatement("SELECT type, name FROM article_entities "
                + "WHERE entity = ? ORDER BY pk"), id); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                String n = rs.getString(2);
                if (current == null) {
                    current = n;
                } else if (EntityType.PERSON.name().equals(rs.getString(1)) && n != null
                        && PersonName.parse(n).given().size() > PersonName.parse(current).given().size()) {
                    current = n;
                }
            }
        }
        return current;
    }

    private void exec(String sql, Object... params) throws SQLException {
        try (PreparedStatement ps = Binder.bind(c.prepareStatement(sql), params)) {
            ps.executeUpdate();
        }
    }
}

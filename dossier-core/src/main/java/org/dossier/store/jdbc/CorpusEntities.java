package org.dossier.store.jdbc;

import org.dossier.merge.Candidate;
import org.dossier.merge.CorpusIndex;
import org.dossier.merge.CorpusKeys;
import org.dossier.merge.EntityMerger;
import org.dossier.merge.MergeDecision;
import org.dossier.model.Entity;
import org.dossier.model.EntityType;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Ties an article's entities to corpus entities inside the article's transaction: finds candidates by key, lets
 * {@link EntityMerger} decide, then creates or updates the corpus entity, its keys and its co-occurrence counts.
 */
final class CorpusEntities {

    /** At most this many candidates are weighed for one entity (a common surname has many). */
    private static final int MAX_CANDIDATES = CorpusIndex.MAX_CANDIDATES;

    private final Connection c;
    private final EntityMerger merger = new EntityMerger();

    CorpusEntities(Connection c) {
        this.c = c;
    }

    /** The decision for {@code e}; {@code neighbourKeys} are the name keys of the article's other entities. */
    MergeDecision resolve(Entity e, Set<String> neighbourKeys) throws SQLException {
        Set<String> keys = CorpusKeys.lookup(e);
        List<Candidate> candidates = new ArrayList<>();
        if (!keys.isEmpty()) {
            String sql = "SELECT DISTINCT e.pk, e.type, e.name, e.articles FROM entity_keys k JOIN entities e "
                    + "ON e.pk = k.entity WHERE e.type = ? AND k.key IN (" + marks(keys.size()) + ") ORDER BY e.pk";
            List<Object> params = new ArrayList<>();
            params.add(e.type().name());
            params.addAll(keys);
            try (PreparedStatement ps = Binder.bind(c.prepareStatement(sql), params.toArray());
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next() && candidates.size() < MAX_CANDIDATES) {
                    long id = rs.getLong(1);
                    candidates.add(new Candidate(id, EntityType.valueOf(rs.getString(2)), rs.getString(3),
                            rs.getInt(4), keysOf(id, "n:"), keysOf(id, "t:"), neighbours(id, neighbourKeys)));
                }
            }
        }
        return merger.decide(e, candidates);
    }

    /** Creates a corpus entity for {@code e} and returns its key. */
    long create(Entity e, String day) throws SQLException {
        try (PreparedStatement ps = Binder.bind(c.prepareStatement("INSERT INTO entities (type, name, articles, "
                + "first_seen, last_seen) VALUES (?, ?, 0, ?, ?) RETURNING pk"), e.type().name(), e.name(), day, day);
             ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** Records that {@code e} appeared as corpus entity {@code id}: keys, titles, and a fuller name if it has one. */
    void absorb(long id, Entity e) throws SQLException {
        Set<String> keys = storedKeys(e);
        try (PreparedStatement ps = c.prepareStatement(INSERT_KEY)) {
            for (String k : keys) {
                Binder.bind(ps, k, id).addBatch();
            }
            ps.executeBatch();
        }
        if (e.type() == EntityType.PERSON && e.name() != null) {
            String current;
            try (PreparedStatement ps = Binder.bind(c.prepareStatement("SELECT name FROM entities WHERE pk = ?"), id);
                 ResultSet rs = ps.executeQuery()) {
                rs.next();
                current = rs.getString(1);
            }
            if (CorpusKeys.takesName(current, e)) {
                try (PreparedStatement ps = Binder.bind(c.prepareStatement("UPDATE entities SET name = ? WHERE pk = ?"),
                        e.name(), id)) {
                    ps.executeUpdate();
                }
            }
        }
    }

    /**
     * Files one key of a corpus entity, counting its uses (one per article entity that gives it), so that taking an
     * article out ({@link ArticleRemoval}) drops exactly the keys no other article entity gives.
     */
    static final String INSERT_KEY = "INSERT INTO entity_keys (key, entity, uses) VALUES (?, ?, 1) "
            + "ON CONFLICT (key, entity) DO UPDATE SET uses = entity_keys.uses + 1";

    /** The keys an article entity leaves to its corpus entity ({@link CorpusKeys#stored}). */
    static Set<String> storedKeys(Entity e) {
        return CorpusKeys.stored(e);
    }

    /** Counts one more article for each of {@code ids}, and one more shared article for each pair. */
    void countArticle(Collection<Long> ids, String day) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE entities SET articles = articles + 1, "
                + "first_seen = CASE WHEN first_seen IS NULL OR ? < first_seen THEN COALESCE(?, first_seen) ELSE first_seen END, "
                + "last_seen = CASE WHEN last_seen IS NULL OR ? > last_seen THEN COALESCE(?, last_seen) ELSE last_seen END "
                + "WHERE pk = ?")) {
            for (long id : ids) {
                Binder.bind(ps, day, day, day, day, id).addBatch();
            }
            ps.executeBatch();
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO entity_cooccurrence (entity, other, articles) "
                + "VALUES (?, ?, 1) ON CONFLICT (entity, other) DO UPDATE SET articles = entity_cooccurrence.articles + 1")) {
            for (long a : ids) {
                for (long b : ids) {
                    if (a != b) {
                        Binder.bind(ps, a, b).addBatch();
                    }
                }
            }
            ps.executeBatch();
        }
    }

    private Set<String> keysOf(long id, String prefix) throws SQLException {
        Set<String> out = new HashSet<>();
        try (PreparedStatement ps = Binder.bind(c.prepareStatement("SELECT key FROM entity_keys WHERE entity = ? "
                + "AND key >= ? AND key < ?"), id, prefix, prefix.charAt(0) + ";");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(rs.getString(1).substring(prefix.length()));
            }
        }
        return out;
    }

    /** Names of the entities that co-occurred with {@code id} before and are named in this article too. */
    private Set<String> neighbours(long id, Set<String> neighbourKeys) throws SQLException {
        Set<String> out = new HashSet<>();
        if (neighbourKeys.isEmpty()) {
            return out;
        }
        // from the article's name keys (a few entities each) to the co-occurrence row by its primary key, not from
        // every entity that ever co-occurred with this one (thousands for a person in the news): SQLite keeps the
        // order of a CROSS JOIN
        String sql = "SELECT DISTINCT e.name FROM entity_keys k CROSS JOIN entity_cooccurrence co CROSS JOIN entities e "
                + "WHERE k.key IN (" + marks(neighbourKeys.size()) + ") AND co.entity = ? AND co.other = k.entity "
                + "AND e.pk = k.entity";
        List<Object> params = new ArrayList<>(neighbourKeys);
        params.add(id);
        try (PreparedStatement ps = Binder.bind(c.prepareStatement(sql), params.toArray());
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        }
        return out;
    }

    static String marks(int n) {
        return String.join(", ", java.util.Collections.nCopies(n, "?"));
    }
}

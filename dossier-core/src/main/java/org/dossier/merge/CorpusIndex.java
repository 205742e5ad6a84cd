package org.dossier.merge;

import org.dossier.model.Entity;
import org.dossier.model.EntityType;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The store's cross-article entity merging, in memory: articles are added one after another and each entity is
 * tied to a corpus entity exactly as {@code store.jdbc} ties it inside an article's transaction: the same keys
 * ({@link CorpusKeys}), the same candidates (same type, any shared key, in order of creation, at most
 * {@value #MAX_CANDIDATES}, each with its names, titles and the names of its earlier co-occurring entities that this
 * article names too), the same {@link EntityMerger} decision, then the same updates (keys, a fuller name, article
 * counts, first and last days, co-occurrences). Corpus entities are numbered 1, 2, … in order of creation, as a new
 * store numbers them, so the reasons read the same. Not thread-safe: the Spark job runs it in one task, in article
 * order.
 */
public final class CorpusIndex {

    /** At most this many candidates are weighed for one entity (a common surname has many); as in the store. */
    public static final int MAX_CANDIDATES = 50;

    /** A corpus entity as it stands. */
    public static final class CorpusEntity {
        private final long id;
        private final EntityType type;
        private String name;
        private int articles;
        private String firstSeen;
        private String lastSeen;
        private final Set<String> keys = new TreeSet<>();

        CorpusEntity(long id, EntityType type, String name, String day) {
            this.id = id;
            this.type = type;
            this.name = name;
            this.firstSeen = day;
            this.lastSeen = day;
        }

        public long id() {
            return id;
        }

        public EntityType type() {
            return type;
        }

        public String name() {
            return name;
        }

        public int articles() {
            return articles;
        }

        public String firstSeen() {
            return firstSeen;
        }

        public String lastSeen() {
            return lastSeen;
        }

        /** Its keys ({@code n:}, {@code s:}, {@code a:}, {@code t:}), sorted. */
        public Set<String> keys() {
            return java.util.Collections.unmodifiableSet(keys);
        }

        Set<String> keysWith(String prefix) {
            Set<String> out = new HashSet<>();
            for (String k : keys) {
                if (k.startsWith(prefix)) {
                    out.add(k.substring(prefix.length()));
                }
            }
            return out;
        }
    }

    /** An article entity's corpus entity and the merger's reason. */
    public record Tie(String entity, long corpusEntity, String reason) {
    }

    private final EntityMerger merger = new EntityMerger();
    private final List<CorpusEntity> entities = new ArrayList<>();
    private final Map<String, Set<Long>> byKey = new HashMap<>();
    private final Map<Long, Set<Long>> cooccurring = new HashMap<>();

    /**
     * Ties the entities of one article, published on {@code day} ({@code YYYY-MM-DD}, or {@code null}), to corpus
     * entities, in the article's order; one tie per entity.
     */
    public List<Tie> add(List<Entity> articleEntities, String day) {
        List<Tie> ties = new ArrayList<>();
        Set<Long> seen = new LinkedHashSet<>();
        for (int i = 0; i < articleEntities.size(); i++) {
            Entity e = articleEntities.get(i);
            MergeDecision d = merger.decide(e, candidates(e, CorpusKeys.neighbours(articleEntities, i)));
            CorpusEntity c = d.joins() ? entities.get((int) (d.target() - 1)) : create(e, day);
            absorb(c, e);
            seen.add(c.id);
            ties.add(new Tie(e.id(), c.id, d.reason()));
        }
        countArticle(seen, day);
        return ties;
    }

    /** The corpus entities, in order of creation. */
    public List<CorpusEntity> entities() {
        return java.util.Collections.unmodifiableList(entities);
    }

    private List<Candidate> candidates(Entity e, Set<String> neighbourKeys) {
        TreeSet<Long> ids = new TreeSet<>();
        for (String k : CorpusKeys.lookup(e)) {
            for (long id : byKey.getOrDefault(k, Set.of())) {
                if (entities.get((int) (id - 1)).type == e.type()) {
                    ids.add(id);
                }
            }
        }
        List<Candidate> out = new ArrayList<>();
        for (long id : ids) {
            if (out.size() >= MAX_CANDIDATES) {
                break;
            }
            CorpusEntity c = entities.get((int) (id - 1));
            out.add(new Candidate(id, c.type, c.name, c.articles, c.keysWith("n:"), c.keysWith("t:"),
                    neighbours(id, neighbourKeys)));
        }
        return out;
    }

    /** Names of the corpus entities that co-occurred with {@code id} before and have a key among {@code keys}. */
    private Set<String> neighbours(long id, Set<String> keys) {
        Set<String> out = new HashSet<>();
        if (keys.isEmpty()) {
            return out;
        }
        for (long other : cooccurring.getOrDefault(id, Set.of())) {
            CorpusEntity o = entities.get((int) (other - 1));
            if (o.keys.stream().anyMatch(keys::contains)) {
                out.add(o.name);
            }
        }
        return out;
    }

    private CorpusEntity create(Entity e, String day) {
        CorpusEntity c = new CorpusEntity(entities.size() + 1L, e.type(), e.name(), day);
        entities.add(c);
        return c;
    }

    private void absorb(CorpusEntity c, Entity e) {
        for (String k : CorpusKeys.stored(e)) {
            if (c.keys.add(k)) {
                byKey.computeIfAbsent(k, x -> new HashSet<>()).add(c.id);
            }
        }
        if (CorpusKeys.takesName(c.name, e)) {
            c.name = e.name();
        }
    }

    private void countArticle(Collection<Long> ids, String day) {
        for (long id : ids) {
            CorpusEntity c = entities.get((int) (id - 1));
            c.articles++;
            if (c.firstSeen == null || (day != null && day.compareTo(c.firstSeen) < 0)) {
                c.firstSeen = day != null ? day : c.firstSeen;
            }
            if (c.lastSeen == null || (day != null && day.compareTo(c.lastSeen) > 0)) {
                c.lastSeen = day != null ? day : c.lastSeen;
            }
            for (long other : ids) {
                if (other != id) {
                    cooccurring.computeIfAbsent(id, x -> new HashSet<>()).add(other);
                }
            }
        }
    }
}

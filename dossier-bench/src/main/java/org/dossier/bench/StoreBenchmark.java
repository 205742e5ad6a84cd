package org.dossier.bench;

import org.dossier.model.Article;
import org.dossier.model.ArticleRecord;
import org.dossier.model.Entity;
import org.dossier.model.EntityType;
import org.dossier.model.Event;
import org.dossier.model.EventType;
import org.dossier.model.Factuality;
import org.dossier.model.Participant;
import org.dossier.model.Span;
import org.dossier.query.CorpusQueries;
import org.dossier.query.TimelineQuery;
import org.dossier.store.StoreLocation;
import org.dossier.store.jdbc.JdbcStore;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * The store under load, NLP excluded: writes synthetic articles (generated records with entities and events, each
 * stored in its own transaction, entity and event merging included) until the store holds {@code --events} events,
 * reporting the write rate (with progress and ETA); then times {@code timeline --entity NAME --per-article} (first 100
 * events), {@code timeline --entity NAME} (first 100 corpus events, with their reports and disagreements, read from
 * the timeline index), the same through the query the index replaced (every corpus event of the entity, sorted: the
 * baseline, side by side in the same run, and a check that both list the same) and {@code entity NAME} (the full
 * profile), for {@code --queries} names drawn at random and for the 20 people in most articles, reporting p50, p95
 * and max.
 *
 * <p>Usage: {@code StoreBenchmark --db PATH|postgresql://... [--events 1000000] [--per-article 20] [--queries 300]
 * [--seed 42] [--no-fill]}. A store that already holds enough events (or any, with {@code --no-fill}) is only
 * queried, so one can write once and query often.
 *
 * <p>{@code StoreBenchmark --db PATH|URL --without PATH|URL --compare-merging ARTICLES}: writes the same synthetic
 * articles into two empty stores, one with event merging and one without, alternating, and reports both write rates.
 */
public final class StoreBenchmark {

    private static final EventType[] TYPES = {EventType.MEETING, EventType.VISIT, EventType.STATEMENT, EventType.AID,
            EventType.ATTACK, EventType.CRITICISM, EventType.COOPERATION};

    public static void main(String[] args) {
        String db = null;
        long events = 1_000_000;
        int perArticle = 20;
        int queries = 300;
        long seed = 42;
        int persons = 20_000;
        boolean fill = true;
        int compare = 0;
        String without = null;
        String copyFrom = null;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--db" -> db = args[++i];
                case "--events" -> events = Long.parseLong(args[++i]);
                case "--per-article" -> perArticle = Integer.parseInt(args[++i]);
                case "--queries" -> queries = Integer.parseInt(args[++i]);
                case "--seed" -> seed = Long.parseLong(args[++i]);
                case "--persons" -> persons = Integer.parseInt(args[++i]);
                case "--no-fill" -> fill = false;
                case "--compare-merging" -> compare = Integer.parseInt(args[++i]);
                case "--without" -> without = args[++i];
                case "--copy-from" -> copyFrom = args[++i];
                default -> throw new IllegalArgumentException("unknown argument " + args[i] + "; usage: --db PATH|URL "
                        + "[--events N] [--per-article N] [--queries N] [--seed N] [--no-fill] | --db PATH|URL "
                        + "--compare-merging ARTICLES --without PATH|URL | --db postgresql://... --copy-from SQLITE_PATH");
            }
        }
        if (db == null) {
            throw new IllegalArgumentException("--db PATH|postgresql://... is required");
        }
        System.out.printf(Locale.ROOT, "store %s, seed %d%n", db, seed);
        Random random = new Random(seed);
        if (copyFrom != null) {
            copy(copyFrom, db);
            return;
        }
        if (compare > 0) {
            if (without == null) {
                throw new IllegalArgumentException("--compare-merging needs --without PATH|URL: a second store, "
                        + "written without event merging");
            }
            compareMerging(db, without, compare, perArticle, persons, random);
            return;
        }
        long opening = System.nanoTime();
        try (JdbcStore store = JdbcStore.open(StoreLocation.parse(db), Clock.systemUTC())) {
            System.out.printf(Locale.ROOT, "opened (schema migrations included) in %.1f s%n",
                    (System.nanoTime() - opening) / 1e9);
            long have = events(store);
            long articles = store.size();
            long target = fill ? (events - have + perArticle - 1) / perArticle : 0;
            if (target > 0) {
                // the generator's random stream continues where the stored articles left it
                for (long a = 0; a < articles; a++) {
                    article(a, perArticle, persons, random);
                }
                java.lang.management.ThreadMXBean bean = java.lang.management.ManagementFactory.getThreadMXBean();
                long t0 = System.nanoTime();
                long c0 = bean.getCurrentThreadCpuTime();
                long tBlock = t0;
                long cBlock = c0;
                for (long a = 0; a < target; a++) {
                    store.put(article(articles + a, perArticle, persons, random));
                    if ((a + 1) % 1000 == 0) {
                        long now = System.nanoTime();
                        long cpuNow = bean.getCurrentThreadCpuTime();
                        double s = (now - t0) / 1e9;
                        double rate = (a + 1) / s;
                        // CPU per article: on SQLite all of the write's work, whatever else the machine runs
                        System.out.printf(Locale.ROOT, "  %d of %d articles written (%d events in store), %.1f "
                                        + "articles/s (last 1,000: %.1f/s, %.1f ms CPU per article), ETA %.0f min, "
                                        + "load %.1f%n", a + 1, target, (articles + a + 1) * perArticle, rate,
                                1000 / ((now - tBlock) / 1e9), (cpuNow - cBlock) / 1e6 / 1000,
                                (target - a - 1) / rate / 60, java.lang.management.ManagementFactory
                                        .getOperatingSystemMXBean().getSystemLoadAverage());
                        tBlock = now;
                        cBlock = cpuNow;
                    }
                }
                double s = (System.nanoTime() - t0) / 1e9;
                System.out.printf(Locale.ROOT, "write: %d articles (%d events) in %.1f s: %.0f articles/s, %.0f events/s, "
                                + "%.1f ms CPU per article%n", target, target * perArticle, s, target / s,
                        target * perArticle / s, (bean.getCurrentThreadCpuTime() - c0) / 1e6 / target);
            }
            System.out.printf(Locale.ROOT, "store holds %d articles, %d events%n", store.size(), events(store));
            CorpusQueries q = new CorpusQueries(store);
            List<String> stored = names(store, "ORDER BY pk");
            System.out.printf(Locale.ROOT, "load average %.2f%n", java.lang.management.ManagementFactory
                    .getOperatingSystemMXBean().getSystemLoadAverage());
            for (int i = 0; i < 20; i++) { // warm-up, not counted
                time(store, q, List.of(stored.get(random.nextInt(stored.size()))));
            }
            List<String> drawn = new ArrayList<>();
            for (int i = 0; i < queries; i++) {
                drawn.add(stored.get(random.nextInt(stored.size())));
            }
            System.out.printf(Locale.ROOT, "%d names drawn uniformly from the %d stored people:%n", queries,
                    stored.size());
            time(store, q, drawn).print();
            List<String> busiest = names(store, "ORDER BY articles DESC, pk LIMIT 20");
            System.out.printf(Locale.ROOT, "the 20 people in most articles (%s: %d articles, ... %s: %d):%n",
                    busiest.get(0), articlesOf(store, busiest.get(0)), busiest.get(busiest.size() - 1),
                    articlesOf(store, busiest.get(busiest.size() - 1)));
            time(store, q, busiest).print();
            System.out.printf(Locale.ROOT, "load average %.2f%n", java.lang.management.ManagementFactory
                    .getOperatingSystemMXBean().getSystemLoadAverage());
        }
    }

    /**
     * Query times (ns) for each name, wall and CPU of this thread (on SQLite all the work; PostgreSQL's server is
     * another process), by query; and how many corpus-event timelines differed from the old query's.
     */
    private record Times(long[][] wall, long[][] cpu, int differ) {
        static final String[] QUERIES = {"timeline --entity --per-article", "timeline --entity (corpus events, index)",
                "  the same, old query (all, sorted)", "entity"};

        void print() {
            for (int k = 0; k < QUERIES.length; k++) {
                report(QUERIES[k], wall[k], cpu[k]);
            }
            System.out.printf(Locale.ROOT, "  corpus-event timelines that differ from the old query's: %d%n", differ);
        }
    }

    /**
     * Times, for each name, {@code timeline --entity NAME --per-article}, {@code timeline --entity NAME} (first 100
     * corpus events, read from the index), the same through the query the index replaced (every corpus event of the
     * entity, sorted; then the same details), and {@code entity NAME}; compares the two corpus-event timelines.
     */
    private static Times time(JdbcStore store, CorpusQueries q, List<String> names) {
        java.lang.management.ThreadMXBean bean = java.lang.management.ManagementFactory.getThreadMXBean();
        int n = names.size();
        long[][] wall = new long[4][n];
        long[][] cpu = new long[4][n];
        int differ = 0;
        for (int i = 0; i < n; i++) {
            String name = names.get(i);
            List<List<Long>> lists = new ArrayList<>();
            for (int k = 0; k < 4; k++) {
                long w = System.nanoTime();
                long c = bean.getCurrentThreadCpuTime();
                switch (k) {
                    case 0 -> q.timeline(new TimelineQuery(name, null, null, null, 100));
                    case 1 -> lists.add(q.corpusEvents().timeline(new TimelineQuery(name, null, null, null, 100), null,
                            null).stream().map(org.dossier.query.Rows.CorpusEvent::id).toList());
                    case 2 -> lists.add(q.corpusEvents().events(oldTimeline(store, q.findEntities(name), 100), false)
                            .stream().map(d -> d.event().id()).toList());
                    default -> q.entity(name);
                }
                cpu[k][i] = bean.getCurrentThreadCpuTime() - c;
                wall[k][i] = System.nanoTime() - w;
            }
            if (!lists.get(0).equals(lists.get(1))) {
                differ++;
            }
        }
        return new Times(wall, cpu, differ);
    }

    /** The keys of an entity's corpus-event timeline as the query before the index (V11) found them. */
    private static List<Long> oldTimeline(JdbcStore store, List<Long> entities, int limit) {
        List<Long> out = new ArrayList<>();
        if (entities.isEmpty()) {
            return out;
        }
        String in = String.join(", ", entities.stream().map(String::valueOf).toList());
        try (var st = store.connection().createStatement();
             var rs = st.executeQuery("SELECT ce.pk FROM corpus_events ce WHERE ce.pk IN (SELECT e.corpus_event FROM "
                     + "participants p JOIN events e ON e.pk = p.event WHERE p.corpus_entity IN (" + in + ")) AND "
                     + "ce.type <> 'OTHER' ORDER BY ce.first_day NULLS LAST, ce.pk LIMIT " + limit)) {
            while (rs.next()) {
                out.add(rs.getLong(1));
            }
            store.connection().commit();
            return out;
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException("cannot read the old timeline in " + store.describe(), e);
        }
    }

    private static long articlesOf(JdbcStore store, String name) {
        try (var ps = store.connection().prepareStatement("SELECT MAX(articles) FROM entities WHERE name = ?")) {
            ps.setString(1, name);
            try (var rs = ps.executeQuery()) {
                rs.next();
                long n = rs.getLong(1);
                store.connection().commit();
                return n;
            }
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException("cannot count articles in " + store.describe(), e);
        }
    }

    /**
     * Writes {@code articles} synthetic articles into two stores side by side, one at a time into each: {@code with}
     * with event merging, {@code without} as ingest wrote before corpus events ({@code dossier.bench.noEventMerging},
     * read when each write begins). Reports the wall and CPU time of each store's writes (the CPU time of this
     * thread, which does all the work of SQLite; PostgreSQL's server is another process, so there wall time counts).
     */
    private static void compareMerging(String with, String without, int articles, int perArticle, int persons,
                                       Random random) {
        java.lang.management.ThreadMXBean cpu = java.lang.management.ManagementFactory.getThreadMXBean();
        try (JdbcStore a = JdbcStore.open(StoreLocation.parse(with), Clock.systemUTC());
             JdbcStore b = JdbcStore.open(StoreLocation.parse(without), Clock.systemUTC())) {
            if (a.size() > 0 || b.size() > 0) {
                throw new IllegalArgumentException("--compare-merging writes into two empty stores; "
                        + (a.size() > 0 ? a.describe() : b.describe()) + " holds articles");
            }
            System.out.printf(Locale.ROOT, "load average %.2f%n", java.lang.management.ManagementFactory
                    .getOperatingSystemMXBean().getSystemLoadAverage());
            long[] wall = new long[2];
            long[] used = new long[2];
            for (int i = 0; i < articles; i++) {
                ArticleRecord r = article(i, perArticle, persons, random);
                for (int k = 0; k < 2; k++) {
                    // alternate which store goes first, so that neither always finds the caches warm
                    boolean merging = (i + k) % 2 == 0;
                    if (merging) {
                        System.clearProperty("dossier.bench.noEventMerging");
                    } else {
                        System.setProperty("dossier.bench.noEventMerging", "true");
                    }
                    long w = System.nanoTime();
                    long c = cpu.getCurrentThreadCpuTime();
                    (merging ? a : b).put(r);
                    used[merging ? 0 : 1] += cpu.getCurrentThreadCpuTime() - c;
                    wall[merging ? 0 : 1] += System.nanoTime() - w;
                }
                System.clearProperty("dossier.bench.noEventMerging");
                if ((i + 1) % 500 == 0 || i + 1 == articles) {
                    System.out.printf(Locale.ROOT, "  %d of %d articles: with merging %.1f ms wall / %.1f ms CPU per "
                                    + "article, without %.1f / %.1f; rate with ÷ without: %.1f %% wall, %.1f %% CPU%n",
                            i + 1, articles, wall[0] / 1e6 / (i + 1), used[0] / 1e6 / (i + 1), wall[1] / 1e6 / (i + 1),
                            used[1] / 1e6 / (i + 1), 100.0 * wall[1] / wall[0], 100.0 * used[1] / used[0]);
                }
            }
            System.out.printf(Locale.ROOT, "write, %d articles of %d events into each store: with event merging %.0f "
                            + "articles/s (%.0f events/s), without %.0f articles/s (%.0f events/s): %.1f %% of the rate "
                            + "without (wall), %.1f %% (CPU of this thread)%n", articles, perArticle,
                    articles / (wall[0] / 1e9), articles * perArticle / (wall[0] / 1e9), articles / (wall[1] / 1e9),
                    articles * perArticle / (wall[1] / 1e9), 100.0 * wall[1] / wall[0], 100.0 * used[1] / used[0]);
            System.out.printf(Locale.ROOT, "load average %.2f%n", java.lang.management.ManagementFactory
                    .getOperatingSystemMXBean().getSystemLoadAverage());
        }
    }

    /**
     * Copies every row of the SQLite store {@code from} into the empty PostgreSQL store {@code to} (its schema made by
     * opening it, as any command does), table by table through PostgreSQL's COPY (values as text, so PostgreSQL
     * converts them as it would any input), foreign-key triggers off during the load; then moves each identity on
     * past the copied keys and analyzes the tables. For timing queries on PostgreSQL over the very rows a SQLite fill
     * wrote, when a fill through {@code Store.put} on PostgreSQL does not fit in the time.
     */
    private static void copy(String from, String to) {
        long t0 = System.nanoTime();
        try (JdbcStore source = JdbcStore.open(StoreLocation.parse(from), Clock.systemUTC());
             JdbcStore target = JdbcStore.open(StoreLocation.parse(to), Clock.systemUTC())) {
            if (target.size() > 0) {
                throw new IllegalArgumentException("--copy-from copies into an empty store; " + target.describe()
                        + " holds articles");
            }
            java.sql.Connection s = source.connection();
            java.sql.Connection t = target.connection();
            List<String> tables = new ArrayList<>();
            try (var st = s.createStatement(); var rs = st.executeQuery("SELECT name FROM sqlite_master WHERE type = "
                    + "'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE 'search_index_%' "
                    + "AND name <> 'flyway_schema_history' ORDER BY name")) {
                while (rs.next()) {
                    tables.add(rs.getString(1));
                }
            }
            var copier = t.unwrap(org.postgresql.PGConnection.class).getCopyAPI();
            try (var st = t.createStatement()) {
                st.execute("SET session_replication_role = replica"); // no foreign-key triggers during the load
            }
            for (String table : tables) {
                List<String> columns = new ArrayList<>();
                try (var st = s.createStatement(); var rs = st.executeQuery("PRAGMA table_info(" + table + ")")) {
                    while (rs.next()) {
                        columns.add(rs.getString("name"));
                    }
                }
                String list = String.join(", ", columns);
                long rows = 0;
                StringBuilder csv = new StringBuilder();
                try (var st = s.createStatement(); var rs = st.executeQuery("SELECT " + list + " FROM " + table)) {
                    while (rs.next()) {
                        for (int i = 1; i <= columns.size(); i++) {
                            String v = rs.getString(i);
                            csv.append(i > 1 ? "," : "").append(v == null ? "\\N" : '"' + v.replace("\"", "\"\"") + '"');
                        }
                        csv.append('\n');
                        if (++rows % 50_000 == 0) {
                            copier.copyIn("COPY " + table + " (" + list + ") FROM STDIN (FORMAT csv, NULL '\\N')",
                                    new java.io.StringReader(csv.toString()));
                            csv.setLength(0);
                        }
                    }
                }
                copier.copyIn("COPY " + table + " (" + list + ") FROM STDIN (FORMAT csv, NULL '\\N')",
                        new java.io.StringReader(csv.toString()));
                try (var st = t.createStatement()) {
                    if (columns.contains("pk")) {
                        st.executeQuery("SELECT setval(pg_get_serial_sequence('" + table + "', 'pk'), "
                                + "COALESCE(MAX(pk), 0) + 1, false) FROM " + table).close();
                    }
                }
                t.commit();
                System.out.printf(Locale.ROOT, "  %s: %,d rows (%.0f s)%n", table, rows, (System.nanoTime() - t0) / 1e9);
            }
            try (var st = t.createStatement()) {
                st.execute("SET session_replication_role = DEFAULT");
            }
            t.commit();
            boolean auto = t.getAutoCommit();
            t.setAutoCommit(true);
            try (var st = t.createStatement()) {
                st.execute("ANALYZE");
            }
            t.setAutoCommit(auto);
            s.commit();
            System.out.printf(Locale.ROOT, "copied %d tables in %.0f s%n", tables.size(), (System.nanoTime() - t0) / 1e9);
        } catch (java.sql.SQLException | java.io.IOException e) {
            throw new IllegalStateException("cannot copy " + from + " into " + to + ": " + e.getMessage(), e);
        }
    }

    private static List<String> names(JdbcStore store, String order) {
        List<String> out = new ArrayList<>();
        try (var st = store.connection().createStatement();
             var rs = st.executeQuery("SELECT name FROM entities WHERE type = 'PERSON' " + order)) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
            store.connection().commit();
            return out;
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException("cannot list people in " + store.describe(), e);
        }
    }

    static long events(JdbcStore store) {
        try (var st = store.connection().createStatement(); var rs = st.executeQuery("SELECT COUNT(*) FROM events")) {
            rs.next();
            long n = rs.getLong(1);
            store.connection().commit();
            return n;
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException("cannot count events in " + store.describe(), e);
        }
    }

    private static void report(String what, long[] wall, long[] cpu) {
        long[] w = wall.clone();
        long[] c = cpu.clone();
        Arrays.sort(w);
        Arrays.sort(c);
        int p95 = (int) Math.ceil(w.length * 0.95) - 1;
        System.out.printf(Locale.ROOT, "%-42s n=%d  wall p50 %.2f / p95 %.2f / max %.2f ms   CPU p50 %.2f / p95 %.2f "
                        + "/ max %.2f ms%n", what, w.length, w[w.length / 2] / 1e6, w[p95] / 1e6, w[w.length - 1] / 1e6,
                c[c.length / 2] / 1e6, c[p95] / 1e6, c[c.length - 1] / 1e6);
    }

    /** Person {@code i}: a given name and a surname of its own, so names are compatible only with themselves. */
    static String name(int i) {
        String[] given = {"Anna", "Boris", "Chen", "Dara", "Elif", "Femi", "Greta", "Hugo", "Ines", "Jonas"};
        return given[i % given.length] + " Surname" + i;
    }

    /** A synthetic article: people drawn with a skew (some are in the news far more), a place, and events between them. */
    static ArticleRecord article(long n, int perArticle, int persons, Random r) {
        List<String> names = new ArrayList<>();
        while (names.size() < 6) {
            double u = r.nextDouble();
            String name = name((int) (persons * u * u)); // quadratic skew towards low numbers
            if (!names.contains(name)) {
                names.add(name);
            }
        }
        String place = "City" + r.nextInt(500);
        StringBuilder text = new StringBuilder("Synthetic article " + n + ". ");
        List<Entity> entities = new ArrayList<>();
        for (String name : names) {
            int at = text.length();
            text.append(name).append(" spoke. ");
            entities.add(new Entity("E" + (entities.size() + 1), EntityType.PERSON, null, name, List.of(), List.of(),
                    List.of(new Span(at, at + name.length(), name))));
        }
        int at = text.length();
        text.append("They met in ").append(place).append(". ");
        entities.add(new Entity("E" + (entities.size() + 1), EntityType.LOCATION, null, place, List.of(), List.of(),
                List.of(new Span(at + 12, at + 12 + place.length(), place))));
        LocalDate day = LocalDate.of(2015, 1, 1).plusDays(r.nextInt(3650));
        List<Event> events = new ArrayList<>();
        for (int i = 0; i < perArticle; i++) {
            int s = text.length();
            text.append("acted ");
            int a = r.nextInt(names.size());
            int b = (a + 1 + r.nextInt(names.size() - 1)) % names.size();
            EventType type = TYPES[r.nextInt(TYPES.length)];
            events.add(new Event("V" + (i + 1), type, type.cameo(), "act", new Span(s, s + 5, "acted"), 0,
                    List.of(new Participant("E" + (a + 1), "source"), new Participant("E" + (b + 1), "target")),
                    "E" + entities.size(), day.minusDays(r.nextInt(5)).toString(), null, Factuality.ASSERTED, null));
        }
        String t = text.toString();
        return new ArticleRecord(new Article("synthetic-" + n, null, "Bench Wire", null, day.toString(), "en", t, "bench"),
                JdbcStore.sha256(t), entities, List.of(), List.of(), List.of(), events, List.of());
    }
}

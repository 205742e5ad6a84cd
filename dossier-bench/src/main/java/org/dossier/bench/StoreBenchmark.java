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
 * stored in its own transaction, entity merging included) until the store holds {@code --events} events, reporting
 * the write rate; then times {@code timeline --entity NAME --per-article} (first 100 events), {@code timeline
 * --entity NAME} (first 100 corpus events, with their reports and disagreements) and {@code entity NAME} (the full
 * profile) for {@code --queries} entity names drawn at random, reporting p50, p95 and max.
 *
 * <p>Usage: {@code StoreBenchmark --db PATH|postgresql://... [--events 1000000] [--per-article 20] [--queries 300]
 * [--seed 42]}. A store that already holds enough events is only queried, so one can write once and query often.
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
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--db" -> db = args[++i];
                case "--events" -> events = Long.parseLong(args[++i]);
                case "--per-article" -> perArticle = Integer.parseInt(args[++i]);
                case "--queries" -> queries = Integer.parseInt(args[++i]);
                case "--seed" -> seed = Long.parseLong(args[++i]);
                case "--persons" -> persons = Integer.parseInt(args[++i]);
                default -> throw new IllegalArgumentException("unknown argument " + args[i]
                        + "; usage: --db PATH|URL [--events N] [--per-article N] [--queries N] [--seed N]");
            }
        }
        if (db == null) {
            throw new IllegalArgumentException("--db PATH|postgresql://... is required");
        }
        System.out.printf(Locale.ROOT, "store %s, seed %d%n", db, seed);
        Random random = new Random(seed);
        try (JdbcStore store = JdbcStore.open(StoreLocation.parse(db), Clock.systemUTC())) {
            long have = events(store);
            long articles = store.size();
            long target = (events - have + perArticle - 1) / perArticle;
            if (target > 0) {
                long t0 = System.nanoTime();
                for (long a = 0; a < target; a++) {
                    store.put(article(articles + a, perArticle, persons, random));
                    if ((a + 1) % 5000 == 0) {
                        double s = (System.nanoTime() - t0) / 1e9;
                        System.out.printf(Locale.ROOT, "  %d articles written, %.0f articles/s%n", a + 1, (a + 1) / s);
                    }
                }
                double s = (System.nanoTime() - t0) / 1e9;
                System.out.printf(Locale.ROOT, "write: %d articles (%d events) in %.1f s: %.0f articles/s, %.0f events/s%n",
                        target, target * perArticle, s, target / s, target * perArticle / s);
            }
            System.out.printf(Locale.ROOT, "store holds %d articles, %d events%n", store.size(), events(store));
            CorpusQueries q = new CorpusQueries(store);
            List<String> stored = names(store);
            System.out.printf(Locale.ROOT, "querying %d names drawn uniformly from the %d stored people%n", queries,
                    stored.size());
            long[] timeline = new long[queries];
            long[] corpus = new long[queries];
            long[] entity = new long[queries];
            for (int i = 0; i < 20; i++) { // warm-up, not counted
                q.timeline(new TimelineQuery(stored.get(random.nextInt(stored.size())), null, null, null, 100));
                q.corpusEvents().timeline(new TimelineQuery(stored.get(random.nextInt(stored.size())), null, null,
                        null, 100), null, null);
                q.entity(stored.get(random.nextInt(stored.size())));
            }
            for (int i = 0; i < queries; i++) {
                String n = stored.get(random.nextInt(stored.size()));
                long t = System.nanoTime();
                q.timeline(new TimelineQuery(n, null, null, null, 100));
                timeline[i] = System.nanoTime() - t;
                t = System.nanoTime();
                q.corpusEvents().timeline(new TimelineQuery(n, null, null, null, 100), null, null);
                corpus[i] = System.nanoTime() - t;
                t = System.nanoTime();
                q.entity(n);
                entity[i] = System.nanoTime() - t;
            }
            report("timeline --entity --per-article", timeline);
            report("timeline --entity (corpus events)", corpus);
            report("entity", entity);
        }
    }

    private static List<String> names(JdbcStore store) {
        List<String> out = new ArrayList<>();
        try (var st = store.connection().createStatement();
             var rs = st.executeQuery("SELECT name FROM entities WHERE type = 'PERSON' ORDER BY pk")) {
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

    private static void report(String what, long[] nanos) {
        long[] s = nanos.clone();
        Arrays.sort(s);
        System.out.printf(Locale.ROOT, "%-18s n=%d  p50 %.2f ms  p95 %.2f ms  max %.2f ms%n", what, s.length,
                s[s.length / 2] / 1e6, s[(int) Math.ceil(s.length * 0.95) - 1] / 1e6, s[s.length - 1] / 1e6);
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

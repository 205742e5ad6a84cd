package org.dossier.bench;

import org.dossier.model.ArticleRecord;
import org.dossier.store.StoreLocation;
import org.dossier.store.jdbc.JdbcStore;
import org.dossier.web.WebOptions;
import org.dossier.web.WebServer;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * The web application under load from loopback: fills a SQLite store with {@code --articles} synthetic articles
 * ({@link StoreBenchmark#article}, seeded; a store that already holds enough is reused as it is), starts
 * {@link WebServer} in-process on 127.0.0.1 with a free port and the rate limit raised out of the way, then times
 * {@code --requests} GETs per route with 1 and with 2 concurrent clients ({@link HttpClient}, HTTP/1.1, keep-alive),
 * after {@code --warmup} untimed ones: the entity page and {@code /api/entities/{id}} for people drawn uniformly from
 * the store and for the {@code --top} most frequent ones (the worst case, reported apart), and the search page and
 * {@code /api/search} for words drawn from the stored texts and for the word in every article. Prints p50, p95, p99
 * and max per route and the number of answers that were not 200 (which should be 0). Nothing is asserted.
 *
 * <p>Usage: {@code WebLatencyBenchmark --db PATH [--articles 10000] [--per-article 20] [--persons 20000]
 * [--requests 500] [--warmup 100] [--clients 1,2] [--top 10] [--seed 42]}.
 */
public final class WebLatencyBenchmark {

    private WebLatencyBenchmark() {
    }

    /** A person in the store: its id (for {@code /entity/{id}}), name and number of articles. */
    private record Person(long id, String name, long articles) {
    }

    public static void main(String[] args) throws Exception {
        String db = null;
        int articles = 10_000;
        int perArticle = 20;
        int persons = 20_000;
        int requests = 500;
        int warmup = 100;
        int top = 10;
        long seed = 42;
        int[] clients = {1, 2};
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--db" -> db = args[++i];
                case "--articles" -> articles = Integer.parseInt(args[++i]);
                case "--per-article" -> perArticle = Integer.parseInt(args[++i]);
                case "--persons" -> persons = Integer.parseInt(args[++i]);
                case "--requests" -> requests = Integer.parseInt(args[++i]);
                case "--warmup" -> warmup = Integer.parseInt(args[++i]);
                case "--top" -> top = Integer.parseInt(args[++i]);
                case "--seed" -> seed = Long.parseLong(args[++i]);
                case "--clients" -> clients = Arrays.stream(args[++i].split(",")).mapToInt(Integer::parseInt).toArray();
                default -> throw new IllegalArgumentException("unknown argument " + args[i] + "; usage: --db PATH "
                        + "[--articles N] [--per-article N] [--persons N] [--requests N] [--warmup N] "
                        + "[--clients 1,2] [--top N] [--seed N]");
            }
        }
        if (db == null) {
            throw new IllegalArgumentException("--db PATH (a SQLite file) is required");
        }
        StoreLocation location = StoreLocation.parse(db);
        Random random = new Random(seed);
        System.out.printf(Locale.ROOT, "store %s, seed %d, %d events per article, %d people%n", db, seed, perArticle,
                persons);
        List<Person> people;
        List<String> words;
        try (JdbcStore store = JdbcStore.open(location, Clock.systemUTC())) {
            long have = store.size();
            if (have < articles) {
                long t0 = System.nanoTime();
                for (long a = have; a < articles; a++) {
                    store.put(StoreBenchmark.article(a, perArticle, persons, random));
                    if ((a + 1) % 2000 == 0) {
                        System.out.printf(Locale.ROOT, "  %d articles in the store%n", a + 1);
                    }
                }
                System.out.printf(Locale.ROOT, "wrote %d articles in %.1f s%n", articles - have,
                        (System.nanoTime() - t0) / 1e9);
            } else {
                System.out.printf(Locale.ROOT, "reusing the store as it is (it already holds %d articles; "
                        + "the seed and counts above apply only to articles written now)%n", have);
            }
            System.out.printf(Locale.ROOT, "store holds %d articles, %d events%n", store.size(),
                    StoreBenchmark.events(store));
            people = people(store);
            // drawn from a source of their own, so a reused store gives the same requests as a freshly written one
            random = new Random(seed + 1);
            words = words(store, random, 200);
        }
        List<Person> frequent = people.stream()
                .sorted((a, b) -> Long.compare(b.articles(), a.articles())).limit(top).toList();
        System.out.printf(Locale.ROOT, "%d people; the %d most frequent are in %d to %d articles; "
                        + "median person in %d%n", people.size(), frequent.size(),
                frequent.get(frequent.size() - 1).articles(), frequent.get(0).articles(),
                people.stream().mapToLong(Person::articles).sorted().toArray()[people.size() / 2]);
        System.out.printf(Locale.ROOT, "%d search words drawn from stored texts, e.g. %s%n", words.size(),
                words.subList(0, Math.min(8, words.size())));

        // the rate limit (default 1,200 a minute per address; 'dossier serve --rate-limit N') would answer 429
        WebOptions options = WebOptions.readOnly(0).withRequestsPerMinute(Integer.MAX_VALUE);
        try (WebServer server = WebServer.start(location, options, () -> {
            throw new IllegalStateException("ingest is off in the benchmark");
        }, Clock.systemUTC())) {
            String base = server.url();
            System.out.printf(Locale.ROOT, "server at %s; %d warm-up + %d timed requests per route and client "
                    + "count%n", base, warmup, requests);
            HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                    .connectTimeout(Duration.ofSeconds(5)).build();
            long routeSeed = random.nextLong();
            List<Route> routes = List.of(
                    new Route("GET /entity/{id} (random person)", r -> "/entity/" + pick(people, r).id()),
                    new Route("GET /entity/{id} (top " + top + " people)", r -> "/entity/" + pick(frequent, r).id()),
                    new Route("GET /api/entities/{id} (random)", r -> "/api/entities/" + pick(people, r).id()),
                    new Route("GET /api/entities/{id} (top " + top + ")", r -> "/api/entities/"
                            + pick(frequent, r).id()),
                    new Route("GET /search?q=WORD (random word)", r -> "/search?q=" + enc(pick(words, r))),
                    new Route("GET /search?q=acted (every article)", r -> "/search?q=acted"),
                    new Route("GET /api/search?q=WORD (random)", r -> "/api/search?q=" + enc(pick(words, r))),
                    new Route("GET /api/search?q=acted (every article)", r -> "/api/search?q=acted"));
            System.out.printf(Locale.ROOT, "%n%-42s %7s %5s %8s %8s %8s %8s %7s%n", "route", "clients", "n",
                    "p50 ms", "p95 ms", "p99 ms", "max ms", "non-200");
            for (int c : clients) {
                for (Route route : routes) {
                    Random r = new Random(routeSeed);
                    List<String> paths = new ArrayList<>();
                    for (int i = 0; i < warmup + requests; i++) {
                        paths.add(route.draw().apply(r));
                    }
                    run(http, base, paths.subList(0, warmup), c); // warm-up, not counted
                    Result res = run(http, base, paths.subList(warmup, paths.size()), c);
                    long[] s = res.nanos().clone();
                    Arrays.sort(s);
                    System.out.printf(Locale.ROOT, "%-42s %7d %5d %8.1f %8.1f %8.1f %8.1f %7d%n", route.name(), c,
                            s.length, pct(s, 0.50), pct(s, 0.95), pct(s, 0.99), s[s.length - 1] / 1e6, res.bad());
                    if (res.firstBad() != null) {
                        System.out.println("    first non-200: " + res.firstBad());
                    }
                }
            }
        }
        System.out.println("server stopped");
    }

    /** A route: its label and how to draw one request path from a random source. */
    private record Route(String name, Function<Random, String> draw) {
    }

    private record Result(long[] nanos, int bad, String firstBad) {
    }

    /** GETs every path with {@code clients} threads, each taking the next path when its last answer is read. */
    private static Result run(HttpClient http, String base, List<String> paths, int clients) throws Exception {
        long[] nanos = new long[paths.size()];
        AtomicInteger next = new AtomicInteger();
        AtomicInteger bad = new AtomicInteger();
        String[] firstBad = new String[1];
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
                done.add(pool.submit(() -> {
                    for (int i = next.getAndIncrement(); i < paths.size(); i = next.getAndIncrement()) {
                        HttpRequest req = HttpRequest.newBuilder(URI.create(base + paths.get(i)))
                                .timeout(Duration.ofSeconds(60)).GET().build();
                        long t = System.nanoTime();
                        HttpResponse<byte[]> rsp = http.send(req, HttpResponse.BodyHandlers.ofByteArray());
                        nanos[i] = System.nanoTime() - t;
                        if (rsp.statusCode() != 200) {
                            bad.incrementAndGet();
                            synchronized (firstBad) {
                                if (firstBad[0] == null) {
                                    firstBad[0] = rsp.statusCode() + " for " + paths.get(i) + ": "
                                            + new String(rsp.body(), StandardCharsets.UTF_8).lines().findFirst()
                                            .orElse("");
                                }
                            }
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> f : done) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
        return new Result(nanos, bad.get(), firstBad[0]);
    }

    private static double pct(long[] sorted, double p) {
        return sorted[(int) Math.ceil(sorted.length * p) - 1] / 1e6;
    }

    private static <T> T pick(List<T> list, Random r) {
        return list.get(r.nextInt(list.size()));
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private static List<Person> people(JdbcStore store) {
        List<Person> out = new ArrayList<>();
        try (var st = store.connection().createStatement();
             var rs = st.executeQuery("SELECT pk, name, articles FROM entities WHERE type = 'PERSON' ORDER BY pk")) {
            while (rs.next()) {
                out.add(new Person(rs.getLong(1), rs.getString(2), rs.getLong(3)));
            }
            store.connection().commit();
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException("cannot list people in " + store.describe(), e);
        }
        if (out.isEmpty()) {
            throw new IllegalStateException("no people in " + store.describe());
        }
        return out;
    }

    /**
     * {@code n} search words: for each, a stored article drawn at random and one of its distinct words (letters and
     * digits, at least two characters) drawn at random, so names, places and the fixed words all occur.
     */
    private static List<String> words(JdbcStore store, Random random, int n) {
        List<String> ids = new ArrayList<>();
        try (var st = store.connection().createStatement();
             var rs = st.executeQuery("SELECT doc_id FROM articles ORDER BY pk")) {
            while (rs.next()) {
                ids.add(rs.getString(1));
            }
            store.connection().commit();
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException("cannot list articles in " + store.describe(), e);
        }
        List<String> out = new ArrayList<>();
        while (out.size() < n) {
            ArticleRecord rec = store.get(pick(ids, random)).orElseThrow();
            Set<String> distinct = new LinkedHashSet<>(Arrays.asList(rec.article().text().split("[^\\p{L}\\p{N}]+")));
            distinct.removeIf(w -> w.length() < 2);
            out.add(pick(new ArrayList<>(distinct), random));
        }
        return out;
    }
}

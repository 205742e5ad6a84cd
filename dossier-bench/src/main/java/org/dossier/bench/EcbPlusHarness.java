package org.dossier.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.dossier.export.DossierJson;
import org.dossier.model.ArticleRecord;
import org.dossier.model.Event;
import org.dossier.model.EventType;
import org.dossier.model.Factuality;
import org.dossier.model.Span;
import org.dossier.store.PutResult;
import org.dossier.store.StoreLocation;
import org.dossier.store.jdbc.ClusterExport;
import org.dossier.store.jdbc.JdbcStore;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The ECB+ harness of issue 11: stores the {@code dossier/1} records of an ECB+ split (as {@code dossier extract}
 * wrote them) into a fresh store through {@link JdbcStore#put}, the very path of {@code dossier ingest}, so the
 * store's event merger decides as it does at ingest, and writes the store's clusters ({@link ClusterExport}) for
 * {@code score_xdoc.py}. Extraction is not repeated, so a merger change is measured in seconds.
 *
 * <p>With {@code --gold-mentions} (the setting of Barhom et al. 2019) each record's events are replaced by the gold
 * event mentions of its article, read from the split's {@code topic-N.xdoc.json} files: a gold mention takes the
 * type, predicate, participants, place, date and factuality of the extracted event whose trigger holds its head,
 * else it is an {@code OTHER} event whose predicate is its head word. Gold clusters are never read: the merger sees
 * the mentions, not which of them corefer.
 *
 * <pre>
 * java -cp ... org.dossier.bench.EcbPlusHarness --bench ../shared/bench/ecbplus-dev --records DIR \
 *     --db /tmp/ecb.sqlite -o clusters.jsonl [--gold-mentions] [--compare]
 * </pre>
 *
 * <p>{@code --compare} also stores every record, right after, into a second store ({@code DB.no-merging}) without
 * event merging, and prints the time {@code put} took per article in both: what merging costs at ingest.
 */
public final class EcbPlusHarness {

    private static final ObjectMapper JSON = new ObjectMapper();

    private EcbPlusHarness() {
    }

    public static void main(String[] args) throws IOException {
        Path bench = null;
        Path records = null;
        Path db = null;
        Path out = null;
        boolean gold = false;
        boolean compare = false;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--bench" -> bench = Path.of(args[++i]);
                case "--records" -> records = Path.of(args[++i]);
                case "--db" -> db = Path.of(args[++i]);
                case "-o", "--output" -> out = Path.of(args[++i]);
                case "--gold-mentions" -> gold = true;
                case "--compare" -> compare = true;
                default -> throw new IllegalArgumentException("unknown argument " + args[i] + "; usage: --bench DIR "
                        + "--records DIR --db FILE -o CLUSTERS.jsonl [--gold-mentions]");
            }
        }
        if (bench == null || records == null || db == null || out == null) {
            throw new IllegalArgumentException("usage: --bench DIR --records DIR --db FILE -o CLUSTERS.jsonl "
                    + "[--gold-mentions]");
        }
        Files.deleteIfExists(db);
        Files.deleteIfExists(Path.of(db + "-wal"));
        Files.deleteIfExists(Path.of(db + "-shm"));
        Map<String, List<JsonNode>> goldMentions = gold ? goldEventMentions(bench) : Map.of();
        Path baseline = Path.of(db + ".no-merging");
        Files.deleteIfExists(baseline);
        Files.deleteIfExists(Path.of(baseline + "-wal"));
        Files.deleteIfExists(Path.of(baseline + "-shm"));
        long[] nanos = new long[2];
        List<Path> files;
        try (Stream<Path> s = Files.list(records)) {
            files = s.filter(p -> p.getFileName().toString().endsWith(".json")).sorted().toList();
        }
        long start = System.nanoTime();
        long events = 0;
        try (JdbcStore store = JdbcStore.open(new StoreLocation.Sqlite(db), Clock.systemUTC());
             JdbcStore without = compare ? JdbcStore.open(new StoreLocation.Sqlite(baseline), Clock.systemUTC()) : null) {
            int n = 0;
            for (Path f : files) {
                String name = f.getFileName().toString();
                String id = name.substring(0, name.length() - ".json".length());
                Path txt = bench.resolve(id + ".txt");
                String text = Files.readString(txt, StandardCharsets.UTF_8);
                ArticleRecord r = DossierJson.read(Files.readString(f, StandardCharsets.UTF_8), text, txt.toString());
                if (gold) {
                    r = withGoldEvents(r, goldMentions.getOrDefault(r.article().id(), List.of()));
                }
                events += r.events().size();
                long t0 = System.nanoTime();
                if (!(store.put(r) instanceof PutResult.Stored)) {
                    System.err.println("warning: " + id + " was not stored (a duplicate text)");
                }
                nanos[0] += System.nanoTime() - t0;
                if (compare) {
                    System.setProperty("dossier.bench.noEventMerging", "true");
                    try {
                        long t1 = System.nanoTime();
                        without.put(r);
                        nanos[1] += System.nanoTime() - t1;
                    } finally {
                        System.clearProperty("dossier.bench.noEventMerging");
                    }
                }
                if (++n % 50 == 0) {
                    System.err.printf(Locale.ROOT, "%d/%d articles%n", n, files.size());
                }
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            System.err.printf(Locale.ROOT, "stored %d articles, %d events in %.1f s (%.1f articles/s)%n", n, events,
                    seconds, n / seconds);
            if (compare) {
                System.err.printf(Locale.ROOT, "store.put per article, same records, interleaved: with event merging "
                        + "%.1f ms, without %.1f ms (merging %.1f ms per article)%n", nanos[0] / 1e6 / n,
                        nanos[1] / 1e6 / n, (nanos[0] - nanos[1]) / 1e6 / n);
            }
            try (BufferedWriter w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
                ClusterExport.Counts c = ClusterExport.write(store, line -> {
                    try {
                        w.write(line);
                        w.write('\n');
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
                System.err.println("wrote " + c.events() + " event clusters, " + c.entities() + " entity clusters, "
                        + c.times() + " time clusters to " + out);
            }
        }
    }

    /** Every gold event mention (scored or not) by article, from the split's topic files. */
    static Map<String, List<JsonNode>> goldEventMentions(Path bench) throws IOException {
        Map<String, List<JsonNode>> out = new HashMap<>();
        List<Path> topics;
        try (Stream<Path> s = Files.list(bench)) {
            topics = s.filter(p -> p.getFileName().toString().matches("topic-\\d+\\.xdoc\\.json")).sorted().toList();
        }
        for (Path t : topics) {
            JsonNode root = JSON.readTree(t.toFile());
            for (JsonNode cluster : root.path("events")) {
                for (JsonNode m : cluster.path("mentions")) {
                    out.computeIfAbsent(m.get("doc").asText(), k -> new ArrayList<>()).add(m);
                }
            }
            for (JsonNode m : root.path("unscored_mentions")) {
                if ("event".equals(m.path("kind").asText())) {
                    out.computeIfAbsent(m.get("doc").asText(), k -> new ArrayList<>()).add(m);
                }
            }
        }
        return out;
    }

    /** {@code r} with its events replaced by the gold mentions, in text order. */
    static ArticleRecord withGoldEvents(ArticleRecord r, List<JsonNode> mentions) {
        String text = r.article().text();
        List<JsonNode> sorted = new ArrayList<>(mentions);
        sorted.sort(Comparator.comparingInt((JsonNode m) -> m.get("start").asInt()).thenComparingInt(m -> m.get("end").asInt()));
        List<Event> events = new ArrayList<>();
        for (JsonNode m : sorted) {
            int start = m.get("start").asInt();
            int end = m.get("end").asInt();
            JsonNode head = m.path("head");
            int hs = head.path("start").asInt(start);
            int he = head.path("end").asInt(end);
            Event found = r.events().stream().filter(e -> e.trigger().start() <= hs && he <= e.trigger().end())
                    .findFirst().orElse(null);
            String id = "V" + (events.size() + 1);
            Span trigger = Span.of(text, start, end);
            if (found != null) {
                events.add(new Event(id, found.type(), found.cameo(), found.predicate(), trigger, found.sentence(),
                        found.participants(), found.location(), found.date(), found.timex(), found.factuality(),
                        found.attribution(), found.ace()));
            } else {
                events.add(new Event(id, EventType.OTHER, null, text.substring(hs, he).toLowerCase(Locale.ROOT),
                        trigger, m.path("sentence").asInt(0), List.of(), null, null, null, Factuality.ASSERTED, null,
                        null));
            }
        }
        return new ArticleRecord(r.article(), r.sha256(), r.entities(), r.timexes(), r.quotes(), r.claims(), events,
                r.warnings());
    }
}

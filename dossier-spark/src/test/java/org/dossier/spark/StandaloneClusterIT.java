package org.dossier.spark;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.dossier.corpus.ArticleTexts;
import org.dossier.corpus.RecordImport;
import org.dossier.export.DossierJson;
import org.dossier.model.ArticleRecord;
import org.dossier.store.Backends;
import org.dossier.store.StoreLocation;
import org.dossier.store.jdbc.JdbcStore;
import org.dossier.ingest.ArticleInput;
import org.dossier.ingest.ArticleReader;
import org.dossier.pipeline.DossierPipeline;
import org.dossier.pipeline.DossierPipelines;
import org.dossier.testing.Needs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.File;
import java.io.IOException;
import java.net.HttpURLConnection;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.time.Clock;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The job on a real standalone Spark deployment on loopback: a master and two workers, each in its own JVM started
 * from the Maven jars (a Spark installation's class path, {@code target/spark-installation.classpath}, laid out as
 * {@code SPARK_HOME/jars}), executors in JVMs of their own that the workers start, and the driver submitted with
 * {@code SparkSubmit} and the shaded job jar, as {@code spark-submit} does. The CoreNLP models jar sits on the
 * executors' class path ({@code spark.executor.extraClassPath}), as on nodes where it is installed. 24 PolNeAR-dev
 * articles and one bad one:
 * every record is what {@code dossier extract} makes of the article (computed here through the same reader and
 * pipeline), the bad article is in {@code errors}, each executor JVM built the pipeline exactly once, a second
 * run leaves the same output, and {@code dossier import} of the output (SQLite, and PostgreSQL when the tests have
 * one) leaves the store that ingest of the same articles leaves. The runs' throughput is printed, not asserted.
 */
class StandaloneClusterIT {

    static final int ARTICLES = 24;
    static final String EXECUTOR_MEMORY = "2g";
    static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void twoWorkersExtractAsExtractDoesOnceModelsPerExecutorAndReRunsIdempotently(@TempDir Path tmp) throws Exception {
        Path polnear = Needs.shared("bench/polnear-dev");
        Path input = Files.createDirectories(tmp.resolve("input"));
        List<Path> texts;
        try (Stream<Path> s = Files.list(polnear)) {
            texts = s.filter(p -> p.toString().endsWith(".txt")).sorted().limit(ARTICLES).toList();
        }
        assertThat(texts).hasSize(ARTICLES);
        for (Path t : texts) {
            Files.copy(t, input.resolve(t.getFileName()));
            Path meta = t.resolveSibling(ArticleReader.sidecarName(t.getFileName().toString()));
            if (Files.exists(meta)) {
                Files.copy(meta, input.resolve(meta.getFileName()));
            }
        }
        // the bad article: its text is not UTF-8
        Files.write(input.resolve("zz-bad.txt"), new byte[]{'O', 'k', ' ', (byte) 0xC3, (byte) 0x28, ' ', 'n', 'o', '.'});

        Path home = sparkHome(tmp.resolve("spark-home"));
        List<Process> cluster = new ArrayList<>();
        try {
            int masterPort = freePort();
            int masterUi = freePort();
            cluster.add(start(home, tmp.resolve("master.log"), "org.apache.spark.deploy.master.Master", "-Xmx384m",
                    "--host", "127.0.0.1", "--port", String.valueOf(masterPort), "--webui-port", String.valueOf(masterUi)));
            String master = "spark://127.0.0.1:" + masterPort;
            for (int w = 1; w <= 2; w++) {
                cluster.add(start(home, tmp.resolve("worker" + w + ".log"), "org.apache.spark.deploy.worker.Worker",
                        "-Xmx256m", "--host", "127.0.0.1", "--cores", "1", "--memory", "4g",
                        "--webui-port", String.valueOf(freePort()),
                        "--work-dir", Files.createDirectories(tmp.resolve("work" + w)).toString(), master));
            }
            awaitWorkers(masterUi, 2, tmp);

            Path out = tmp.resolve("output");
            submit(home, master, input, out, tmp.resolve("driver1.log"));
            List<String> records = JobOutput.lines(out.resolve("records"));
            List<String> errors = JobOutput.rows(out.resolve("errors"));
            List<String> ties = JobOutput.rows(out.resolve("entity_corpus"));
            List<String> corpusEntities = JobOutput.rows(out.resolve("corpus_entities"));
            JsonNode report = JSON.readTree(out.resolve("_dossier.json").toFile());
            System.out.printf("standalone, 2 workers x 1 core: run 1: %d articles in %.1f s%n",
                    report.get("articles").asInt(), report.get("seconds").asDouble());

            // the deployment: two executor JVMs, each built the pipeline (loaded the models) exactly once
            JsonNode builds = report.get("pipeline_builds");
            assertThat(builds.size()).as("executor JVMs that extracted: %s", builds).isEqualTo(2);
            builds.fields().forEachRemaining(e -> assertThat(e.getValue().asInt()).as(e.getKey()).isEqualTo(1));
            assertThat(report.get("records").asInt()).isEqualTo(ARTICLES);
            assertThat(report.get("errors").asInt()).isEqualTo(1);
            assertThat(errors).hasSize(1);
            assertThat(errors.get(0)).contains("zz-bad.txt").contains("UTF-8");
            assertThat(corpusEntities).isNotEmpty();
            assertThat(ties).hasSize(records.stream().mapToInt(l -> DossierJson.read(l, "-", "r").entities().size()).sum());
            for (String table : List.of("articles", "entities", "mentions", "timexes", "quotes", "claims", "events",
                    "participants")) {
                assertThat(JobOutput.parts(out.resolve(table))).as(table).isNotEmpty();
            }

            // a second run over the same input and output: the same output, no duplicates
            submit(home, master, input, out, tmp.resolve("driver2.log"));
            assertThat(JobOutput.lines(out.resolve("records"))).containsExactlyElementsOf(records);
            assertThat(JobOutput.rows(out.resolve("errors"))).containsExactlyElementsOf(errors);
            assertThat(JobOutput.rows(out.resolve("entity_corpus"))).containsExactlyInAnyOrderElementsOf(ties);
            assertThat(JobOutput.rows(out.resolve("corpus_entities"))).containsExactlyInAnyOrderElementsOf(corpusEntities);
            JsonNode report2 = JSON.readTree(out.resolve("_dossier.json").toFile());
            System.out.printf("standalone, 2 workers x 1 core: run 2: %d articles in %.1f s%n",
                    report2.get("articles").asInt(), report2.get("seconds").asDouble());
            JsonNode again = report2.get("pipeline_builds");
            again.fields().forEachRemaining(e -> assertThat(e.getValue().asInt()).as(e.getKey()).isEqualTo(1));
            assertThat(again.size()).isEqualTo(2);

            stop(cluster);
            // what `dossier extract --format jsonl` prints for the same articles: the same reader and pipeline
            DossierPipeline pipeline = DossierPipelines.standard();
            // (two threads sharing the pipeline, as `dossier extract --threads 2`)
            List<ArticleRecord> extracted = new ArticleReader(System.in).readAll(List.of(input.toString())).stream()
                    .filter(in -> in instanceof ArticleInput.Loaded).map(in -> (ArticleInput.Loaded) in).toList()
                    .parallelStream().map(l -> pipeline.process(l.article(), l.warnings())).toList();
            List<String> expected = extracted.stream().map(DossierJson::line).toList();
            assertThat(expected).hasSize(ARTICLES);
            assertThat(records).containsExactlyInAnyOrderElementsOf(expected);
            // the job's texts name the version of the code that extract runs, though the job jar relocates classes
            for (String line : JobOutput.lines(out.resolve("texts"))) {
                assertThat(ArticleTexts.parse(line, "texts").extractor()).isEqualTo(pipeline.version());
            }

            // `dossier import` of the job's output leaves the store that ingest of the same articles leaves: ingest
            // stores each extracted record with Store.put and the pipeline's version (CorpusIngest), in input order
            List<Function<Path, StoreLocation>> backends = new ArrayList<>();
            backends.add(d -> new StoreLocation.Sqlite(d.resolve("dossier.db")));
            Needs.postgresqlIfPresent().ifPresent(pg -> backends.add(d -> StoreLocation.parse(Backends.postgresqlUrl(pg))));
            for (Function<Path, StoreLocation> backend : backends) {
                List<String> ingested = new ArrayList<>();
                try (JdbcStore a = JdbcStore.open(backend.apply(Files.createTempDirectory(tmp, "ingest")), Clock.systemUTC())) {
                    extracted.forEach(r -> a.put(r, pipeline.version()));
                    a.forEach(r -> ingested.add(DossierJson.line(r)));
                }
                try (JdbcStore b = JdbcStore.open(backend.apply(Files.createTempDirectory(tmp, "import")), Clock.systemUTC())) {
                    List<String> failures = new ArrayList<>();
                    RecordImport.Summary s = new RecordImport(b).run(RecordImport.files(out.resolve("records")),
                            RecordImport.files(out.resolve("texts")), new RecordImport.Listener() {
                                public void stored(String origin, String id) {
                                }

                                public void alreadyStored(String origin, String id, String existingId) {
                                }

                                public void failed(String origin, String message) {
                                    failures.add(message);
                                }
                            });
                    assertThat(failures).isEmpty();
                    assertThat(s.stored()).isEqualTo(ARTICLES);
                    List<String> imported = new ArrayList<>();
                    b.forEach(r -> imported.add(DossierJson.line(r)));
                    assertThat(imported).as(b.describe()).isEqualTo(ingested);
                    assertThat(b.idsExtractedOtherThan(pipeline.version())).isEmpty();
                    assertThat(b.check().problems()).isEmpty();
                }
            }
        } finally {
            stop(cluster);
        }
    }

    /** A Spark installation as the workers expect one: {@code SPARK_HOME/jars/*}, here links to the Maven jars. */
    static Path sparkHome(Path home) throws IOException {
        Path jars = Files.createDirectories(home.resolve("jars"));
        String cp = Files.readString(Path.of(System.getProperty("dossier.spark.installation"))).strip();
        for (String jar : cp.split(File.pathSeparator)) {
            Path j = Path.of(jar);
            Path link = jars.resolve(j.getFileName());
            if (!Files.exists(link)) {
                Files.createSymbolicLink(link, j);
            }
        }
        return home;
    }

    static List<String> javaOptions() {
        return Arrays.stream(System.getProperty("dossier.spark.javaOptions", "").split("\\s+"))
                .filter(s -> !s.isBlank()).toList();
    }

    static Process start(Path home, Path log, String mainClass, String heap, String... args) throws IOException {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.add(heap);
        cmd.addAll(javaOptions());
        cmd.add("-cp");
        cmd.add(home.resolve("jars") + File.separator + "*");
        cmd.add(mainClass);
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile());
        Map<String, String> env = pb.environment();
        env.put("SPARK_HOME", home.toString());
        env.put("SPARK_SCALA_VERSION", "2.12");
        env.put("SPARK_LOCAL_IP", "127.0.0.1");
        env.put("SPARK_LOCAL_HOSTNAME", "localhost");
        return pb.start();
    }

    /** Runs the driver as spark-submit does (client mode) and waits for it; fails with its log when it fails. */
    static void submit(Path home, String master, Path input, Path output, Path log) throws Exception {
        String models = Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(p -> p.contains("stanford-corenlp") && p.endsWith("-models.jar")).findFirst().orElseThrow();
        Process driver = start(home, log, "org.apache.spark.deploy.SparkSubmit", "-Xmx1g",
                "--master", master, "--deploy-mode", "client",
                "--class", DossierSparkJob.class.getName(),
                "--conf", "spark.executor.memory=" + EXECUTOR_MEMORY,
                "--conf", "spark.executor.cores=1",
                "--conf", "spark.cores.max=2",
                "--conf", "spark.executor.extraClassPath=" + models,
                "--conf", "spark.scheduler.minRegisteredResourcesRatio=1.0",
                "--conf", "spark.scheduler.maxRegisteredResourcesWaitingTime=120s",
                "--conf", "spark.ui.enabled=false",
                "--conf", "spark.driver.host=127.0.0.1",
                // the executors' peak heap and resident memory, for the sizing rule of docs/spark.md
                "--conf", "spark.eventLog.enabled=true",
                "--conf", "spark.eventLog.dir=" + Files.createDirectories(log.resolveSibling("events")).toUri(),
                "--conf", "spark.eventLog.logStageExecutorMetrics=true",
                "--conf", "spark.executor.processTreeMetrics.enabled=true",
                "--conf", "spark.executor.metrics.pollingInterval=1s",
                System.getProperty("dossier.spark.jobJar"),
                "--input", input.toString(), "--output", output.toString(), "--format", "parquet");
        long t0 = System.nanoTime();
        if (!driver.waitFor(15, TimeUnit.MINUTES)) {
            driver.destroyForcibly();
            throw new AssertionError("the job did not finish in 15 minutes; log: " + tail(log));
        }
        assertThat(driver.exitValue()).as("driver exit code; log: %s", tail(log)).isZero();
        System.out.printf("standalone, 2 workers x 1 core: spark-submit took %.1f s in all%n",
                (System.nanoTime() - t0) / 1e9);
        executorPeaks(log.resolveSibling("events")).forEach((executor, peak) -> System.out.printf(
                "standalone: executor %s (heap %s): peak heap used %d MB, peak resident %d MB%n", executor,
                EXECUTOR_MEMORY, peak[0] >> 20, peak[1] >> 20));
    }

    /** Each executor's peak JVM heap used and peak resident memory (bytes), from the runs' event logs. */
    static Map<String, long[]> executorPeaks(Path events) throws IOException {
        Map<String, long[]> peaks = new java.util.TreeMap<>();
        try (Stream<Path> logs = Files.list(events)) {
            for (Path f : logs.toList()) {
                for (String line : Files.readAllLines(f, StandardCharsets.UTF_8)) {
                    if (!line.contains("SparkListenerStageExecutorMetrics")) {
                        continue;
                    }
                    JsonNode e = JSON.readTree(line);
                    String id = f.getFileName() + "/" + e.path("Executor ID").asText();
                    if (e.path("Executor ID").asText().equals("driver")) {
                        continue;
                    }
                    long[] p = peaks.computeIfAbsent(id, k -> new long[2]);
                    p[0] = Math.max(p[0], e.path("Executor Metrics").path("JVMHeapMemory").asLong());
                    p[1] = Math.max(p[1], e.path("Executor Metrics").path("ProcessTreeJVMRSSMemory").asLong());
                }
            }
        }
        return peaks;
    }

    static void awaitWorkers(int masterUi, int n, Path tmp) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (System.nanoTime() < deadline) {
            try {
                HttpURLConnection c = (HttpURLConnection) URI.create("http://127.0.0.1:" + masterUi + "/json/")
                        .toURL().openConnection();
                c.setConnectTimeout(1000);
                c.setReadTimeout(2000);
                JsonNode state = JSON.readTree(c.getInputStream());
                if (state.path("aliveworkers").asInt() >= n) {
                    return;
                }
            } catch (IOException notYet) {
                // the master is still starting
            }
            Thread.sleep(500);
        }
        throw new AssertionError(n + " workers did not register in 120 s; master log: " + tail(tmp.resolve("master.log"))
                + "\nworker log: " + tail(tmp.resolve("worker1.log")));
    }

    static void stop(List<Process> processes) throws InterruptedException {
        for (Process p : processes) {
            p.descendants().forEach(ProcessHandle::destroy);
            p.destroy();
        }
        for (Process p : processes) {
            if (!p.waitFor(20, TimeUnit.SECONDS)) {
                p.descendants().forEach(ProcessHandle::destroyForcibly);
                p.destroyForcibly();
            }
        }
        processes.clear();
    }

    static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }

    static String tail(Path log) {
        try {
            List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size()));
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }
}

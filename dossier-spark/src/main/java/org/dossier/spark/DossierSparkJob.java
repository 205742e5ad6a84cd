package org.dossier.spark;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FSDataOutputStream;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;
import org.apache.spark.util.CollectionAccumulator;
import org.apache.spark.util.LongAccumulator;
import org.dossier.export.DossierJson;
import org.dossier.model.ArticleRecord;
import org.dossier.corpus.ArticleTexts;
import org.dossier.pipeline.DossierPipeline;
import org.dossier.pipeline.OrderedWork;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import static org.apache.spark.sql.functions.col;

/**
 * The Dossier job: {@code spark-submit --class org.dossier.spark.DossierSparkJob dossier-spark-job.jar --input URI…
 * --output URI [--format parquet|jsonl]}. Reads the articles under the inputs (the formats of {@code dossier extract}
 * and {@code dossier ingest}, from any Hadoop file system), extracts each with the pipeline of its executor JVM
 * (built once per JVM, {@link ExecutorPipeline}) and writes under the output:
 * <ul>
 *   <li>{@code records/}: one {@code dossier/1} JSON line per article, byte for byte what {@code dossier extract
 *       --format jsonl} prints for it, sorted by article id; {@code texts/}: the articles' texts, which records do
 *       not carry ({@link ArticleTexts}), for {@code dossier import};</li>
 *   <li>the tables of {@link Tables} ({@code articles}, {@code entities}, {@code mentions}, {@code timexes},
 *       {@code quotes}, {@code claims}, {@code events}, {@code participants}), and {@code errors} (articles that could
 *       not be read or extracted, with the reason: they do not fail the job);</li>
 *   <li>{@code corpus_entities} and {@code entity_corpus} ({@link CorpusStage}): the store's cross-article entity
 *       merging, each article entity's corpus entity with the reason;</li>
 *   <li>{@code _dossier.json}: what the run did, written last.</li>
 * </ul>
 * Every output is replaced as a whole through Spark's output committer, so a re-run over the same input and output,
 * a retried or a speculative task leaves no duplicates.
 */
public final class DossierSparkJob {

    /** The job's options. */
    public record Options(List<String> inputs, String output, String format, int partitions, String annotationCache,
                          String master, String pipelineFactory) {
        public Options(List<String> inputs, String output, String format, int partitions, String annotationCache,
                       String master) {
            this(inputs, output, format, partitions, annotationCache, master, null);
        }
    }

    /** What a run did. */
    public record Summary(long articles, long records, long errors, long corpusEntities,
                          Map<String, Integer> pipelineBuilds, Map<String, Double> pipelineBuildSeconds,
                          Duration took, List<Phases.Phase> phases) {
    }

    private DossierSparkJob() {
    }

    public static void main(String[] args) {
        Options o;
        try {
            o = parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println("dossier-spark: " + e.getMessage());
            System.err.println(USAGE);
            System.exit(2);
            return;
        }
        if (o == null) {
            System.out.println(USAGE);
            return;
        }
        DriverJvm.watch();
        double toMain = (System.currentTimeMillis()
                - java.lang.management.ManagementFactory.getRuntimeMXBean().getStartTime()) / 1000.0;
        long t0 = System.nanoTime();
        SparkSession.Builder b = SparkSession.builder().appName("dossier");
        if (o.master() != null) {
            b.master(o.master());
        }
        try (SparkSession spark = b.getOrCreate()) {
            Map<String, Double> before = new java.util.LinkedHashMap<>();
            before.put("JVM start to main", toMain);
            before.put("Spark session start", (System.nanoTime() - t0) / 1e9);
            Summary s = run(spark, o, System.err, before);
            System.err.println(describe(s, o.output()));
            System.err.println(Phases.describe(s.phases()));
            System.err.println(DriverJvm.now().describe());
        }
    }

    static final String USAGE = """
            usage: DossierSparkJob --input URI [--input URI …] --output URI [--format parquet|jsonl]
                                   [--partitions N] [--annotation-cache DIR] [--master URL]
              --input             articles: a .txt file (NAME.meta.json beside it), a .jsonl file (one article object
                                  per line, with "text"), a .warc or .warc.gz file, a folder of them, or a glob; any
                                  Hadoop file system URI (file:, hdfs:, s3a:, gs:, abfs:)
              --output            folder for records/, the tables, errors/, corpus_entities/, entity_corpus/ and
                                  _dossier.json; replaced as a whole on each run
              --format            the tables' format: parquet (default) or jsonl; records/ is always JSON Lines
              --partitions        extraction tasks (default: one per input file, from 4 to 32 per core)
              --annotation-cache  a folder every executor reaches: CoreNLP annotations kept and reused there
              --master            the Spark master when not given by spark-submit (e.g. local[2])""";

    /** Parses the command line; {@code null} for {@code --help}. */
    static Options parse(String[] args) {
        List<String> inputs = new ArrayList<>();
        String output = null;
        String format = "parquet";
        int partitions = 0;
        String cache = null;
        String master = null;
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (a.equals("-h") || a.equals("--help")) {
                return null;
            }
            if (!List.of("--input", "--output", "--format", "--partitions", "--annotation-cache", "--master").contains(a)) {
                throw new IllegalArgumentException("unknown option '" + a + "'");
            }
            if (i + 1 >= args.length) {
                throw new IllegalArgumentException(a + " needs a value");
            }
            String v = args[++i];
            switch (a) {
                case "--input" -> inputs.add(v);
                case "--output" -> output = v;
                case "--format" -> {
                    format = v.toLowerCase(Locale.ROOT);
                    if (!format.equals("parquet") && !format.equals("jsonl")) {
                        throw new IllegalArgumentException("--format is parquet or jsonl, not '" + v + "'");
                    }
                }
                case "--partitions" -> {
                    try {
                        partitions = Integer.parseInt(v);
                    } catch (NumberFormatException e) {
                        partitions = -1;
                    }
                    if (partitions < 1) {
                        throw new IllegalArgumentException("--partitions is a whole number of at least 1, not '" + v + "'");
                    }
                }
                case "--annotation-cache" -> cache = v;
                case "--master" -> master = v;
                default -> throw new IllegalStateException(a);
            }
        }
        if (inputs.isEmpty()) {
            throw new IllegalArgumentException("no --input; name the articles to read");
        }
        if (output == null) {
            throw new IllegalArgumentException("no --output; name the folder to write");
        }
        return new Options(List.copyOf(inputs), output, format, partitions, cache, master);
    }

    /** Runs the job on {@code spark}; progress and the run's report go to {@code log}. */
    public static Summary run(SparkSession spark, Options o, PrintStream log) {
        return run(spark, o, log, Map.of());
    }

    /** {@link #run(SparkSession, Options, PrintStream)}, with phases timed before it (the JVM's and session's start). */
    static Summary run(SparkSession spark, Options o, PrintStream log, Map<String, Double> before) {
        Instant start = Instant.now();
        JavaSparkContext sc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        Phases phases = new Phases(spark.sparkContext());
        before.forEach(phases::add);
        phases.start("list input");
        Configuration conf = sc.hadoopConfiguration();
        List<InputFile> files;
        try {
            files = InputFile.list(conf, o.inputs());
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot list the input (" + e.getMessage() + "); check the URIs", e);
        }
        log.println("dossier-spark: " + files.size() + " input files");
        int partitions = o.partitions() > 0 ? o.partitions() : defaultPartitions(sc.defaultParallelism(), files.size());
        Broadcast<SerializableConf> hadoop = sc.broadcast(new SerializableConf(conf));
        ExecutorPipeline pipeline = new ExecutorPipeline(o.annotationCache(), o.pipelineFactory());
        CollectionAccumulator<String> builds = sc.sc().collectionAccumulator("dossier pipeline builds");
        LongAccumulator articles = sc.sc().longAccumulator("dossier articles");
        LongAccumulator tasks = sc.sc().longAccumulator("dossier extraction tasks");

        // A text file holds one article: the files, spread over the tasks, are the articles, and extraction runs in
        // the task that read them. A JSON Lines or WARC file holds many: its articles are spread over the tasks
        // (a shuffle of the texts), so that one big file does not make one long task.
        boolean containers = files.stream().anyMatch(f -> f.kind() == InputFile.Kind.JSONL
                || f.kind() == InputFile.Kind.WARC);
        int readTasks = Math.max(1, Math.min(files.size(), partitions));
        JavaRDD<ArticleItem> items = sc.parallelize(files, readTasks)
                .flatMap(f -> {
                    List<ArticleItem> out = new ArrayList<>();
                    ArticleItem.read(f, hadoop.value().get(), out::add);
                    return out.iterator();
                });
        int extractTasks = containers ? partitions : readTasks;
        JavaRDD<Extracted> extracted = (containers ? items.repartition(partitions) : items)
                .mapPartitions(it -> extract(it, pipeline, builds, articles, tasks))
                .persist(StorageLevel.MEMORY_AND_DISK_SER());
        Thread progress = progress(log, articles, tasks, extractTasks);
        try {
            phases.start("extract");
            // the one pass over the articles, kept: everything after it reads the extraction kept here. Each task
            // counts its records and errors and their characters (for sizing the outputs).
            org.apache.spark.api.java.JavaFutureAction<List<long[]>> extraction = extracted.mapPartitions(it -> {
                long[] c = new long[4];
                while (it.hasNext()) {
                    Extracted e = it.next();
                    if (e.ok()) {
                        c[0]++;
                        c[2] += e.line().length() + e.textLine().length();
                    } else {
                        c[1]++;
                        c[3] += e.origin().length() + e.message().length();
                    }
                }
                return List.of(c).iterator();
            }).collectAsync();
            // while the executors extract, the driver readies what follows, which needs none of their results: Spark
            // SQL's session (analyzer, catalog) and the analysed plans of the records and errors
            int cores = Math.max(1, spark.sparkContext().defaultParallelism());
            // reading the kept extraction back takes no more tasks than there are cores (each reads several of its
            // small blocks; locality is kept where the blocks are)
            JavaRDD<Extracted> kept = extracted.getNumPartitions() > cores ? extracted.coalesce(cores) : extracted;
            StructType recordSchema = Tables.schema("id", DataTypes.StringType, "origin", DataTypes.StringType,
                    "line", DataTypes.StringType, "text", DataTypes.StringType, "text_line", DataTypes.StringType);
            Dataset<Row> recordRows = spark.createDataFrame(kept.filter(Extracted::ok)
                    .map(e -> RowFactory.create(e.id(), e.origin(), e.line(), e.text(), e.textLine())), recordSchema);
            Dataset<Row> errorRows = spark.createDataFrame(kept.filter(e -> !e.ok())
                    .map(e -> RowFactory.create(e.origin(), e.stage(), e.message())), Tables.ERRORS);
            long[] counts = new long[4];
            try {
                for (long[] c : extraction.get()) {
                    for (int i = 0; i < counts.length; i++) {
                        counts[i] += c[i];
                    }
                }
            } catch (java.util.concurrent.ExecutionException e) {
                throw e.getCause() instanceof RuntimeException r ? r
                        : new IllegalStateException("the extraction failed: " + e.getCause().getMessage(), e.getCause());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                extraction.cancel(true);
                throw new IllegalStateException("interrupted while extracting", e);
            }
            progress.interrupt();
            return write(spark, o, extracted, recordRows, errorRows, counts, builds, start, log, phases);
        } finally {
            progress.interrupt();
            extracted.unpersist(false);
        }
    }

    /** Bytes of output per task and file when writing: files of this size are what readers of the tables want. */
    static final long OUTPUT_BYTES_PER_TASK = 128L << 20;

    /**
     * Tasks (and files) for writing {@code bytes} of output: one per {@link #OUTPUT_BYTES_PER_TASK}, at least one.
     * The extraction's tasks are small, for balance; writing that many files of a few rows each would cost a task
     * and a file writer per file and table for nothing, and leave readers thousands of small files.
     */
    static int outputTasks(long bytes) {
        return (int) Math.max(1, (bytes + OUTPUT_BYTES_PER_TASK - 1) / OUTPUT_BYTES_PER_TASK);
    }

    /**
     * Extraction tasks when {@code --partitions} is not given: small tasks, so that no core idles while another
     * finishes a long one at the end (one article takes seconds), but not so many that scheduling costs count: one
     * per input file up to 32 per core, and at least 4 per core (a few large JSON Lines or WARC files hold many
     * articles each).
     */
    static int defaultPartitions(int cores, int files) {
        return Math.max(Math.max(1, cores * 4), Math.min(files, cores * 32));
    }

    /**
     * Prints, every 15 s while the articles are extracted, how many are done (as tasks finish: accumulators reach the
     * driver with their task), the rate and the ETA from the tasks left.
     */
    private static Thread progress(PrintStream log, LongAccumulator articles, LongAccumulator tasks, int partitions) {
        long t0 = System.nanoTime();
        Thread t = new Thread(() -> {
            try {
                while (true) {
                    Thread.sleep(15_000);
                    long done = tasks.value();
                    double secs = (System.nanoTime() - t0) / 1e9;
                    String eta = done == 0 || done >= partitions ? ""
                            : String.format(Locale.ROOT, ", ETA %.0f s", secs / done * (partitions - done));
                    log.printf(Locale.ROOT, "dossier-spark: %d articles extracted (%d of %d tasks), %.2f/s, %.0f s "
                            + "elapsed%s%n", articles.value(), done, partitions, articles.value() / secs, secs, eta);
                    if (done >= partitions) {
                        return;
                    }
                }
            } catch (InterruptedException e) {
                // the run is over
            }
        }, "dossier-progress");
        t.setDaemon(true);
        t.start();
        return t;
    }

    private static Iterator<Extracted> extract(Iterator<ArticleItem> items, ExecutorPipeline spec,
                                               CollectionAccumulator<String> builds, LongAccumulator articles,
                                               LongAccumulator tasks) {
        List<Extracted> out = new ArrayList<>();
        while (items.hasNext()) {
            ArticleItem item = items.next();
            if (!item.ok()) {
                out.add(new Extracted(null, item.origin(), null, null, null, "read", item.failure()));
                continue;
            }
            try {
                DossierPipeline p = spec.get();
                ArticleRecord r = p.process(item.article(), item.warnings());
                out.add(new Extracted(r.article().id(), item.origin(), DossierJson.line(r), item.text(),
                        ArticleTexts.line(r.article().id(), r.sha256(), JobJarVersion.of(p.version()), item.text()), null, null));
            } catch (RuntimeException | StackOverflowError e) {
                out.add(new Extracted(item.id(), item.origin(), null, null, null, "extract",
                        OrderedWork.failureMessage(item.origin(), e)));
            }
        }
        if (ExecutorPipeline.builds() > 0) {
            builds.add(ExecutorPipeline.jvm() + "\t" + ExecutorPipeline.builds() + "\t"
                    + ExecutorPipeline.buildSeconds());
        }
        articles.add(out.size());
        tasks.add(1);
        return out.iterator();
    }

    private static Summary write(SparkSession spark, Options o, JavaRDD<Extracted> extracted, Dataset<Row> recordRows,
                                 Dataset<Row> errorRows, long[] counts,
                                 CollectionAccumulator<String> builds, Instant start, PrintStream log,
                                 Phases phases) {
        String out = o.output().endsWith("/") ? o.output() : o.output() + "/";
        long recordCount = counts[0];
        long errorCount = counts[1];
        int outputs = outputTasks(counts[2]);
        Dataset<Row> records = sorted(recordRows, outputs, col("id"), col("origin"), col("line"))
                .persist(StorageLevel.MEMORY_AND_DISK_SER());
        try {
            // The outputs are independent Spark jobs of a few tasks each: they run at the same time, from threads of
            // the driver, so that the cores (a cluster's, or local[N]'s) and the driver's own planning of each job
            // are not spent one job after the other. The corpus stage (one task, the longest) starts at once, from
            // the kept extraction; the records are sorted, kept and written beside it, with the errors; texts and
            // the tables, which read the sorted records, start when those are kept.
            String group = "outputs";
            phases.start(group);
            java.util.concurrent.CompletableFuture<Void> recordsKept = new java.util.concurrent.CompletableFuture<>();
            java.util.concurrent.atomic.AtomicLong corpusEntities = new java.util.concurrent.atomic.AtomicLong();
            List<java.util.concurrent.Callable<Object>> work = new ArrayList<>();
            work.add(() -> phases.time(group, "corpus stage", () -> {
                corpusEntities.set(corpusStage(recordRows, o, out, phases, "corpus stage"));
                return null;
            }));
            work.add(() -> {
                try {
                    return phases.time(group, "records (sorted, kept)", () -> {
                        records.select("line").write().mode(SaveMode.Overwrite).option("compression", "none")
                                .text(out + "records");
                        log.println("dossier-spark: " + recordCount + " records written to " + out + "records");
                        return null;
                    });
                } catch (Exception | Error e) {
                    recordsKept.completeExceptionally(e);
                    throw e;
                } finally {
                    recordsKept.complete(null);
                }
            });
            work.add(() -> phases.time(group, "errors", () -> {
                table(sorted(errorRows, outputTasks(counts[3]), col("origin")), o, out + "errors");
                return null;
            }));
            work.add(afterRecords(recordsKept, () -> phases.time(group, "texts", () -> {
                records.select("text_line").write().mode(SaveMode.Overwrite).option("compression", "none")
                        .text(out + "texts");
                return null;
            })));
            for (int i = 0; i < Tables.ALL.size(); i++) {
                int t = i;
                Tables.Table table = Tables.ALL.get(i);
                work.add(afterRecords(recordsKept, () -> phases.time(group, table.name(), () -> {
                    Dataset<Row> rows = records.mapPartitions(
                            (org.apache.spark.api.java.function.MapPartitionsFunction<Row, Row>) it -> {
                                List<Row> rs = new ArrayList<>();
                                while (it.hasNext()) {
                                    Row r = it.next();
                                    rs.addAll(Tables.ALL.get(t).rows().apply(DossierJson.read(r.getString(2),
                                            r.getString(3), r.getString(1))));
                                }
                                return rs.iterator();
                            }, Encoders.row(table.schema()));
                    table(rows, o, out + table.name());
                    return null;
                })));
            }
            concurrently(work);
            phases.end();

            Map<String, Integer> perJvm = new TreeMap<>();
            Map<String, Double> buildSecs = new TreeMap<>();
            for (String s : builds.value()) {
                String[] f = s.split("\t");
                perJvm.merge(f[0], Integer.parseInt(f[1]), Math::max);
                buildSecs.merge(f[0], Double.parseDouble(f[2]), Math::max);
            }
            Summary s = new Summary(recordCount + errorCount, recordCount, errorCount, corpusEntities.get(), perJvm,
                    buildSecs, Duration.between(start, Instant.now()), phases.list());
            report(spark, out, o, s);
            return s;
        } finally {
            records.unpersist(false);
        }
    }

    /**
     * The corpus stage: one task over every record in the order of records/ (one partition, sorted there: the merge
     * is sequential by nature); writes {@code corpus_entities} and {@code entity_corpus}; the number of corpus
     * entities. Only the records' lines go to that task (the merge reads entities, dates and checksums, not the
     * texts). The stage runs once, kept, in a first job that counts its rows; the two tables are then written from
     * the kept rows at the same time.
     */
    private static long corpusStage(Dataset<Row> recordRows, Options o, String out, Phases phases, String phase) {
        Dataset<Row> inOrder = recordRows.select("id", "origin", "line").repartition(1)
                .sortWithinPartitions(col("id"), col("origin"), col("line"));
        Dataset<Row> corpus = inOrder.select("id", "line")
                .mapPartitions((org.apache.spark.api.java.function.MapPartitionsFunction<Row, Row>) CorpusStage::run,
                        Encoders.row(CorpusStage.SCHEMA))
                .persist(StorageLevel.MEMORY_AND_DISK_SER());
        try {
            long entityCount = corpus.filter(col("kind").equalTo("entity")).count();   // runs the stage, kept
            Dataset<Row> entities = corpus.filter(col("kind").equalTo("entity"))
                    .select("corpus_entity", "type", "name", "articles", "first_seen", "last_seen", "keys");
            Dataset<Row> ties = corpus.filter(col("kind").equalTo("tie"))
                    .select("article_id", "entity_id", "corpus_entity", "reason");
            concurrently(List.of(
                    () -> phases.tagged(phase, () -> table(entities, o, out + "corpus_entities")),
                    () -> phases.tagged(phase, () -> table(ties, o, out + "entity_corpus"))));
            return entityCount;
        } finally {
            corpus.unpersist(false);
        }
    }

    /** {@code work}, once the sorted records are kept (or not at all, when that failed). */
    private static java.util.concurrent.Callable<Object> afterRecords(
            java.util.concurrent.CompletableFuture<Void> recordsKept, java.util.concurrent.Callable<Object> work) {
        return () -> {
            recordsKept.join();
            return work.call();
        };
    }

    /**
     * Runs {@code work} on driver threads at the same time and waits for all; the first failure is thrown once all
     * have ended, so that no job is left running behind a failed run.
     */
    private static void concurrently(List<java.util.concurrent.Callable<Object>> work) {
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(
                work.size(), r -> {
                    Thread t = new Thread(r, "dossier-output");
                    t.setDaemon(true);
                    return t;
                });
        try {
            List<java.util.concurrent.Future<Object>> running = new ArrayList<>();
            for (var w : work) {
                running.add(pool.submit(w));
            }
            RuntimeException failure = null;
            for (var f : running) {
                try {
                    f.get();
                } catch (java.util.concurrent.ExecutionException e) {
                    Throwable c = e.getCause() instanceof java.util.concurrent.CompletionException ce
                            && ce.getCause() != null ? ce.getCause() : e.getCause();
                    if (failure == null) {
                        failure = c instanceof RuntimeException r ? r : new IllegalStateException(c.getMessage(), c);
                    } else {
                        failure.addSuppressed(c);
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("interrupted while writing the outputs", e);
                }
            }
            if (failure != null) {
                throw failure;
            }
        } finally {
            pool.shutdown();
        }
    }

    /**
     * {@code rows} sorted by {@code keys} over {@code tasks} partitions: ranges of keys, each sorted. With one task
     * there is nothing to sample for the ranges; with more, Spark samples the keys first.
     */
    private static Dataset<Row> sorted(Dataset<Row> rows, int tasks, org.apache.spark.sql.Column... keys) {
        return rows.repartitionByRange(tasks, keys).sortWithinPartitions(keys);
    }

    private static String format(Options o) {
        return o.format().equals("jsonl") ? "json" : "parquet";
    }

    private static void table(Dataset<Row> rows, Options o, String path) {
        rows.write().mode(SaveMode.Overwrite).format(format(o)).save(path);
    }

    /** Writes {@code _dossier.json}: the run's counts, the executors' pipeline builds and how long it took. */
    private static void report(SparkSession spark, String out, Options o, Summary s) {
        ObjectMapper json = new ObjectMapper();
        ObjectNode root = json.createObjectNode();
        root.put("articles", s.articles());
        root.put("records", s.records());
        root.put("errors", s.errors());
        root.put("corpus_entities", s.corpusEntities());
        root.put("format", o.format());
        ObjectNode jvms = root.putObject("pipeline_builds");
        s.pipelineBuilds().forEach(jvms::put);
        ObjectNode buildSeconds = root.putObject("pipeline_build_seconds");
        s.pipelineBuildSeconds().forEach((k, v) -> buildSeconds.put(k, Math.round(v * 1000) / 1000.0));
        root.put("seconds", s.took().toMillis() / 1000.0);
        DriverJvm.now().put(root.putObject("driver_jvm"));
        var phases = root.putArray("phases");
        for (Phases.Phase p : s.phases()) {
            ObjectNode phase = phases.addObject().put("phase", p.name());
            if (p.within() != null) {
                phase.put("within", p.within());
            }
            phase.put("seconds", Math.round(p.seconds() * 1000) / 1000.0)
                    .put("spark_jobs", p.jobs()).put("stages", p.stages()).put("tasks", p.tasks())
                    .put("task_seconds", Math.round(p.taskSeconds() * 1000) / 1000.0);
        }
        Path p = new Path(out + "_dossier.json");
        try {
            FileSystem fs = p.getFileSystem(spark.sparkContext().hadoopConfiguration());
            try (FSDataOutputStream os = fs.create(p, true)) {
                os.write(json.writerWithDefaultPrettyPrinter().writeValueAsString(root).getBytes(StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new IllegalStateException(p + ": cannot write the run's report (" + e.getMessage() + ")", e);
        }
    }

    /** The run in one paragraph, for the console. */
    public static String describe(Summary s, String output) {
        return String.format(Locale.ROOT, "dossier-spark: %d articles in %.1f s: %d records, %d errors, %d corpus "
                        + "entities, written to %s; pipelines built per executor JVM: %s", s.articles(),
                s.took().toMillis() / 1000.0, s.records(), s.errors(), s.corpusEntities(), output, s.pipelineBuilds());
    }
}

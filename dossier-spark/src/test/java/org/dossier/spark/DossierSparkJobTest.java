package org.dossier.spark;

import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.dossier.corpus.RecordImport;
import org.dossier.export.DossierJson;
import org.dossier.ingest.ArticleInput;
import org.dossier.ingest.ArticleReader;
import org.dossier.pipeline.DossierPipeline;
import org.dossier.store.StoreLocation;
import org.dossier.store.jdbc.JdbcStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.PrintStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The job in {@code local[2]} with a model-free pipeline (the real models run in {@link StandaloneClusterIT}):
 * records identical to extract's, bad input in {@code errors}, flat tables, the corpus stage making the store's
 * decisions, and a second run leaving the same output.
 */
class DossierSparkJobTest {

    static SparkSession spark;
    static final PrintStream QUIET = new PrintStream(OutputStream.nullOutputStream());

    @BeforeAll
    static void start() {
        spark = SparkSession.builder().master("local[2]").appName("dossier-test")
                .config("spark.ui.enabled", "false").config("spark.sql.shuffle.partitions", "4").getOrCreate();
    }

    @AfterAll
    static void stop() {
        spark.stop();
    }

    /** Articles whose capitalized words make persons that merge across articles only with evidence. */
    static Path corpus(Path dir) throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        write(in.resolve("a1.txt"), "Zelensky met Biden and Macron in Kyiv.");
        write(in.resolve("a1.meta.json"), "{\"id\": \"kyiv-1\", \"published\": \"2024-12-18\", \"title\": \"One\"}");
        write(in.resolve("a2.txt"), "Biden spoke with Zelensky again.");
        write(in.resolve("a2.meta.json"), "{\"id\": \"kyiv-2\", \"published\": \"2024-12-19\"}");
        write(in.resolve("a3.txt"), "Macron alone in Paris.");
        write(in.resolve("a4.txt"), "Zelensky met Biden and Macron in Kyiv.");   // a1's text again
        write(in.resolve("empty.txt"), "   \n");                                      // the bad one
        Path sub = Files.createDirectories(in.resolve("more"));
        write(sub.resolve("feed.jsonl"), "{\"id\": \"j1\", \"text\": \"Scholz and Macron in Berlin.\", \"published\": \"2024-12-20\"}\n"
                + "not json\n{\"text\": \"Macron met Scholz.\"}\n");
        return in;
    }

    static void write(Path p, String s) throws Exception {
        Files.writeString(p, s, StandardCharsets.UTF_8);
    }

    @Test
    void recordsAreExtractsErrorsAreReportedTheCorpusStageDecidesAsTheStore(@TempDir Path dir) throws Exception {
        Path in = corpus(dir);
        Path out = dir.resolve("out");
        DossierSparkJob.Options o = new DossierSparkJob.Options(List.of(in.toString()), out.toString(), "jsonl", 3,
                null, null, PersonPipeline.class.getName());
        DossierSparkJob.Summary s = DossierSparkJob.run(spark, o, QUIET);

        // what `dossier extract --format jsonl` prints: the same reader, the same pipeline
        DossierPipeline pipeline = new PersonPipeline().get();
        List<String> expected = new ArrayList<>();
        int failures = 0;
        for (ArticleInput input : new ArticleReader(System.in).readAll(List.of(in.toString()))) {
            if (input instanceof ArticleInput.Loaded l) {
                expected.add(DossierJson.line(pipeline.process(l.article(), l.warnings())));
            } else {
                failures++;
            }
        }
        List<String> records = JobOutput.lines(out.resolve("records"));
        assertThat(records).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(records).hasSize(6);
        assertThat(failures).isEqualTo(2);
        List<String> errors = JobOutput.lines(out.resolve("errors"));
        assertThat(errors).hasSize(2);
        assertThat(String.join("\n", errors)).contains("empty.txt").contains("the article is empty")
                .contains("feed.jsonl:2").contains("not JSON");
        assertThat(s.records()).isEqualTo(6);
        assertThat(s.errors()).isEqualTo(2);
        assertThat(s.pipelineBuilds()).hasSize(1).containsValue(1);  // local[2]: one JVM, one pipeline, two threads

        // flat tables: one entity row per entity of the records
        long entities = records.stream().mapToLong(l -> DossierJson.read(l, "x".repeat(100), "t").entities().size()).sum();
        assertThat(JobOutput.lines(out.resolve("entities"))).hasSize((int) entities);
        assertThat(JobOutput.lines(out.resolve("articles"))).hasSize(6);
        assertThat(JobOutput.lines(out.resolve("mentions"))).hasSizeGreaterThanOrEqualTo((int) entities);

        // the corpus stage ties every entity as a store importing the records in the same order does
        Path db = dir.resolve("dossier.db");
        try (JdbcStore store = JdbcStore.open(new StoreLocation.Sqlite(db), java.time.Clock.systemUTC())) {
            RecordImport.Summary imported = new RecordImport(store).run(RecordImport.files(out.resolve("records")),
                    RecordImport.files(out.resolve("texts")), new RecordImport.Listener() {
                        public void stored(String origin, String id) { }
                        public void alreadyStored(String origin, String id, String existingId) { }
                        public void failed(String origin, String message) {
                            throw new AssertionError(message);
                        }
                    });
            assertThat(imported.stored()).isEqualTo(5);
            assertThat(imported.alreadyStored()).isEqualTo(1);
        }
        Map<String, String> stored = new TreeMap<>();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT a.doc_id, ae.local_id, ae.entity, ae.merge_reason FROM "
                     + "article_entities ae JOIN articles a ON a.pk = ae.article")) {
            while (rs.next()) {
                stored.put(rs.getString(1) + "/" + rs.getString(2), rs.getLong(3) + " " + rs.getString(4));
            }
        }
        Map<String, String> spark = new TreeMap<>();
        for (Row r : DossierSparkJobTest.spark.read().json(out.resolve("entity_corpus").toString()).collectAsList()) {
            if (!r.isNullAt(r.fieldIndex("corpus_entity"))) {
                spark.put(r.getString(r.fieldIndex("article_id")) + "/" + r.getString(r.fieldIndex("entity_id")),
                        r.getLong(r.fieldIndex("corpus_entity")) + " " + r.getString(r.fieldIndex("reason")));
            }
        }
        assertThat(spark).isEqualTo(stored);
        assertThat(spark.values()).anyMatch(v -> v.contains("joined"));
        assertThat(JobOutput.lines(out.resolve("corpus_entities"))).hasSize(
                (int) spark.values().stream().map(v -> v.split(" ")[0]).distinct().count());

        // a second run over the same input and output leaves the same output
        List<String> firstEntities = JobOutput.lines(out.resolve("entity_corpus"));
        DossierSparkJob.run(spark(), o, QUIET);
        assertThat(JobOutput.lines(out.resolve("records"))).containsExactlyElementsOf(records);
        assertThat(JobOutput.lines(out.resolve("errors"))).containsExactlyInAnyOrderElementsOf(errors);
        assertThat(JobOutput.lines(out.resolve("entity_corpus"))).containsExactlyInAnyOrderElementsOf(firstEntities);
        assertThat(out.resolve("_dossier.json")).exists();
    }

    private static SparkSession spark() {
        return spark;
    }

    @Test
    void badCommandLinesAreRefusedWithTheFix() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> DossierSparkJob.parse(new String[]{"--output", "x"}))
                .hasMessageContaining("no --input");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> DossierSparkJob.parse(
                new String[]{"--input", "a", "--output", "x", "--format", "csv"})).hasMessageContaining("parquet or jsonl");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> DossierSparkJob.parse(
                new String[]{"--input", "a", "--output", "x", "--partitions", "0"})).hasMessageContaining("at least 1");
        assertThat(DossierSparkJob.parse(new String[]{"--input", "a", "--input", "b", "--output", "x"}).inputs())
                .containsExactly("a", "b");
    }
}

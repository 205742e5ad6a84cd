package org.dossier.corpus;

import org.dossier.export.DossierJson;
import org.dossier.ingest.ArticleInput;
import org.dossier.model.Article;
import org.dossier.model.ArticleRecord;
import org.dossier.model.EntityType;
import org.dossier.pipeline.DossierPipeline;
import org.dossier.pipeline.FakePipelines;
import org.dossier.store.Backends;
import org.dossier.store.StoreLocation;
import org.dossier.store.jdbc.JdbcStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code dossier import} of records extracted elsewhere leaves the store that {@code dossier ingest} of the same
 * articles leaves: the same {@code dossier export --format jsonl}, the same integrity; bad lines are reported with
 * their file and line and the others go on; a re-run stores nothing twice.
 */
class RecordImportTest {

    static final DossierPipeline PIPELINE = FakePipelines.withEvents(EntityType.PERSON,
            (annotated, article, entities, timexes, claims) -> List.of());

    static List<Article> articles() {
        return List.of(
                new Article("a1", "One", null, null, "2024-12-18", "en", "Zelensky met Biden and Macron in Kyiv.", "a1"),
                new Article("a2", null, null, null, "2024-12-19", "en", "Biden spoke with Zelensky again.", "a2"),
                new Article("a3", null, null, null, null, "en", "Macron alone in Paris.", "a3"),
                new Article("a4", null, null, null, "2024-12-20", "en", "Zelensky met Biden and Macron in Kyiv.", "a4"));
    }

    /** What the Spark job writes for these articles: records/ and texts/, one part file each. */
    static Path jobOutput(Path dir, List<Article> articles) throws Exception {
        List<String> records = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        for (Article a : articles) {
            ArticleRecord r = PIPELINE.process(a, List.of());
            records.add(DossierJson.line(r));
            texts.add(ArticleTexts.line(a.id(), r.sha256(), PIPELINE.version(), a.text()));
        }
        Files.createDirectories(dir.resolve("records"));
        Files.createDirectories(dir.resolve("texts"));
        Files.write(dir.resolve("records/part-00000.txt"), records, StandardCharsets.UTF_8);
        Files.write(dir.resolve("texts/part-00000.txt"), texts, StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("records/_SUCCESS"), "");
        return dir;
    }

    static List<String> export(JdbcStore store) {
        List<String> out = new ArrayList<>();
        store.forEach(r -> out.add(DossierJson.line(r)));
        return out;
    }

    record Counting(List<String> failures) implements RecordImport.Listener {
        Counting() {
            this(new ArrayList<>());
        }

        public void stored(String origin, String id) {
        }

        public void alreadyStored(String origin, String id, String existingId) {
        }

        public void failed(String origin, String message) {
            failures.add(message);
        }
    }

    @ParameterizedTest
    @MethodSource("org.dossier.store.Backends#all")
    void importOfTheRecordsLeavesTheStoreThatIngestLeaves(Function<Path, StoreLocation> backend, @TempDir Path dir)
            throws Exception {
        Path out = jobOutput(dir.resolve("job"), articles());
        List<String> ingested;
        try (JdbcStore store = JdbcStore.open(backend.apply(Files.createDirectories(dir.resolve("ingest"))),
                Clock.systemUTC())) {
            new CorpusIngest(store, PIPELINE, 1, CorpusIngest.DEFAULT_MAX_CHARS, a -> a).run(
                    sink -> articles().forEach(a -> sink.accept(new ArticleInput.Loaded(a, List.of()))),
                    new CorpusIngest.Listener() {
                        public void stored(String origin, String id, List<String> warnings) {
                        }

                        public void alreadyStored(String origin, String id, String existingId) {
                        }

                        public void failed(String origin, String message) {
                            throw new AssertionError(message);
                        }
                    });
            ingested = export(store);
        }
        try (JdbcStore store = JdbcStore.open(backend.apply(Files.createDirectories(dir.resolve("import"))),
                Clock.systemUTC())) {
            Counting listener = new Counting();
            RecordImport.Summary s = new RecordImport(store).run(RecordImport.files(out.resolve("records")),
                    RecordImport.files(out.resolve("texts")), listener);
            assertThat(listener.failures()).isEmpty();
            assertThat(s.stored()).isEqualTo(3);
            assertThat(s.alreadyStored()).isEqualTo(1);      // a4 is a1's text
            assertThat(export(store)).isEqualTo(ingested).hasSize(3);
            assertThat(store.check().problems()).isEmpty();

            RecordImport.Summary again = new RecordImport(store).run(RecordImport.files(out.resolve("records")),
                    RecordImport.files(out.resolve("texts")), listener);
            assertThat(again.stored()).isZero();
            assertThat(again.alreadyStored()).isEqualTo(4);
            assertThat(export(store)).isEqualTo(ingested);
        }
    }

    @Test
    void badLinesAreReportedWithFileAndLineAndTheOthersGoOn(@TempDir Path dir) throws Exception {
        Path out = jobOutput(dir.resolve("job"), articles().subList(0, 2));
        Path records = out.resolve("records/part-00000.txt");
        List<String> lines = new ArrayList<>(Files.readAllLines(records));
        lines.add(1, "{\"not\": \"a record\"}");
        lines.add("not json at all");
        ArticleRecord orphan = PIPELINE.process(articles().get(2), List.of());
        lines.add(DossierJson.line(orphan));                 // its text is not in texts/
        Files.write(records, lines, StandardCharsets.UTF_8);
        try (JdbcStore store = JdbcStore.open(new StoreLocation.Sqlite(dir.resolve("d.db")), Clock.systemUTC())) {
            Counting listener = new Counting();
            RecordImport.Summary s = new RecordImport(store).run(RecordImport.files(out.resolve("records")),
                    RecordImport.files(out.resolve("texts")), listener);
            assertThat(s.stored()).isEqualTo(2);
            assertThat(s.failed()).isEqualTo(3);
            assertThat(listener.failures().get(0)).contains("part-00000.txt:2").contains("not a dossier/1 record");
            assertThat(listener.failures().get(1)).contains("part-00000.txt:4").contains("not JSON");
            assertThat(listener.failures().get(2)).contains("part-00000.txt:5").contains("no text with sha256")
                    .contains("--texts");
            assertThat(store.size()).isEqualTo(2);
        }
    }
}

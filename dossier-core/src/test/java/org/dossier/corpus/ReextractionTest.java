package org.dossier.corpus;

import org.dossier.export.DossierJson;
import org.dossier.ingest.ArticleInput;
import org.dossier.model.Article;
import org.dossier.model.ArticleRecord;
import org.dossier.model.Event;
import org.dossier.pipeline.DossierPipeline;
import org.dossier.pipeline.FakePipelines;
import org.dossier.store.Store;
import org.dossier.store.StoreLocation;
import org.dossier.store.jdbc.JdbcStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The stored corpus follows the code: a lexicon entry changed in a test build (a pipeline whose event stage reads
 * another word list, and so has another version) makes {@code ingest} of the same texts, and {@code reextract},
 * change the stored records; nothing is redone for articles the current version produced.
 */
class ReextractionTest {

    @TempDir
    Path dir;

    private static final String OLD_LEXICON = "# meeting verbs\nmet\n";
    private static final String NEW_LEXICON = "# meeting verbs\nmet\nvisited\n";

    private static final List<Article> ARTICLES = List.of(
            new Article("a1", null, "Wire", null, "2025-01-02", "en", "Ortiz met Dahl, then visited Oslo.", "a1.txt"),
            new Article("a2", null, "Wire", null, "2025-01-03", "en", "Dahl visited Bergen.", "a2.txt"),
            new Article("a3", null, "Wire", null, "2025-01-04", "en", "Nobody came.", "a3.txt"));

    private JdbcStore open() {
        return JdbcStore.open(new StoreLocation.Sqlite(dir.resolve("dossier.db")), Clock.systemUTC());
    }

    /** Records of each article's events, by trigger. */
    private static List<String> triggers(Store store) {
        List<String> out = new ArrayList<>();
        store.forEach(r -> out.add(r.article().id() + ":" + r.events().stream().map(Event::predicate).toList()));
        return out;
    }

    private static CorpusIngest.Summary ingest(Store store, DossierPipeline pipeline, List<String> log) {
        return new CorpusIngest(store, pipeline, 2, CorpusIngest.DEFAULT_MAX_CHARS, a -> a).run(
                sink -> ARTICLES.forEach(a -> sink.accept(new ArticleInput.Loaded(a, List.of("read from a test")))),
                new CorpusIngest.Listener() {
                    @Override
                    public void stored(String origin, String id, List<String> warnings) {
                        log.add("stored " + id);
                    }

                    @Override
                    public void alreadyStored(String origin, String id, String existingId) {
                        log.add("already " + id);
                    }

                    @Override
                    public void reextracted(String origin, String id, List<String> warnings) {
                        log.add("reextracted " + id + " " + warnings);
                    }

                    @Override
                    public void failed(String origin, String message) {
                        log.add("failed " + message);
                    }
                });
    }

    @Test
    void ingestReExtractsWhatAnOlderVersionStoredAndSkipsWhatThisVersionStored() {
        DossierPipeline before = FakePipelines.withLexicon(OLD_LEXICON);
        DossierPipeline after = FakePipelines.withLexicon(NEW_LEXICON);
        try (JdbcStore store = open()) {
            List<String> log = new ArrayList<>();
            assertThat(ingest(store, before, log)).isEqualTo(new CorpusIngest.Summary(3, 0, 0, 0));
            assertThat(triggers(store)).containsExactly("a1:[met]", "a2:[]", "a3:[]");
            String a1 = DossierJson.line(store.get("a1").orElseThrow());

            log.clear();
            assertThat(ingest(store, before, log)).as("same version: a no-op")
                    .isEqualTo(new CorpusIngest.Summary(0, 3, 0, 0));

            log.clear();
            assertThat(ingest(store, after, log)).isEqualTo(new CorpusIngest.Summary(0, 0, 0, 3));
            assertThat(log).containsExactly("reextracted a1 [read from a test]", "reextracted a2 [read from a test]",
                    "reextracted a3 [read from a test]");
            assertThat(triggers(store)).containsExactly("a1:[met, visited]", "a2:[visited]", "a3:[]");
            assertThat(DossierJson.line(store.get("a1").orElseThrow())).isNotEqualTo(a1);
            assertThat(store.idsExtractedOtherThan(after.version())).isEmpty();
            assertThat(store.check().problems()).isEmpty();

            log.clear();
            assertThat(ingest(store, after, log)).isEqualTo(new CorpusIngest.Summary(0, 3, 0, 0));
        }
    }

    @Test
    void reextractTakesTheOlderArticlesOrAllAndLeavesTheStoreAsAFreshIngestWouldMakeIt() {
        DossierPipeline before = FakePipelines.withLexicon(OLD_LEXICON);
        DossierPipeline after = FakePipelines.withLexicon(NEW_LEXICON);
        try (JdbcStore store = open()) {
            ingest(store, before, new ArrayList<>());
            // one article already done by the new version: --older leaves it alone
            store.replace(after.process(ARTICLES.get(2), List.of("read from a test")), after.version());

            Reextraction r = new Reextraction(store, after, 2);
            assertThat(r.pending(Reextraction.Scope.OLDER)).containsExactly("a1", "a2");
            assertThat(r.pending(Reextraction.Scope.ALL)).containsExactly("a1", "a2", "a3");
            List<String> done = new ArrayList<>();
            Reextraction.Summary s = r.run(r.pending(Reextraction.Scope.OLDER), new Reextraction.Listener() {
                @Override
                public void reextracted(String id, List<String> warnings) {
                    done.add(id + " " + warnings);
                }

                @Override
                public void failed(String id, String message) {
                    done.add("failed " + id + ": " + message);
                }
            });
            assertThat(s).isEqualTo(new Reextraction.Summary(2, 0));
            assertThat(done).as("stored warnings carried over, once").containsExactly("a1 [read from a test]",
                    "a2 [read from a test]");
            assertThat(r.pending(Reextraction.Scope.OLDER)).isEmpty();
            assertThat(store.check().problems()).isEmpty();

            List<String> reextracted = new ArrayList<>();
            store.forEach(rec -> reextracted.add(DossierJson.line(rec)));
            Path freshDb = dir.resolve("fresh.db");
            try (JdbcStore fresh = JdbcStore.open(new StoreLocation.Sqlite(freshDb), Clock.systemUTC())) {
                ingest(fresh, after, new ArrayList<>());
                List<String> expected = new ArrayList<>();
                fresh.forEach(rec -> expected.add(DossierJson.line(rec)));
                assertThat(reextracted).isEqualTo(expected);
            }
        }
    }

    @Test
    void anArticleWithoutADateKeepsOneWarningAboutIt() {
        DossierPipeline before = FakePipelines.withLexicon(OLD_LEXICON);
        DossierPipeline after = FakePipelines.withLexicon(NEW_LEXICON);
        Article undated = new Article("u1", null, "Wire", null, null, "en", "Ortiz met Dahl.", "u1.txt");
        try (JdbcStore store = open()) {
            ArticleRecord first = before.process(undated, List.of());
            store.put(first, before.version());
            assertThat(first.warnings()).hasSize(1);
            ArticleRecord again = Reextraction.extract(after, store.get("u1").orElseThrow());
            assertThat(again.warnings()).isEqualTo(first.warnings());
        }
    }
}

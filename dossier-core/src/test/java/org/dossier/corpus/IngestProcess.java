package org.dossier.corpus;

import org.dossier.ingest.ArticleInput;
import org.dossier.model.Article;
import org.dossier.pipeline.FakePipelines;
import org.dossier.store.StoreLocation;
import org.dossier.store.jdbc.JdbcStore;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/**
 * A second JVM for {@link TwoWriterProcessesTest}: ingests the {@link #articles generated articles} into the SQLite
 * store named by its first argument, as {@code dossier ingest} does, and prints one line per article
 * ({@code stored ID}, {@code already ID}, {@code failed MESSAGE}).
 */
public final class IngestProcess {

    private IngestProcess() {
    }

    /** {@code count} articles, the same for every process, each a few capitalized names in a sentence. */
    static List<Article> articles(int count) {
        List<Article> out = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String text = "Minister Ortiz" + i + " met Dahl" + i + " in Oslo on day " + i + ". Ortiz" + i
                    + " said the talks with Dahl" + i + " went well.";
            out.add(new Article("gen-" + i, null, "Wire", null, "2025-01-02", "en", text, "gen-" + i + ".txt"));
        }
        return out;
    }

    public static void main(String[] args) {
        Path db = Path.of(args[0]);
        int count = Integer.parseInt(args[1]);
        try (JdbcStore store = JdbcStore.open(new StoreLocation.Sqlite(db), Clock.systemUTC())) {
            new CorpusIngest(store, FakePipelines.capitalized(25), 1, CorpusIngest.DEFAULT_MAX_CHARS, a -> a).run(
                    sink -> articles(count).forEach(a -> sink.accept(new ArticleInput.Loaded(a, List.of()))),
                    new CorpusIngest.Listener() {
                        @Override
                        public void stored(String origin, String id, List<String> warnings) {
                            System.out.println("stored " + id);
                        }

                        @Override
                        public void alreadyStored(String origin, String id, String existingId) {
                            System.out.println("already " + existingId);
                        }

                        @Override
                        public void failed(String origin, String message) {
                            System.out.println("failed " + message);
                        }
                    });
        }
        System.out.flush();
    }
}

package org.dossier.web;

import org.dossier.corpus.CorpusIngest;
import org.dossier.ingest.sources.Sources;
import org.dossier.pipeline.FakePipelines;
import org.dossier.store.StoreLocation;
import org.dossier.store.jdbc.JdbcStore;
import org.dossier.web.view.IngestPage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 15, item 4: {@code dossier ingest} and the reading room's ingest write to one store at once. The command's
 * path (a {@link CorpusIngest} over a store connection of its own, on one thread) and a browser ingest job
 * ({@link IngestJobs}, its own connection, its own thread) ingest the same folder together: every article is
 * stored once, and neither reports a failure (the one that comes second for an article says "already stored").
 */
class CliAndWebIngestTest {

    private static final int ARTICLES = 30;

    @TempDir
    Path dir;

    @Test
    void theCommandAndABrowserJobIngestTheSameFolderIntoOneStore() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("news"));
        for (int i = 0; i < ARTICLES; i++) {
            Files.writeString(folder.resolve("a" + i + ".txt"), "Minister Ortiz" + i + " met Dahl" + i + " in Oslo. "
                    + "Ortiz" + i + " said the talks with Dahl" + i + " went well.");
        }
        StoreLocation location = new StoreLocation.Sqlite(dir.resolve("shared.db"));
        JdbcStore.open(location, Clock.systemUTC()).close(); // made before the race, as serve --allow-ingest does

        List<String> cliFailures = Collections.synchronizedList(new ArrayList<>());
        long[] cliDone = new long[2];
        try (IngestJobs jobs = new IngestJobs(location, Clock.systemUTC(), () -> FakePipelines.capitalized(20),
                new Sources(InputStream.nullInputStream(), Sources.fetcher(null, 0, List.of())), CorpusIngest.DEFAULT_MAX_CHARS)) {
            CompletableFuture<CorpusIngest.Summary> cli = CompletableFuture.supplyAsync(() -> {
                try (JdbcStore store = JdbcStore.open(location, Clock.systemUTC())) {
                    Sources sources = new Sources(InputStream.nullInputStream(), Sources.fetcher(null, 0, List.of()));
                    return new CorpusIngest(store, FakePipelines.capitalized(20), 1, CorpusIngest.DEFAULT_MAX_CHARS,
                            a -> a).run(sink -> sources.read(List.of(folder.toString()), sink),
                            new CorpusIngest.Listener() {
                                @Override
                                public void stored(String origin, String id, List<String> warnings) {
                                    cliDone[0]++;
                                }

                                @Override
                                public void alreadyStored(String origin, String id, String existingId) {
                                    cliDone[1]++;
                                }

                                @Override
                                public void failed(String origin, String message) {
                                    cliFailures.add(message);
                                }
                            });
                }
            });
            IngestJobs.Job job = jobs.submit("news", List.of(folder.toString()), null);
            CorpusIngest.Summary s = cli.get(120, TimeUnit.SECONDS);
            IngestPage.JobView view = job.view();
            for (int i = 0; i < 1200 && !view.state().equals("done") && !view.state().equals("failed"); i++) {
                Thread.sleep(100);
                view = job.view();
            }
            assertThat(view.state()).as("job messages: " + view.messages()).isEqualTo("done");
            assertThat(cliFailures).isEmpty();
            assertThat(s.failed()).isZero();
            assertThat(view.failed()).as("job messages: " + view.messages()).isZero();
            assertThat(s.stored() + s.alreadyStored()).isEqualTo(ARTICLES);
            assertThat(view.stored() + view.alreadyStored()).isEqualTo(ARTICLES);
            assertThat(s.stored() + view.stored()).as("each article stored by one of them").isEqualTo(ARTICLES);
        }
        try (JdbcStore store = JdbcStore.open(location, Clock.systemUTC())) {
            assertThat(store.size()).isEqualTo(ARTICLES);
            assertThat(store.check().ok()).isTrue();
        }
    }
}

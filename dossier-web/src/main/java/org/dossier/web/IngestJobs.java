package org.dossier.web;

import org.dossier.ingest.sources.Sources;
import org.dossier.pipeline.DossierPipeline;
import org.dossier.corpus.CorpusIngest;
import org.dossier.store.StoreLocation;
import org.dossier.store.jdbc.JdbcStore;
import org.dossier.web.view.IngestPage;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * Articles queued from the browser, ingested one job at a time on one background thread through the same
 * {@link CorpusIngest} as {@code dossier ingest}, into a store connection of its own. The pipeline (tens of seconds
 * to load models) is built on the first job. Uploaded files are deleted once their job ends. Thread-safe.
 */
final class IngestJobs implements AutoCloseable {

    static final int KEPT_JOBS = 50;
    private static final int KEPT_MESSAGES = 100;

    /** A queued job; its progress is updated by the ingest thread and read by request threads. */
    static final class Job {
        private final String id = UUID.randomUUID().toString();
        private final String what;
        private final List<String> paths;
        private final Path uploadDir;
        private String state = "queued";
        private long stored;
        private long alreadyStored;
        private long failed;
        private final List<String> messages = new ArrayList<>();
        private final List<String> articles = new ArrayList<>();

        private Job(String what, List<String> paths, Path uploadDir) {
            this.what = what;
            this.paths = List.copyOf(paths);
            this.uploadDir = uploadDir;
        }

        String id() {
            return id;
        }

        synchronized IngestPage.JobView view() {
            return new IngestPage.JobView(id, what, state, stored, alreadyStored, failed, messages, articles);
        }

        private synchronized void state(String s) {
            state = s;
        }

        private synchronized void message(String m) {
            if (messages.size() < KEPT_MESSAGES) {
                messages.add(withoutServerPaths(m));
            }
        }

        /** {@code m} with the upload folder taken out, so that a file is named as the user named it. */
        private String withoutServerPaths(String m) {
            if (uploadDir == null) {
                return m;
            }
            String dir = uploadDir.toString();
            return m.replace(dir + java.io.File.separator, "").replace(dir, "the upload");
        }

        private synchronized void count(String article, int kind) {
            switch (kind) {
                case 0 -> stored++;
                case 1 -> alreadyStored++;
                default -> failed++;
            }
            if (article != null && articles.size() < KEPT_MESSAGES) {
                articles.add(article);
            }
        }
    }

    private final StoreLocation location;
    private final Clock clock;
    private final Supplier<DossierPipeline> pipelineFactory;
    private final Sources sources;
    private final long maxChars;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "dossier-web-ingest");
        t.setDaemon(true);
        return t;
    });
    private final Deque<Job> jobs = new ConcurrentLinkedDeque<>();
    private DossierPipeline pipeline;
    private JdbcStore store;

    IngestJobs(StoreLocation location, Clock clock, Supplier<DossierPipeline> pipelineFactory, Sources sources,
               long maxChars) {
        this.location = location;
        this.clock = clock;
        this.pipelineFactory = pipelineFactory;
        this.sources = sources;
        this.maxChars = maxChars;
    }

    /** A folder for one job's uploads; {@link #submit} takes it over. */
    Path uploadDir() {
        try {
            return Files.createTempDirectory("dossier-upload-");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a folder for the upload: " + e.getMessage(), e);
        }
    }

    /** Queues {@code paths} (files in {@code uploadDir}, or URLs); {@code uploadDir} may be {@code null}. */
    Job submit(String what, List<String> paths, Path uploadDir) {
        Job job = new Job(what, paths, uploadDir);
        jobs.addFirst(job);
        while (jobs.size() > KEPT_JOBS) {
            jobs.removeLast();
        }
        worker.submit(() -> run(job));
        return job;
    }

    Optional<Job> get(String id) {
        return jobs.stream().filter(j -> j.id().equals(id)).findFirst();
    }

    List<IngestPage.JobView> recent() {
        return jobs.stream().map(Job::view).toList();
    }

    private void run(Job job) {
        job.state("running");
        try {
            if (pipeline == null) {
                job.message("loading the extraction models (first job only) …");
                pipeline = pipelineFactory.get();
            }
            if (store == null) {
                store = JdbcStore.open(location, clock);
            }
            CorpusIngest ingest = new CorpusIngest(store, pipeline, 1, maxChars, a -> a);
            ingest.run(sink -> sources.read(job.paths, sink), new CorpusIngest.Listener() {
                @Override
                public void stored(String origin, String id, List<String> warnings) {
                    warnings.forEach(w -> job.message("warning: " + origin + ": " + w));
                    job.count(id, 0);
                }

                @Override
                public void reextracted(String origin, String id, List<String> warnings) {
                    warnings.forEach(w -> job.message("warning: " + origin + ": " + w));
                    job.message(origin + ": stored by an older extractor version, extracted again as " + id);
                    job.count(id, 0);
                }

                @Override
                public void alreadyStored(String origin, String id, String existingId) {
                    job.message(origin + ": already stored as " + existingId);
                    job.count(existingId, 1);
                }

                @Override
                public void failed(String origin, String message) {
                    job.message("error: " + message);
                    job.count(null, 2);
                }
            });
            job.state("done");
        } catch (RuntimeException e) {
            System.err.println("error: ingest job " + job.id() + ": " + e.getMessage());
            String m = e.getMessage() == null ? "the job stopped" : e.getMessage();
            if (location instanceof StoreLocation.Sqlite sqlite) {
                m = m.replace(sqlite.file().toAbsolutePath().toString(), "the store").replace(sqlite.file().toString(),
                        "the store");
            }
            job.message("error: " + m);
            job.state("failed");
        } finally {
            deleteUploads(job);
        }
    }

    private static void deleteUploads(Job job) {
        if (job.uploadDir == null) {
            return;
        }
        try (var files = Files.walk(job.uploadDir)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            System.err.println("warning: could not delete the uploaded files in " + job.uploadDir + ": " + e.getMessage());
            job.message("warning: the uploaded files could not all be deleted from the server (its log says why)");
        }
    }

    @Override
    public void close() {
        worker.shutdownNow();
        try {
            worker.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (store != null) {
            store.close();
        }
    }
}

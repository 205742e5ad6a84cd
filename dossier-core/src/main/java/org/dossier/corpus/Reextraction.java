package org.dossier.corpus;

import org.dossier.model.ArticleRecord;
import org.dossier.pipeline.DossierPipeline;
import org.dossier.pipeline.OrderedWork;
import org.dossier.store.Store;
import org.dossier.store.StoreException;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;

/**
 * Brings stored records up to the pipeline's version: each article is extracted again from its stored text and
 * metadata ({@code threads} at once) and replaced in its own transaction ({@link Store#replace}), in id order, so an
 * interrupted run leaves every article either old or new, and a re-run of {@link Scope#OLDER} finishes the job.
 */
public final class Reextraction {

    /** Which stored articles to extract again. */
    public enum Scope {
        /** Those another version of the extractors produced (or an unknown one): what {@code dossier check} reports. */
        OLDER,
        /** Every stored article. */
        ALL
    }

    /** What happened to each article, in id order, on the thread that runs {@link #run}. */
    public interface Listener {
        void reextracted(String id, List<String> warnings);

        /** {@code message} names the article, the problem and the fix; the stored record is left as it was. */
        void failed(String id, String message);
    }

    /** Counts of one run. */
    public record Summary(long reextracted, long failed) {
    }

    private final Store store;
    private final DossierPipeline pipeline;
    private final int threads;

    public Reextraction(Store store, DossierPipeline pipeline, int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, not " + threads);
        }
        this.store = store;
        this.pipeline = pipeline;
        this.threads = threads;
    }

    /** The ids of the articles {@code scope} takes, in id order. */
    public List<String> pending(Scope scope) {
        return store.idsExtractedOtherThan(scope == Scope.ALL ? null : pipeline.version());
    }

    /** Extracts again and replaces the articles {@code ids}. */
    public Summary run(List<String> ids, Listener listener) {
        long[] counts = new long[2];
        try (OrderedWork<Pending> work = new OrderedWork<>(threads, "dossier-reextract",
                p -> finish(p, listener, counts))) {
            for (String id : ids) {
                Optional<ArticleRecord> old = store.get(id);
                work.add(new Pending(id, old.isEmpty() ? null
                        : work.start(() -> extract(pipeline, old.get()))));
            }
            work.drain();
        }
        return new Summary(counts[0], counts[1]);
    }

    private record Pending(String id, Future<ArticleRecord> result) {
    }

    private void finish(Pending p, Listener listener, long[] counts) {
        if (p.result() == null) {
            counts[1]++;
            listener.failed(p.id(), "article '" + p.id() + "' is no longer stored (removed while re-extracting?); "
                    + "nothing to do for it");
            return;
        }
        try {
            ArticleRecord record = OrderedWork.await(p.result());
            store.replace(record, pipeline.version());
            counts[0]++;
            listener.reextracted(p.id(), record.warnings());
        } catch (ExecutionException e) {
            counts[1]++;
            listener.failed(p.id(), OrderedWork.failureMessage("article '" + p.id() + "'", e));
        } catch (StoreException e) {
            counts[1]++;
            listener.failed(p.id(), e.getMessage());
        }
    }

    /**
     * The record {@code pipeline} makes of a stored article: its text and metadata as stored (the publication date a
     * dateline gave it included), its stored warnings carried over, each once.
     */
    static ArticleRecord extract(DossierPipeline pipeline, ArticleRecord stored) {
        ArticleRecord r = pipeline.process(stored.article(), stored.warnings());
        List<String> warnings = List.copyOf(new LinkedHashSet<>(r.warnings()));
        if (warnings.size() == r.warnings().size()) {
            return r;
        }
        return new ArticleRecord(r.article(), r.sha256(), r.entities(), r.timexes(), r.quotes(), r.claims(),
                r.events(), warnings);
    }
}

package org.dossier.corpus;

import org.dossier.ingest.ArticleInput;
import org.dossier.model.Article;
import org.dossier.model.ArticleRecord;
import org.dossier.pipeline.DossierPipeline;
import org.dossier.pipeline.OrderedWork;
import org.dossier.store.PutResult;
import org.dossier.store.Store;
import org.dossier.store.StoreException;
import org.dossier.store.StoredText;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * Reads, extracts and stores many articles: {@code threads} articles are extracted at once, and stored in input
 * order from the calling thread, each in its own transaction, with the pipeline's {@link DossierPipeline#version()}.
 * An article whose text is already stored by this version is skipped before extraction (so a re-run after a crash
 * only does what is left); one whose text another (older) version stored is re-extracted from the stored article and
 * replaced ({@link Store#replace}); one that fails is reported and skipped.
 */
public final class CorpusIngest {

    /** Default longest article, in characters: longer ones are refused with the fix. */
    public static final long DEFAULT_MAX_CHARS = 5_000_000;

    /** What happened to each article, in input order. Called from the thread that runs {@link #run}. */
    public interface Listener {
        void stored(String origin, String id, List<String> warnings);

        void alreadyStored(String origin, String id, String existingId);

        /** The text was stored by another extractor version; article {@code id} was extracted again and replaced. */
        default void reextracted(String origin, String id, List<String> warnings) {
            stored(origin, id, warnings);
        }

        /** {@code message} names the article, the problem and the fix. */
        void failed(String origin, String message);
    }

    /** Counts of one run. */
    public record Summary(long stored, long alreadyStored, long failed, long reextracted) {
        public long total() {
            return stored + alreadyStored + failed + reextracted;
        }
    }

    private final Store store;
    private final DossierPipeline pipeline;
    private final int threads;
    private final long maxChars;
    private final UnaryOperator<Article> adjust;
    private final Function<Article, Optional<String>> refuse;

    /**
     * @param adjust applied to each article before extraction (e.g. a publication date given on the command line)
     */
    public CorpusIngest(Store store, DossierPipeline pipeline, int threads, long maxChars, UnaryOperator<Article> adjust) {
        this(store, pipeline, threads, maxChars, adjust, a -> Optional.empty());
    }

    /**
     * @param adjust applied to each article before extraction (e.g. a publication date given on the command line)
     * @param refuse why an article is not to be extracted at all (e.g. {@code --english-only}), asked before the
     *               extraction; the message names the article and is reported as a failure
     */
    public CorpusIngest(Store store, DossierPipeline pipeline, int threads, long maxChars, UnaryOperator<Article> adjust,
                        Function<Article, Optional<String>> refuse) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, not " + threads);
        }
        this.store = store;
        this.pipeline = pipeline;
        this.threads = threads;
        this.maxChars = maxChars;
        this.adjust = adjust;
        this.refuse = refuse;
    }

    /** Ingests what {@code source} hands over (it is called once, with the sink for each input). */
    public Summary run(Consumer<Consumer<ArticleInput>> source, Listener listener) {
        long[] counts = new long[4];
        try (OrderedWork<Pending> work = new OrderedWork<>(threads, "dossier-ingest", p -> finish(p, listener, counts))) {
            source.accept(input -> work.add(submit(work, input)));
            work.drain();
        }
        return new Summary(counts[0], counts[1], counts[2], counts[3]);
    }

    /**
     * An input on its way: failed to read, already stored, too long, or being extracted (again, when
     * {@code reextract}).
     */
    private record Pending(ArticleInput input, String existingId, String refusal, Future<ArticleRecord> result,
                           boolean reextract) {
        Pending(ArticleInput input, String existingId, String refusal, Future<ArticleRecord> result) {
            this(input, existingId, refusal, result, false);
        }
    }

    private Pending submit(OrderedWork<Pending> work, ArticleInput input) {
        if (!(input instanceof ArticleInput.Loaded loaded)) {
            return new Pending(input, null, null, null);
        }
        Article a = adjust.apply(loaded.article());
        if (a.text().length() > maxChars) {
            return new Pending(input, null, a.origin() + ": the article is " + String.format(Locale.ROOT, "%,d",
                    a.text().length()) + " characters, over the limit of " + String.format(Locale.ROOT, "%,d", maxChars)
                    + "; split it into articles, or raise --max-chars", null);
        }
        Optional<String> refusal = refuse.apply(a);
        if (refusal.isPresent()) {
            return new Pending(input, null, refusal.get(), null);
        }
        Optional<StoredText> stored = store.findText(Store.textSha256(a.text()));
        if (stored.isPresent() && stored.get().extractedBy(pipeline.version())) {
            return new Pending(input, stored.get().id(), null, null);
        }
        if (stored.isPresent()) {
            Optional<ArticleRecord> old = store.get(stored.get().id());
            if (old.isPresent()) {
                return new Pending(input, null, null, work.start(() -> Reextraction.extract(pipeline, old.get())), true);
            }
        }
        return new Pending(input, null, null, work.start(() -> pipeline.process(a, loaded.warnings())));
    }

    private void finish(Pending p, Listener listener, long[] counts) {
        String origin = p.input().origin();
        if (p.input() instanceof ArticleInput.Failed f) {
            counts[2]++;
            listener.failed(origin, f.message());
            return;
        }
        if (p.refusal() != null) {
            counts[2]++;
            listener.failed(origin, p.refusal());
            return;
        }
        if (p.existingId() != null) {
            counts[1]++;
            listener.alreadyStored(origin, p.existingId(), p.existingId());
            return;
        }
        ArticleRecord record;
        try {
            record = OrderedWork.await(p.result());
        } catch (ExecutionException e) {
            counts[2]++;
            listener.failed(origin, OrderedWork.failureMessage(origin, e));
            return;
        }
        if (p.reextract()) {
            try {
                store.replace(record, pipeline.version());
                counts[3]++;
                listener.reextracted(origin, record.article().id(), record.warnings());
            } catch (StoreException e) {
                counts[2]++;
                listener.failed(origin, e.getMessage());
            }
            return;
        }
        try {
            PutResult r = store.put(record, pipeline.version());
            if (r instanceof PutResult.Duplicate d) {
                counts[1]++;
                listener.alreadyStored(origin, d.id(), d.existingId());
            } else {
                counts[0]++;
                listener.stored(origin, record.article().id(), record.warnings());
            }
        } catch (StoreException e) {
            counts[2]++;
            listener.failed(origin, e.getMessage());
        }
    }
}

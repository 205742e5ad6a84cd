package org.dossier.pipeline;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;

/**
 * Extraction on a fixed pool of daemon threads, finished in input order: items are added as they are read, tasks
 * they carry run in parallel, and {@code finish} receives the items in the order they were added, with at most
 * two per thread in flight (so a stream of any length needs bounded memory). Used from one thread: the one that
 * adds and drains; {@code finish} runs on it too.
 *
 * @param <P> what the caller keeps for an item: the input, and the {@link Future} of its task when it has one
 */
public final class OrderedWork<P> implements AutoCloseable {

    private final ExecutorService pool;
    private final int window;
    private final Consumer<P> finish;
    private final Deque<P> pending = new ArrayDeque<>();

    public OrderedWork(int threads, String threadName, Consumer<P> finish) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, not " + threads);
        }
        this.pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, threadName);
            t.setDaemon(true);
            return t;
        });
        this.window = threads * 2;
        this.finish = finish;
    }

    /** Starts {@code task} on the pool; keep the future in the item you then {@link #add}. */
    public <T> Future<T> start(Callable<T> task) {
        return pool.submit(task);
    }

    /** Queues an item, finishing the oldest ones while more than the window are in flight. */
    public void add(P item) {
        pending.add(item);
        while (pending.size() > window) {
            finish.accept(pending.poll());
        }
    }

    /** Finishes every item still queued. */
    public void drain() {
        while (!pending.isEmpty()) {
            finish.accept(pending.poll());
        }
    }

    /**
     * The result of a task started here.
     *
     * @throws ExecutionException when the task failed; its cause is the extraction's exception
     */
    public static <T> T await(Future<T> result) throws ExecutionException {
        try {
            return result.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for an article's extraction", e);
        }
    }

    /** The message for an article whose extraction failed; it is skipped and the run goes on. */
    public static String failureMessage(String origin, ExecutionException e) {
        return failureMessage(origin, e.getCause());
    }

    /**
     * The message for an article whose extraction failed with {@code cause}: what went wrong in words, without
     * Java's exception class names (a user cannot act on them; the report with the article can).
     */
    public static String failureMessage(String origin, Throwable cause) {
        String what = null;
        for (Throwable t = cause; t != null && what == null; t = t.getCause() == t ? null : t.getCause()) {
            String m = t.getMessage() == null ? "" : t.getMessage()
                    .replaceAll("\\b(?:[a-z_][a-z0-9_]*\\.)+[A-Z]\\w*(?:Exception|Error)\\b:?\\s*", "").strip();
            what = m.isEmpty() ? null : m;
        }
        return origin + ": extraction failed (" + (what == null ? "an unexpected failure inside the extractors" : what)
                + "); the article was skipped, please report this with the article";
    }

    /** Stops the threads; tasks not finished are abandoned. */
    @Override
    public void close() {
        pool.shutdownNow();
    }
}

package org.dossier.web;

import org.dossier.query.CorpusQueries;
import org.dossier.store.OpenOptions;
import org.dossier.store.StoreException;
import org.dossier.store.StoreLocation;
import org.dossier.store.jdbc.JdbcStore;

import java.nio.file.Files;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.function.Function;

/**
 * Store connections for request threads, opened read-only (requests only read; browser ingest has its own; a store
 * made by an older Dossier is migrated first when it can be written). A {@link JdbcStore} (and the
 * {@link CorpusQueries} over it) serves one thread at a time, so each request borrows one, opened on first need, at
 * most {@code size} in all, and gives it back. Thread-safe.
 */
final class StorePool implements AutoCloseable {

    /** One connection and its queries, lent to one thread at a time. */
    record Lease(JdbcStore store, CorpusQueries queries) {
    }

    private final StoreLocation location;
    private final Clock clock;
    private final BlockingQueue<Lease> idle;
    private final List<Lease> all = new ArrayList<>();
    private final int size;
    private boolean closed;

    StorePool(StoreLocation location, Clock clock, int size) {
        this.location = location;
        this.clock = clock;
        this.size = size;
        this.idle = new ArrayBlockingQueue<>(size);
        idle.add(open()); // fail at start, not at the first request, when the store cannot be opened
    }

    <T> T with(Function<Lease, T> work) {
        Lease lease = borrow();
        try {
            return work.apply(lease);
        } finally {
            idle.add(lease);
        }
    }

    String describe() {
        return with(l -> l.store().describe());
    }

    private Lease borrow() {
        Lease lease = idle.poll();
        if (lease != null) {
            return lease;
        }
        synchronized (this) {
            if (closed) {
                throw new IllegalStateException("the server is shutting down");
            }
            if (all.size() < size) {
                return open();
            }
        }
        try {
            return idle.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for a store connection", e);
        }
    }

    private synchronized Lease open() {
        JdbcStore store = JdbcStore.open(location, clock, OpenOptions.READING);
        Lease lease = new Lease(store, new CorpusQueries(store));
        all.add(lease);
        return lease;
    }

    /**
     * Closes every connection. The request connections are read-only, and SQLite merges and removes a store's
     * {@code -wal} file only when a connection that may write closes last: so, when the store can be written, one
     * read-write connection is opened and closed after them (a store on read-only media keeps its files as they are).
     */
    @Override
    public synchronized void close() {
        closed = true;
        all.forEach(l -> l.store().close());
        all.clear();
        if (location instanceof StoreLocation.Sqlite s && Files.isWritable(s.file())
                && Files.isWritable(s.file().toAbsolutePath().getParent())) {
            try {
                JdbcStore.open(location, clock).close();
            } catch (StoreException e) {
                // it cannot be opened to write now: its -wal file stays, and the next writer merges it
            }
        }
    }
}

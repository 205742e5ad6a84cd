package org.dossier.store;

import java.time.Duration;
import java.util.Objects;

/**
 * How to open a store.
 *
 * @param readOnly  open for reading only: nothing is created or migrated, every write is refused (the query commands
 *                  and the reading room open stores this way, so that a store on a read-only disk can be queried)
 * @param lockWait  how long a write waits for another process (or connection) holding the store's write lock
 *                  before it gives up with a message saying so
 * @param migrateFirst with {@code readOnly}: when the store's schema is older than this Dossier's and the store can
 *                  be written, migrate it first (as the first command after an upgrade of Dossier would), then open it
 *                  read-only; without, an older schema is refused with the reason
 */
public record OpenOptions(boolean readOnly, Duration lockWait, boolean migrateFirst) {

    /** The wait when none is given: long enough for another process to store a long article. */
    public static final Duration DEFAULT_LOCK_WAIT = Duration.ofSeconds(60);

    /** Read-write, waiting {@link #DEFAULT_LOCK_WAIT} for the write lock. */
    public static final OpenOptions READ_WRITE = new OpenOptions(false, DEFAULT_LOCK_WAIT, false);

    /** Read-only; an older schema is refused. */
    public static final OpenOptions READ_ONLY = new OpenOptions(true, DEFAULT_LOCK_WAIT, false);

    /** Read-only; an older schema on a store that can be written is migrated first. */
    public static final OpenOptions READING = new OpenOptions(true, DEFAULT_LOCK_WAIT, true);

    public OpenOptions {
        Objects.requireNonNull(lockWait, "lockWait");
        if (lockWait.isNegative()) {
            throw new IllegalArgumentException("the lock wait must not be negative, not " + lockWait);
        }
    }

    public OpenOptions withLockWait(Duration wait) {
        return new OpenOptions(readOnly, wait, migrateFirst);
    }
}

package org.dossier.store;

/** A store operation that failed; the message names the article or database, the problem and the fix. */
public final class StoreException extends RuntimeException {

    public StoreException(String message) {
        super(message);
    }

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}

package org.dossier.store;

/** What storing one article did. */
public sealed interface PutResult {

    /** The article was stored, with {@code entities} article entities tied to corpus entities. */
    record Stored(String id, int entities) implements PutResult {
    }

    /** The same text was already stored (under {@code existingId}); nothing was written. */
    record Duplicate(String id, String existingId) implements PutResult {
    }
}

package org.dossier.store;

import org.dossier.model.ArticleRecord;

import java.util.Optional;
import java.util.function.Consumer;

/**
 * A corpus of {@code dossier/1} records. {@link #put} stores one article in one transaction: either all of it,
 * its entities tied to corpus entities, and its full-text index entries, or nothing. {@link #get} gives the record
 * back exactly as it was put ({@code DossierJson.line} of both is the same string).
 *
 * <p>One instance is one connection: use it from one thread at a time. Close it when done.
 */
public interface Store extends AutoCloseable {

    /** Whether an article with this text (SHA-256 of its UTF-8 bytes, hex) is stored. */
    boolean containsText(String textSha256);

    /**
     * Stores one article, or does nothing when the same text is already stored.
     *
     * @throws StoreException when another article with the same id but a different text is stored, or the database
     *                        fails; nothing of the article is then stored
     */
    PutResult put(ArticleRecord record);

    /** The record of article {@code id}, as put. */
    Optional<ArticleRecord> get(String id);

    /** Every stored record in id order, one at a time (memory for one article). */
    void forEach(Consumer<ArticleRecord> sink);

    /** Number of articles stored. */
    long size();

    /** Checks the database and every stored article (text hash, spans, references). */
    IntegrityReport check();

    /** What the user should see as the store's name. */
    String describe();

    @Override
    void close();
}

package org.dossier.store;

import org.dossier.model.ArticleRecord;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
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

    /** Whether an article with this text (SHA-256 of its UTF-8 bytes, hex: {@link #textSha256}) is stored. */
    default boolean containsText(String textSha256) {
        return findText(textSha256).isPresent();
    }

    /** The stored article with this text ({@link #textSha256}), and the extractor version that produced it. */
    Optional<StoredText> findText(String textSha256);

    /**
     * Stores one article, produced by extractor version {@code extractorVersion} ({@code null}: unknown, which
     * counts as older than any), or does nothing when the same text is already stored.
     *
     * @throws StoreException when another article with the same id but a different text is stored, or the database
     *                        fails; nothing of the article is then stored
     */
    PutResult put(ArticleRecord record, String extractorVersion);

    /** {@link #put(ArticleRecord, String)} with an unknown extractor version. */
    default PutResult put(ArticleRecord record) {
        return put(record, null);
    }

    /**
     * Re-extraction: replaces the stored article with {@code record}'s id (and the same text) by {@code record},
     * in one transaction: its old rows go, the corpus entities it was tied to forget it (their article counts,
     * names, keys, first and last days and co-occurrences follow; one left with no article goes), and the new
     * record is stored and tied to corpus entities as {@link #put} ties them. On failure nothing changes.
     *
     * @throws StoreException when no article has that id, its stored text differs, or the database fails
     */
    PutResult.Stored replace(ArticleRecord record, String extractorVersion);

    /**
     * Ids of the stored articles, in id order, whose records another extractor version than {@code version}
     * produced (an unknown version included); every id when {@code version} is {@code null}.
     */
    List<String> idsExtractedOtherThan(String version);

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

    /** Hex SHA-256 of the UTF-8 bytes of {@code text}: the key that makes re-ingesting the same text a no-op. */
    static String textSha256(String text) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(md.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JVM has no SHA-256", e);
        }
    }
}

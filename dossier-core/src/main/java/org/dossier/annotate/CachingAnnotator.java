package org.dossier.annotate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.function.Supplier;

/**
 * Keeps annotations on disk, keyed by the SHA-256 of the text and a profile name, so re-running the extractors
 * over a corpus does not re-run the annotator. The inner annotator is built only on the first cache miss, so a
 * fully cached run loads no models. Thread-safe; entries are written to a temporary file and moved into place.
 */
public final class CachingAnnotator implements Annotator {

    private final Path dir;
    private final String profile;
    private final Supplier<Annotator> factory;
    private volatile Annotator inner;

    /**
     * @param profile names the annotator configuration; change it when the configuration changes
     */
    public CachingAnnotator(Path dir, String profile, Supplier<Annotator> factory) {
        this.dir = dir;
        this.profile = profile;
        this.factory = factory;
    }

    @Override
    public AnnotatedArticle annotate(String text) {
        Path file = dir.resolve(profile + "-" + key(text) + ".json");
        if (Files.exists(file)) {
            try {
                AnnotatedArticle cached = AnnotatedArticleJson.read(file);
                if (cached.text().equals(text)) {
                    return cached;
                }
            } catch (IOException e) {
                // a damaged entry is annotated again and overwritten below
            }
        }
        AnnotatedArticle fresh = inner().annotate(text);
        try {
            Files.createDirectories(dir);
            Path tmp = Files.createTempFile(dir, "tmp-", ".json");
            AnnotatedArticleJson.write(fresh, tmp);
            try {
                Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the annotation cache in " + dir
                    + " (" + e.getMessage() + "); check the folder or drop --annotation-cache", e);
        }
        return fresh;
    }

    private Annotator inner() {
        Annotator a = inner;
        if (a == null) {
            synchronized (this) {
                if (inner == null) {
                    inner = factory.get();
                }
                a = inner;
            }
        }
        return a;
    }

    private static String key(String text) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(md.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JVM has no SHA-256", e);
        }
    }
}

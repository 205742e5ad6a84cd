package org.dossier.annotate;

import org.dossier.model.Article;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * Annotations made once by CoreNLP (the {@code dossierProperties()} profile) and kept as JSON test resources, so
 * unit tests exercise the extractors on real annotations without loading models. The texts are ours
 * ({@code examples/}).
 */
public final class CannedArticles {

    private CannedArticles() {
    }

    /** {@code examples/harbor-strike-2025-03-04.txt}, annotated. */
    public static AnnotatedArticle harborStrike() {
        return load("harbor-strike-2025-03-04.annotated.json");
    }

    /** The metadata of {@link #harborStrike()}. */
    public static Article harborStrikeArticle() {
        return new Article("harbor-strike-2025-03-04", "Rotterdam dockworkers end strike as port agrees to talks",
                "Dossier examples", null, "2025-03-04", "en", harborStrike().text(), "examples/harbor-strike-2025-03-04.txt");
    }

    private static AnnotatedArticle load(String name) {
        try (InputStream in = CannedArticles.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + name);
            }
            return AnnotatedArticleJson.read(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

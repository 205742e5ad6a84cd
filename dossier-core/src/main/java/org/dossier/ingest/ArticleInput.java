package org.dossier.ingest;

import org.dossier.model.Article;

import java.util.List;

/** What reading one article gave: the article, or why it could not be read. */
public sealed interface ArticleInput {

    /** Where it came from: {@code path} or {@code path:line}. */
    String origin();

    /** An article read, with the repairs and doubts met while reading it. */
    record Loaded(Article article, List<String> warnings) implements ArticleInput {
        public Loaded {
            warnings = List.copyOf(warnings);
        }

        @Override
        public String origin() {
            return article.origin();
        }
    }

    /** An article that could not be read; {@code message} names the place, the problem and the fix. */
    record Failed(String origin, String message) implements ArticleInput {
    }
}

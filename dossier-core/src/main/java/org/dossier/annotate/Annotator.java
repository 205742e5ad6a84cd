package org.dossier.annotate;

/**
 * Turns an article's text into an {@link AnnotatedArticle}.
 *
 * <p>Implementations load their models once, when constructed, and are safe to call from several threads
 * at once: the pipeline annotates articles in parallel with one shared instance.
 */
public interface Annotator {

    /**
     * Annotates {@code text}. Every token's offsets index {@code text} exactly as given.
     */
    AnnotatedArticle annotate(String text);
}

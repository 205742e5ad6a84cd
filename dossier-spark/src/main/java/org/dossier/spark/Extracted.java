package org.dossier.spark;

import java.io.Serializable;

/**
 * What the extraction made of one {@link ArticleItem}: its {@code dossier/1} line, the text (which the line does
 * not carry) and its {@code texts/} line ({@link org.dossier.corpus.ArticleTexts}), or the stage where it failed and
 * the message.
 */
public record Extracted(String id, String origin, String line, String text, String textLine, String stage,
                        String message)
        implements Serializable {

    private static final long serialVersionUID = 1L;

    boolean ok() {
        return line != null;
    }
}

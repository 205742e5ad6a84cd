package org.dossier.web.view;

import java.util.List;

/**
 * A stretch of article text and the highlights covering it: {@code classes} style it (entity type, date, quote,
 * claim part, event factuality), {@code refs} name the {@link Detail}s it belongs to. A piece with no refs is plain.
 */
public record Piece(String text, String classes, List<String> refs, String tooltip) {

    public Piece {
        refs = List.copyOf(refs);
    }

    public boolean plain() {
        return refs.isEmpty();
    }

    public String refList() {
        return String.join(" ", refs);
    }
}

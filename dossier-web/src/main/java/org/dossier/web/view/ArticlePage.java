package org.dossier.web.view;

import java.util.List;

/**
 * An article shown with its highlights. {@code url} is the original address when it is an http(s) URL (anything
 * else, {@code javascript:} included, is shown as text, never linked: see {@link #safeUrl}).
 */
public record ArticlePage(String id, String title, String source, String url, String rawUrl, String published,
                          List<Piece> pieces, List<Detail> details, List<String> warnings) {

    public ArticlePage {
        pieces = List.copyOf(pieces);
        details = List.copyOf(details);
        warnings = List.copyOf(warnings);
    }

    /** {@code url} when it may be a link target (http or https), else {@code null}. */
    public static String safeUrl(String url) {
        if (url == null) {
            return null;
        }
        String u = url.strip();
        return u.regionMatches(true, 0, "http://", 0, 7) || u.regionMatches(true, 0, "https://", 0, 8) ? u : null;
    }
}

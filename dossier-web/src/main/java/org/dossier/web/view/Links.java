package org.dossier.web.view;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** Addresses of pages, with ids encoded as one path segment (an id may hold '/', '?', spaces ...). */
public final class Links {

    private Links() {
    }

    public static String article(String id) {
        return "/article/" + segment(id);
    }

    public static String apiArticle(String id) {
        return "/api/articles/" + segment(id);
    }

    public static String entity(long id) {
        return "/entity/" + id;
    }

    /** A corpus event's page. */
    public static String corpusEvent(long id) {
        return "/event/" + id;
    }

    public static String apiCorpusEvent(long id) {
        return "/api/corpus-events/" + id;
    }

    public static String timelineOf(String entityName) {
        return "/timeline?entity=" + URLEncoder.encode(entityName, StandardCharsets.UTF_8);
    }

    static String segment(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }
}

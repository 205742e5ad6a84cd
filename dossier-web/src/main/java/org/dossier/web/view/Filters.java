package org.dossier.web.view;

import org.dossier.model.EventFamily;
import org.dossier.model.EventType;
import org.dossier.query.ArticleFilter;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/** The filter form's values, echoed back into the form and into links (query string). */
public record Filters(String q, String from, String to, String entity, String type, String source, String family) {

    public static Filters of(String q, ArticleFilter f) {
        return of(q, f, null);
    }

    /** The filters with an event family (a timeline's; {@code null}: none). */
    public static Filters of(String q, ArticleFilter f, EventFamily family) {
        return new Filters(q == null ? "" : q, f.from() == null ? "" : f.from().toString(),
                f.to() == null ? "" : f.to().toString(), nz(f.entity()),
                f.eventType() == null ? "" : f.eventType().name(), nz(f.source()),
                family == null ? "" : family.cliName());
    }

    public static List<String> eventTypes() {
        return Arrays.stream(EventType.values()).map(Enum::name).toList();
    }

    /** The event families as the {@code family} parameter takes them ({@code material-conflict}, ...). */
    public static List<String> families() {
        return Arrays.stream(EventFamily.values()).map(EventFamily::cliName).toList();
    }

    /** The filters as a URL query string ({@code from=...&to=...}), without the search text. */
    public String query() {
        StringBuilder b = new StringBuilder();
        add(b, "from", from);
        add(b, "to", to);
        add(b, "entity", entity);
        add(b, "type", type);
        add(b, "source", source);
        add(b, "family", family);
        return b.toString();
    }

    private static void add(StringBuilder b, String k, String v) {
        if (v != null && !v.isEmpty()) {
            b.append(b.length() > 0 ? "&" : "").append(k).append('=').append(URLEncoder.encode(v, StandardCharsets.UTF_8));
        }
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}

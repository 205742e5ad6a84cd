package org.dossier.ingest.html;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.dossier.model.PublicationDate;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A page's metadata, from (first found wins) JSON-LD {@code NewsArticle}/{@code Article}, Open Graph and
 * {@code article:*} properties, {@code <meta name>}, and the {@code <title>}. Read before boilerplate is removed.
 */
final class HtmlMetadata {

    private static final ObjectMapper JSON = new ObjectMapper();

    final Map<String, String> meta = new LinkedHashMap<>();
    JsonNode ld;
    final List<String> warnings = new ArrayList<>();

    HtmlMetadata(Document doc) {
        for (Element m : doc.select("meta[content]")) {
            for (String attr : List.of("property", "name", "itemprop")) {
                String key = m.attr(attr).toLowerCase(Locale.ROOT).strip();
                if (!key.isEmpty()) {
                    meta.putIfAbsent(key, m.attr("content").strip());
                }
            }
        }
        for (Element s : doc.select("script[type=application/ld+json]")) {
            try {
                JsonNode found = article(JSON.readTree(s.data()));
                if (found != null && ld == null) {
                    ld = found;
                }
            } catch (Exception e) {
                warnings.add("a JSON-LD block is not valid JSON (" + e.getMessage().lines().findFirst().orElse("")
                        + "); its metadata was ignored");
            }
        }
    }

    private static JsonNode article(JsonNode node) {
        if (node == null) {
            return null;
        }
        if (node.isArray()) {
            for (JsonNode n : node) {
                JsonNode a = article(n);
                if (a != null) {
                    return a;
                }
            }
            return null;
        }
        if (node.has("@graph")) {
            return article(node.get("@graph"));
        }
        String type = node.path("@type").isArray() ? node.path("@type").toString() : node.path("@type").asText();
        return type.matches("(?s).*(NewsArticle|Article|BlogPosting|Report).*") ? node : null;
    }

    String title(Document doc) {
        return first(meta.get("og:title"), meta.get("twitter:title"), ld(ld, "headline"), blank(doc.title()),
                doc.selectFirst("h1") == null ? null : blank(doc.selectFirst("h1").text()));
    }

    String author() {
        String fromLd = null;
        if (ld != null && ld.has("author")) {
            List<String> names = new ArrayList<>();
            JsonNode a = ld.get("author");
            for (JsonNode one : a.isArray() ? a : List.of(a)) {
                String n = one.isTextual() ? one.asText() : one.path("name").asText(null);
                if (n != null && !n.isBlank()) {
                    names.add(n.strip());
                }
            }
            fromLd = names.isEmpty() ? null : String.join(", ", names);
        }
        String articleAuthor = meta.get("article:author");
        if (articleAuthor != null && articleAuthor.matches("^https?://.*")) {
            articleAuthor = null; // a profile URL, not a name
        }
        return first(fromLd, meta.get("author"), articleAuthor, meta.get("dc.creator"), meta.get("byl"));
    }

    String publisher() {
        return first(meta.get("og:site_name"), ld == null ? null : ld(ld.path("publisher"), "name"),
                meta.get("publisher"), meta.get("application-name"));
    }

    String url(Document doc, String given) {
        Element canonical = doc.selectFirst("link[rel=canonical][href]");
        return first(canonical == null ? null : blank(canonical.absUrl("href")), meta.get("og:url"), given);
    }

    String language(Document doc) {
        String lang = first(blank(doc.selectFirst("html") == null ? null : doc.selectFirst("html").attr("lang")),
                meta.get("og:locale"), meta.get("content-language"), ld(ld, "inLanguage"));
        return lang == null ? "en" : lang.toLowerCase(Locale.ROOT).split("[-_]")[0];
    }

    /** The publication date as ISO, or {@code null} with a warning when the page's value cannot be read. */
    String published(Document doc) {
        Map<String, String> sources = new LinkedHashMap<>();
        sources.put("<meta property=\"article:published_time\">", meta.get("article:published_time"));
        sources.put("JSON-LD datePublished", ld(ld, "datePublished"));
        for (String name : List.of("datepublished", "date", "pubdate", "publishdate", "dc.date.issued",
                "dcterms.issued", "dc.date", "parsely-pub-date", "sailthru.date", "og:published_time")) {
            sources.put("<meta name=\"" + name + "\">", meta.get(name));
        }
        Element time = doc.selectFirst("time[datetime]");
        sources.put("<time datetime>", time == null ? null : blank(time.attr("datetime")));
        for (Map.Entry<String, String> e : sources.entrySet()) {
            if (e.getValue() == null) {
                continue;
            }
            String iso = iso(e.getValue());
            if (iso != null) {
                return iso;
            }
            warnings.add("publication date '" + e.getValue() + "' in " + e.getKey() + " is not a date; it was "
                    + "ignored (give --published if no other date is found)");
        }
        return null;
    }

    /** An ISO form of a date as pages write it (ISO, or RFC 1123), or {@code null}. */
    static String iso(String value) {
        String v = value.strip();
        try {
            PublicationDate.parse(v);
            return v;
        } catch (IllegalArgumentException notIso) {
            // try the other forms below
        }
        try {
            return OffsetDateTime.parse(v.replaceFirst("([+-]\\d\\d)(\\d\\d)$", "$1:$2")).toString();
        } catch (RuntimeException e) {
            // next
        }
        try {
            return ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME).toOffsetDateTime().toString();
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static String ld(JsonNode node, String field) {
        if (node == null || !node.has(field)) {
            return null;
        }
        JsonNode v = node.get(field);
        return v.isValueNode() ? blank(v.asText()) : null;
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static String first(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v.strip();
            }
        }
        return null;
    }
}

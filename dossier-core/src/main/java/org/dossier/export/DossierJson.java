package org.dossier.export;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.dossier.model.Article;
import org.dossier.model.ArticleRecord;
import org.dossier.model.Claim;
import org.dossier.model.Entity;
import org.dossier.model.EntityType;
import org.dossier.model.Event;
import org.dossier.model.EventType;
import org.dossier.model.Factuality;
import org.dossier.model.Participant;
import org.dossier.model.Quote;
import org.dossier.model.Span;
import org.dossier.model.Timex;
import org.dossier.model.TimexType;

import java.util.ArrayList;
import java.util.List;

/**
 * The {@code dossier/1} JSON form of an {@link ArticleRecord}, written with fields in the order of the contract,
 * {@code docs/spec/dossier-1.md} (the project's versioned output spec: additive changes only), and read back
 * ({@link #read}) so that stored records round-trip unchanged.
 * Thread-safe.
 */
public final class DossierJson {

    /** The layers this version extracts. */
    public static final List<String> LAYERS = List.of("entities", "timexes", "quotes", "claims", "events");

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final ObjectMapper PRETTY = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private DossierJson() {
    }

    public static ObjectNode toTree(ArticleRecord r) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("schema", ArticleRecord.SCHEMA);
        Article a = r.article();
        ObjectNode doc = root.putObject("document");
        doc.put("id", a.id());
        doc.put("title", a.title());
        doc.put("source", a.source());
        doc.put("url", a.url());
        doc.put("published", a.published());
        doc.put("language", a.language());
        doc.put("sha256", r.sha256());
        ArrayNode layers = root.putArray("layers");
        LAYERS.forEach(layers::add);
        ArrayNode ents = root.putArray("entities");
        for (Entity e : r.entities()) {
            ObjectNode o = ents.addObject();
            o.put("id", e.id());
            o.put("type", e.type().name());
            if (e.subtype() != null) {
                o.put("subtype", e.subtype());
            }
            o.put("name", e.name());
            e.aliases().forEach(o.putArray("aliases")::add);
            e.titles().forEach(o.putArray("titles")::add);
            ArrayNode ms = o.putArray("mentions");
            e.mentions().forEach(m -> span(ms.addObject(), m));
        }
        ArrayNode tx = root.putArray("timexes");
        for (Timex t : r.timexes()) {
            ObjectNode o = tx.addObject();
            o.put("id", t.id());
            span(o, t.span());
            o.put("type", t.type().name());
            o.put("value", t.value());
        }
        ArrayNode qs = root.putArray("quotes");
        for (Quote q : r.quotes()) {
            ObjectNode o = qs.addObject();
            o.put("id", q.id());
            span(o, q.span());
            o.put("speaker", q.speaker());
            o.put("cue", q.cue());
            if (q.cueSpan() != null) {
                span(o.putObject("cue_span"), q.cueSpan());
            }
            o.put("claim", q.claim());
        }
        ArrayNode cs = root.putArray("claims");
        for (Claim c : r.claims()) {
            ObjectNode o = cs.addObject();
            o.put("id", c.id());
            o.put("source", c.source());
            optionalSpan(o, "source_span", c.sourceSpan());
            optionalSpan(o, "cue", c.cue());
            optionalSpan(o, "content", c.content());
            c.via().forEach(o.putArray("via")::add);
            o.put("date", c.date());
            o.put("hedged", c.hedged());
        }
        ArrayNode evs = root.putArray("events");
        for (Event e : r.events()) {
            ObjectNode o = evs.addObject();
            o.put("id", e.id());
            o.put("type", e.type().name());
            o.put("cameo", e.cameo());
            o.put("ace", e.ace());
            o.put("predicate", e.predicate());
            span(o.putObject("trigger"), e.trigger());
            o.put("sentence", e.sentence());
            ArrayNode ps = o.putArray("participants");
            for (Participant p : e.participants()) {
                ps.addObject().put("entity", p.entity()).put("role", p.role());
            }
            o.put("location", e.location());
            o.put("date", e.date());
            o.put("timex", e.timex());
            o.put("factuality", e.factuality().label());
            o.put("attribution", e.attribution());
        }
        if (!r.warnings().isEmpty()) {
            r.warnings().forEach(root.putArray("warnings")::add);
        }
        return root;
    }

    private static void span(ObjectNode o, Span s) {
        o.put("start", s.start());
        o.put("end", s.end());
        o.put("text", s.text());
    }

    private static void optionalSpan(ObjectNode o, String field, Span s) {
        if (s == null) {
            o.putNull(field);
        } else {
            span(o.putObject(field), s);
        }
    }

    /** One line of JSON, no trailing newline. */
    public static String line(ArticleRecord r) {
        return write(MAPPER, r);
    }

    /** Indented JSON. */
    public static String pretty(ArticleRecord r) {
        return write(PRETTY, r);
    }

    private static String write(ObjectMapper m, ArticleRecord r) {
        try {
            return m.writeValueAsString(toTree(r));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialize article " + r.article().id(), e);
        }
    }

    /**
     * Reads a {@code dossier/1} record back. The JSON does not carry the article's text, so the caller gives it;
     * {@code origin} says where the record came from, for messages.
     *
     * @throws IllegalArgumentException when the JSON is not a {@code dossier/1} record, naming what is wrong
     */
    public static ArticleRecord read(String json, String text, String origin) {
        JsonNode root;
        try {
            root = MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(origin + ": not JSON (" + e.getOriginalMessage() + ")", e);
        }
        if (root == null || !ArticleRecord.SCHEMA.equals(root.path("schema").asText())) {
            throw new IllegalArgumentException(origin + ": not a " + ArticleRecord.SCHEMA + " record (no \"schema\": \""
                    + ArticleRecord.SCHEMA + "\")");
        }
        try {
            JsonNode d = root.get("document");
            Article article = new Article(d.get("id").asText(), str(d, "title"), str(d, "source"), str(d, "url"),
                    str(d, "published"), str(d, "language"), text, origin);
            List<Entity> entities = new ArrayList<>();
            for (JsonNode e : root.path("entities")) {
                entities.add(new Entity(e.get("id").asText(), EntityType.valueOf(e.get("type").asText()),
                        str(e, "subtype"), e.get("name").asText(), strings(e.path("aliases")), strings(e.path("titles")),
                        spans(e.path("mentions"))));
            }
            List<Timex> timexes = new ArrayList<>();
            for (JsonNode t : root.path("timexes")) {
                timexes.add(new Timex(t.get("id").asText(), span(t), TimexType.valueOf(t.get("type").asText()),
                        t.get("value").asText()));
            }
            List<Quote> quotes = new ArrayList<>();
            for (JsonNode q : root.path("quotes")) {
                quotes.add(new Quote(q.get("id").asText(), span(q), str(q, "speaker"), str(q, "cue"),
                        optionalSpan(q.get("cue_span")), str(q, "claim")));
            }
            List<Claim> claims = new ArrayList<>();
            for (JsonNode c : root.path("claims")) {
                claims.add(new Claim(c.get("id").asText(), str(c, "source"), optionalSpan(c.get("source_span")),
                        optionalSpan(c.get("cue")), optionalSpan(c.get("content")), strings(c.path("via")),
                        str(c, "date"), c.path("hedged").asBoolean(false)));
            }
            List<Event> events = new ArrayList<>();
            for (JsonNode e : root.path("events")) {
                List<Participant> ps = new ArrayList<>();
                for (JsonNode p : e.path("participants")) {
                    ps.add(new Participant(p.get("entity").asText(), p.get("role").asText()));
                }
                events.add(new Event(e.get("id").asText(), EventType.valueOf(e.get("type").asText()), str(e, "cameo"),
                        str(e, "predicate"), span(e.get("trigger")), e.path("sentence").asInt(), ps,
                        str(e, "location"), str(e, "date"), str(e, "timex"),
                        Factuality.ofLabel(e.get("factuality").asText()), str(e, "attribution"), str(e, "ace")));
            }
            return new ArticleRecord(article, str(d, "sha256"), entities, timexes, quotes, claims, events,
                    strings(root.path("warnings")));
        } catch (NullPointerException | IllegalArgumentException e) {
            throw new IllegalArgumentException(origin + ": a " + ArticleRecord.SCHEMA
                    + " record with a missing or bad field (" + e.getMessage() + ")", e);
        }
    }

    private static String str(JsonNode o, String field) {
        JsonNode v = o.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(v -> out.add(v.asText()));
        return out;
    }

    private static Span span(JsonNode o) {
        return new Span(o.get("start").asInt(), o.get("end").asInt(), o.get("text").asText());
    }

    private static Span optionalSpan(JsonNode o) {
        return o == null || o.isNull() ? null : span(o);
    }

    private static List<Span> spans(JsonNode array) {
        List<Span> out = new ArrayList<>();
        array.forEach(s -> out.add(span(s)));
        return out;
    }
}

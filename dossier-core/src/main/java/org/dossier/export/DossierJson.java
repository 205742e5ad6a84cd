package org.dossier.export;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.dossier.model.Article;
import org.dossier.model.ArticleRecord;
import org.dossier.model.Entity;
import org.dossier.model.Span;
import org.dossier.model.Timex;

import java.util.List;

/** The {@code dossier/1} JSON form of an {@link ArticleRecord}. Thread-safe. */
public final class DossierJson {

    /** The layers this version extracts; the others are written as empty arrays. */
    public static final List<String> LAYERS = List.of("entities", "timexes");

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
        root.putArray("quotes");
        root.putArray("claims");
        root.putArray("events");
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
}

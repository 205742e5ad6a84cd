package org.dossier.corpus;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The line of a {@code texts/} file that goes with a {@code dossier/1} record, which does not carry its article's
 * text: {@code {"id": …, "sha256": …, "extractor": …, "text": …}}, the record's id, the SHA-256 of the text (the
 * record's {@code document.sha256}), the extractor version that made the record, and the text. The Spark job writes
 * them beside {@code records/}; {@link RecordImport} reads both.
 */
public final class ArticleTexts {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** One line of a texts file, parsed. */
    public record Line(String id, String sha256, String extractor, String text) {
    }

    private ArticleTexts() {
    }

    /** The line for an article, without a trailing newline. */
    public static String line(String id, String sha256, String extractor, String text) {
        ObjectNode o = JSON.createObjectNode();
        o.put("id", id);
        o.put("sha256", sha256);
        o.put("extractor", extractor);
        o.put("text", text);
        return o.toString();
    }

    /**
     * Parses one line.
     *
     * @throws IllegalArgumentException naming {@code origin} and what is wrong
     */
    public static Line parse(String line, String origin) {
        JsonNode n;
        try {
            n = JSON.readTree(line);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(origin + ": not JSON (" + e.getOriginalMessage() + "); a texts line is "
                    + "{\"id\": …, \"sha256\": …, \"extractor\": …, \"text\": …}");
        }
        if (n == null || !n.isObject() || !n.path("sha256").isTextual() || !n.path("text").isTextual()) {
            throw new IllegalArgumentException(origin + ": a texts line needs \"sha256\" and \"text\" strings");
        }
        return new Line(n.path("id").asText(null), n.get("sha256").asText(),
                n.hasNonNull("extractor") ? n.get("extractor").asText() : null, n.get("text").asText());
    }
}

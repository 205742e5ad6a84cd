package org.dossier.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.dossier.testing.Needs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The whole pipeline, real models, on the founding article in {@code ../shared}: the dossier/1 record holds
 * together (every span is the text it claims to be) and carries the layers' key facts. The figures per layer are
 * the quality gate's job ({@code .ci/quality-gate}).
 */
class FoundingArticleIT {

    private static final String ID = "kyiv-independent-2024-12-18-zelensky-brussels";

    @TempDir
    Path out;

    @Test
    void extractsAConsistentRecord() throws Exception {
        Path article = Needs.shared("corpus/dev/" + ID + ".txt");
        StringWriter err = new StringWriter();
        CommandLine cl = Main.commandLine();
        cl.setErr(new PrintWriter(err, true));
        int code = cl.execute("extract", article.toString(), "-o", out.toString());
        assertThat(code).as(err.toString()).isZero();

        JsonNode doc = new ObjectMapper().readTree(out.resolve(ID + ".json").toFile());
        String text = Files.readString(article);
        assertThat(doc.get("document").get("published").asText()).isEqualTo("2024-12-18");
        assertThat(doc.get("document").get("source").asText()).isEqualTo("Kyiv Independent");
        for (JsonNode entity : doc.get("entities")) {
            entity.get("mentions").forEach(m -> assertSpan(text, m));
        }
        doc.get("timexes").forEach(t -> assertSpan(text, t));
        JsonNode range = find(doc.get("timexes"), "text", "Dec. 18-19");
        assertThat(range.get("value").asText()).isEqualTo("2024-12-18/2024-12-19");
        JsonNode zelensky = find(doc.get("entities"), "name", "Volodymyr Zelensky");
        assertThat(zelensky.get("type").asText()).isEqualTo("PERSON");
        assertThat(zelensky.get("aliases").toString()).contains("\"Zelensky\"");
    }

    private static JsonNode find(JsonNode array, String field, String value) {
        for (JsonNode n : array) {
            if (value.equals(n.get(field).asText())) {
                return n;
            }
        }
        throw new AssertionError("no item with " + field + " = " + value + " in " + array);
    }

    private static void assertSpan(String text, JsonNode span) {
        assertThat(text.substring(span.get("start").asInt(), span.get("end").asInt()))
                .isEqualTo(span.get("text").asText());
    }
}

package org.dossier.export;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.dossier.model.Article;
import org.dossier.model.ArticleRecord;
import org.dossier.model.Entity;
import org.dossier.model.EntityType;
import org.dossier.model.Span;
import org.dossier.model.Timex;
import org.dossier.model.TimexType;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class DossierJsonTest {

    private final String text = "Mayor Ana Ruiz spoke on Monday.";
    private final Article article = new Article("a1", null, "Gazette", null, "2023-03-07", "en", text, "a1.txt");
    private final ArticleRecord record = new ArticleRecord(article, "abc",
            List.of(new Entity("E1", EntityType.PERSON, null, "Ana Ruiz", List.of("Ruiz"), List.of("Mayor"),
                    List.of(Span.of(text, 6, 14)))),
            List.of(new Timex("T1", Span.of(text, 24, 30), TimexType.DATE, "2023-03-06")),
            List.of());

    @Test
    void writesTheContractFieldsInOrder() throws Exception {
        JsonNode root = new ObjectMapper().readTree(DossierJson.line(record));
        assertThat(root.get("schema").asText()).isEqualTo("dossier/1");
        assertThat(root.fieldNames()).toIterable()
                .containsExactly("schema", "document", "layers", "entities", "timexes", "quotes", "claims", "events");
        assertThat(root.get("document").fieldNames()).toIterable()
                .containsExactly("id", "title", "source", "url", "published", "language", "sha256");
        assertThat(root.get("document").get("title").isNull()).isTrue();
        JsonNode e = root.get("entities").get(0);
        assertThat(e.get("name").asText()).isEqualTo("Ana Ruiz");
        assertThat(e.get("titles").get(0).asText()).isEqualTo("Mayor");
        assertThat(e.get("mentions").get(0).get("text").asText()).isEqualTo("Ana Ruiz");
        JsonNode t = root.get("timexes").get(0);
        assertThat(t.get("start").asInt()).isEqualTo(24);
        assertThat(t.get("end").asInt()).isEqualTo(30);
        assertThat(t.get("value").asText()).isEqualTo("2023-03-06");
    }

    @Test
    void prettyAndLineFormsCarryTheSameRecord() throws Exception {
        ObjectMapper m = new ObjectMapper();
        assertThat(m.readTree(DossierJson.pretty(record))).isEqualTo(m.readTree(DossierJson.line(record)));
        assertThat(DossierJson.line(record)).doesNotContain("\n");
    }

    @Test
    void warningsAppearOnlyWhenThereAreSome() throws Exception {
        ArticleRecord warned = new ArticleRecord(article, "abc", List.of(), List.of(), List.of("no publication date"));
        assertThat(new ObjectMapper().readTree(DossierJson.line(warned)).get("warnings").get(0).asText())
                .isEqualTo("no publication date");
        assertThat(new ObjectMapper().readTree(DossierJson.line(record)).has("warnings")).isFalse();
    }
}

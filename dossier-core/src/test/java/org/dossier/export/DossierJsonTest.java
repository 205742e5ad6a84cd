package org.dossier.export;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.dossier.model.Article;
import org.dossier.model.Claim;
import org.dossier.model.Event;
import org.dossier.model.EventType;
import org.dossier.model.Factuality;
import org.dossier.model.Participant;
import org.dossier.model.Quote;
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
            List.of(), List.of(), List.of(), List.of());

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
    void everyLayerRoundTripsByteForByte() {
        String said = "Mayor Ana Ruiz said on Monday \"we will build\", reportedly citing engineers.";
        Span quote = Span.of(said, 31, 44);
        ArticleRecord full = new ArticleRecord(
                new Article("a2", "T", "Gazette", "https://example.org/a2", "2023-03-07T10:00:00Z", "en", said, "a2.txt"),
                "def",
                List.of(new Entity("E1", EntityType.PERSON, null, "Ana Ruiz", List.of(), List.of("Mayor"),
                        List.of(Span.of(said, 6, 14)))),
                List.of(new Timex("T1", Span.of(said, 23, 29), TimexType.DATE, "2023-03-06")),
                List.of(new Quote("Q1", quote, "E1", "said", Span.of(said, 15, 19), "C1")),
                List.of(new Claim("C1", "E1", Span.of(said, 6, 14), Span.of(said, 15, 19), quote,
                        List.of("engineers"), "2023-03-06", true)),
                List.of(new Event("V1", EventType.STATEMENT, "01", "say", Span.of(said, 15, 19), 0,
                        List.of(new Participant("E1", "source")), null, "2023-03-06", "T1", Factuality.ASSERTED, null)),
                List.of("a warning"));
        String line = DossierJson.line(full);
        ArticleRecord back = DossierJson.read(line, said, "a2.txt");
        assertThat(back).isEqualTo(full);
        assertThat(DossierJson.line(back)).isEqualTo(line);
        assertThat(DossierJson.read(DossierJson.pretty(full), said, "a2.txt")).isEqualTo(full);
    }

    @Test
    void anEventsAceSubtypeIsWrittenAfterItsCameoCodeAndReadBack() throws Exception {
        String text = "The climber died on Monday.";
        Event died = new Event("V1", EventType.DEATH, null, "die", Span.of(text, 12, 16), 0, List.of(), null,
                null, null, Factuality.ASSERTED, null, "Life:Die");
        ArticleRecord r = new ArticleRecord(record.article(), "abc", List.of(), List.of(), List.of(), List.of(),
                List.of(died), List.of());
        JsonNode e = new ObjectMapper().readTree(DossierJson.line(r)).get("events").get(0);
        assertThat(e.fieldNames()).toIterable().containsSubsequence("type", "cameo", "ace", "predicate");
        assertThat(e.get("type").asText()).isEqualTo("DEATH");
        assertThat(e.get("cameo").isNull()).isTrue();
        assertThat(e.get("ace").asText()).isEqualTo("Life:Die");
        assertThat(DossierJson.read(DossierJson.line(r), record.article().text(), "a.txt").events()).containsExactly(died);
        String before = DossierJson.line(r).replace(",\"ace\":\"Life:Die\"", "");
        assertThat(DossierJson.read(before, record.article().text(), "a.txt").events().get(0).ace()).isNull();
    }

    @Test
    void readingSomethingElseSaysWhat() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> DossierJson.read("{\"schema\": \"x\"}", "", "f.json"))
                .hasMessageContaining("f.json").hasMessageContaining("dossier/1");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> DossierJson.read("{", "", "f.json"))
                .hasMessageContaining("f.json").hasMessageContaining("not JSON");
    }

    @Test
    void prettyAndLineFormsCarryTheSameRecord() throws Exception {
        ObjectMapper m = new ObjectMapper();
        assertThat(m.readTree(DossierJson.pretty(record))).isEqualTo(m.readTree(DossierJson.line(record)));
        assertThat(DossierJson.line(record)).doesNotContain("\n");
    }

    @Test
    void warningsAppearOnlyWhenThereAreSome() throws Exception {
        ArticleRecord warned = new ArticleRecord(article, "abc", List.of(), List.of(), List.of(), List.of(), List.of(),
                List.of("no publication date"));
        assertThat(new ObjectMapper().readTree(DossierJson.line(warned)).get("warnings").get(0).asText())
                .isEqualTo("no publication date");
        assertThat(new ObjectMapper().readTree(DossierJson.line(record)).has("warnings")).isFalse();
    }
}

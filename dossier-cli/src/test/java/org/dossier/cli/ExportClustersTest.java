package org.dossier.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.dossier.model.Article;
import org.dossier.model.ArticleRecord;
import org.dossier.model.Entity;
import org.dossier.model.EntityType;
import org.dossier.model.Event;
import org.dossier.model.EventType;
import org.dossier.model.Factuality;
import org.dossier.model.Participant;
import org.dossier.model.Span;
import org.dossier.model.Timex;
import org.dossier.model.TimexType;
import org.dossier.store.StoreLocation;
import org.dossier.store.jdbc.JdbcStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code dossier export --format clusters}: the JSON Lines score_xdoc.py reads, from the store's corpus layer. */
class ExportClustersTest {

    @TempDir
    Path dir;

    private static Span at(String text, String what) {
        int i = text.indexOf(what);
        return Span.of(text, i, i + what.length());
    }

    private static ArticleRecord record(String id, String text, List<Entity> entities, List<Timex> timexes,
                                        List<Event> events) {
        return new ArticleRecord(new Article(id, null, "Wire", null, "2024-12-08", "en", text, id),
                JdbcStore.sha256(text), entities, timexes, List.of(), List.of(), events, List.of());
    }

    @Test
    void eventAndEntityClustersWithTheirSpans() throws Exception {
        Path db = dir.resolve("c.db");
        String t1 = "Zelensky met Macron in Paris on Saturday to discuss air defence and the Mirage jets.";
        String t2 = "Macron and Zelensky held talks in Paris on Saturday about air defence and Mirage jets.";
        try (JdbcStore s = JdbcStore.open(new StoreLocation.Sqlite(db), Clock.systemUTC())) {
            for (String[] a : new String[][]{{"a1", t1, "met", "meet"}, {"a2", t2, "talks", "talk"}}) {
                String t = a[1];
                s.put(record(a[0], t, List.of(
                                new Entity("E1", EntityType.PERSON, null, "Zelensky", List.of(), List.of(),
                                        List.of(at(t, "Zelensky"))),
                                new Entity("E2", EntityType.PERSON, null, "Macron", List.of(), List.of(),
                                        List.of(at(t, "Macron")))),
                        List.of(new Timex("T1", at(t, "Saturday"), TimexType.DATE, "2024-12-07"),
                                new Timex("T2", at(t, "Paris on"), TimexType.DURATION, "PT1H")),
                        List.of(new Event("V1", EventType.MEETING, "04", a[3], at(t, a[2]), 0,
                                List.of(new Participant("E1", "source"), new Participant("E2", "target")), null,
                                "2024-12-07", "T1", Factuality.ASSERTED, null))));
            }
        }
        Path out = dir.resolve("clusters.jsonl");
        StringWriter err = new StringWriter();
        CommandLine cl = new CommandLine(new Main());
        cl.setOut(new PrintWriter(new StringWriter(), true));
        cl.setErr(new PrintWriter(err, true));
        assertThat(cl.execute("export", "--db", db.toString(), "--format", "clusters", "-o", out.toString())).isZero();
        assertThat(err.toString()).contains("1 event clusters, 2 entity clusters, 3 time clusters");
        List<JsonNode> lines = new ArrayList<>();
        ObjectMapper json = new ObjectMapper();
        for (String line : Files.readAllLines(out)) {
            lines.add(json.readTree(line));
        }
        JsonNode event = lines.get(0);
        assertThat(event.get("kind").asText()).isEqualTo("event");
        assertThat(event.get("mentions").toString()).isEqualTo("[{\"doc\":\"a1\",\"start\":9,\"end\":12},"
                + "{\"doc\":\"a2\",\"start\":25,\"end\":30}]");
        assertThat(lines.stream().filter(l -> l.get("kind").asText().equals("entity")).map(l -> l.get("mentions")
                .size()).toList()).as("Zelensky and Macron across both, Saturday in both, each duration alone")
                .containsExactly(2, 2, 2, 1, 1);
        assertThat(lines.get(3).get("id").asText()).isEqualTo("day-2024-12-07");
    }
}

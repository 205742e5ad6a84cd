package org.dossier.cli;

import org.dossier.pipeline.FakePipelines;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.dossier.annotate.Token;
import org.dossier.model.Entity;
import org.dossier.model.EntityType;
import org.dossier.model.Event;
import org.dossier.model.EventType;
import org.dossier.model.Factuality;
import org.dossier.model.Participant;
import org.dossier.model.Span;
import org.dossier.pipeline.DossierPipeline;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The timeline command over a model-free pipeline whose events are made up: forms, width, options, errors. */
class TimelineCommandTest {

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    /** Every capitalized word is an entity; "met" is a meeting of the words around it, dated by the word after "on". */
    private static DossierPipeline pipeline() {
        return FakePipelines.withEvents(EntityType.PERSON, (annotated, article, entities, timexes, claims) -> {
            List<Event> evs = new ArrayList<>();
            List<Token> ts = annotated.sentences().get(0).tokens();
            for (int i = 1; i + 1 < ts.size(); i++) {
                if (ts.get(i).word().equals("met")) {
                    String date = i + 3 < ts.size() && ts.get(i + 2).word().equals("on") ? ts.get(i + 3).word() : null;
                    evs.add(new Event("V" + (evs.size() + 1), EventType.MEETING, "04", "meet",
                            Span.of(annotated.text(), ts.get(i).start(), ts.get(i).end()), 0,
                            List.of(new Participant(named(entities, ts.get(i - 1).word()), "source"),
                                    new Participant(named(entities, ts.get(i + 1).word()), "target")),
                            null, date, null, Factuality.ASSERTED, null));
                }
            }
            return evs;
        });
    }

    private static String named(List<Entity> entities, String word) {
        return entities.stream().filter(e -> e.name().equals(word)).findFirst().orElseThrow().id();
    }

    private int run(String... args) {
        CommandLine cl = new CommandLine(new Main(), new CommandLine.IFactory() {
            @Override
            public <K> K create(Class<K> cls) throws Exception {
                if (cls == TimelineCommand.class) {
                    return cls.cast(new TimelineCommand(TimelineCommandTest::pipeline,
                            new ByteArrayInputStream(new byte[0])));
                }
                return CommandLine.defaultFactory().create(cls);
            }
        });
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        return cl.execute(args);
    }

    private Path article(String name, String text) throws IOException {
        Path p = dir.resolve(name + ".txt");
        Files.writeString(p, text, StandardCharsets.UTF_8);
        Files.writeString(dir.resolve(name + ".meta.json"), "{\"published\": \"2025-06-20\"}", StandardCharsets.UTF_8);
        return p;
    }

    @BeforeEach
    void noColors() {
        System.setProperty("picocli.ansi", "false");
    }

    @Test
    void tableListsEventsInDateOrderWithinHundredColumnsAndUndatedApart() throws IOException {
        Path a = article("a", "Ortiz met Dahl on 2025-05-09 after a long and very eventful week of talks in the city of"
                + " Bergen on the western coast.");
        Path b = article("b", "Reyes met Kim on 2025-05 . Later Lund met Berg privately .");
        assertThat(run("timeline", a.toString(), b.toString())).as(err.toString()).isZero();
        String[] lines = out.toString().split("\n");
        assertThat(lines).allSatisfy(l -> assertThat(l.length()).isLessThanOrEqualTo(100));
        String table = out.toString();
        assertThat(table.indexOf("2025-05 ")).isLessThan(table.indexOf("2025-05-09"));
        assertThat(table).contains("Reyes \u2192 Kim").contains("Undated");
        assertThat(table.indexOf("Undated")).isLessThan(table.indexOf("Lund \u2192 Berg"));
    }

    @Test
    void jsonAndCsvCarryTheSameEntries() throws IOException {
        Path a = article("a", "Ortiz met Dahl on 2025-05-09 .");
        assertThat(run("timeline", a.toString(), "--format", "json")).isZero();
        JsonNode arr = new ObjectMapper().readTree(out.toString());
        assertThat(arr).hasSize(1);
        assertThat(arr.get(0).get("date").asText()).isEqualTo("2025-05-09");
        assertThat(arr.get(0).get("participants").get(1).get("role").asText()).isEqualTo("target");
        assertThat(arr.get(0).get("article").asText()).isEqualTo("a");

        out.getBuffer().setLength(0);
        assertThat(run("timeline", a.toString(), "--format", "csv")).isZero();
        String[] rows = out.toString().split("\r\n");
        assertThat(rows[0]).startsWith("date,reported_on,type");
        assertThat(rows[1]).startsWith("2025-05-09,,MEETING,04,meet,met,asserted,Ortiz (source); Dahl (target),");
    }

    @Test
    void entityAndRangeFilter() throws IOException {
        Path a = article("a", "Ortiz met Dahl on 2025-05-09 . Reyes met Kim on 2024-01-02 .");
        assertThat(run("timeline", a.toString(), "--from", "2025", "--format", "csv")).isZero();
        assertThat(out.toString()).contains("2025-05-09").doesNotContain("2024-01-02");
        out.getBuffer().setLength(0);
        assertThat(run("timeline", a.toString(), "--entity", "dahl", "--format", "csv")).isZero();
        assertThat(out.toString().split("\r\n")).hasSize(2);
    }

    @Test
    void badDatesAreUsageErrors() throws IOException {
        Path a = article("a", "Ortiz met Dahl .");
        assertThat(run("timeline", a.toString(), "--from", "May 2025")).isEqualTo(2);
        assertThat(err.toString()).contains("--from").contains("'May 2025'").contains("2024-12-18");
        assertThat(run("timeline", a.toString(), "--from", "2025-06", "--to", "2025-01")).isEqualTo(2);
        assertThat(run("timeline", a.toString(), "--format", "xml")).isEqualTo(2);
    }

    @Test
    void aFamilyKeepsItsTypesAndAnUnknownOneIsAUsageErrorNamingTheFamilies() throws IOException {
        Path a = article("a", "Ortiz met Dahl on 2025-05-09 .");
        assertThat(run("timeline", a.toString(), "--family", "verbal-cooperation", "--format", "csv")).isZero();
        assertThat(out.toString()).contains("MEETING");
        out.getBuffer().setLength(0);
        assertThat(run("timeline", a.toString(), "--family", "Material_Conflict", "--format", "csv")).isZero();
        assertThat(out.toString().split("\r\n")).hasSize(1);
        assertThat(run("timeline", a.toString(), "--family", "sports")).isEqualTo(2);
        assertThat(err.toString()).contains("--family 'sports' is not an event family")
                .contains("verbal-cooperation, material-cooperation").contains("contest, other");
        assertThat(run("timeline", a.toString(), "--type", "MEETING", "--family", "disaster")).isEqualTo(2);
        assertThat(err.toString()).contains("--type MEETING is of the family verbal-cooperation, not disaster");
        assertThat(run("timeline", a.toString(), "--per-article")).isEqualTo(2);
        assertThat(err.toString()).contains("--per-article is for the store");
    }
}

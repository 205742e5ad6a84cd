package org.dossier.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.dossier.testing.Needs;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 4's acceptance on the founding article in {@code ../shared}, real models: {@code dossier timeline} lists, in
 * order, the September 2022 NATO application, the July 2024 affirmation, the Dec. 7 Paris meeting, the Dec. 9
 * statement, the Dec. 12 WSJ report with the event it reports, the Dec. 18 visit and talks, the Dec. 18-19 summit
 * talks and the expected meetings.
 */
class FoundingTimelineIT {


    @Test
    void listsTheFoundingArticlesEventsInOrder() throws Exception {
        Path article = Needs.shared("corpus/dev/kyiv-independent-2024-12-18-zelensky-brussels.txt");
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = Main.commandLine();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        assertThat(cl.execute("timeline", article.toString(), "--format", "json")).as(err.toString()).isZero();
        List<JsonNode> entries = new ArrayList<>();
        new ObjectMapper().readTree(out.toString()).forEach(entries::add);

        int application = find(entries, e -> trigger(e).startsWith("submitted") && date(e).equals("2022-09")
                && e.get("type").asText().equals("REQUEST") && hasParty(e, "Kyiv", "Ukraine") && hasParty(e, "NATO"));
        int affirmation = find(entries, e -> trigger(e).equals("affirmed") && date(e).equals("2024-07")
                && hasParty(e, "NATO") && hasParty(e, "Ukraine"));
        int paris = find(entries, e -> trigger(e).equals("meeting") && date(e).equals("2024-12-07")
                && e.get("place").asText().equals("Paris") && hasParty(e, "Trump") && hasParty(e, "Macron"));
        int statement = find(entries, e -> trigger(e).equals("said") && date(e).equals("2024-12-09"));
        int report = find(entries, e -> trigger(e).equals("reported") && date(e).equals("2024-12-12")
                && hasParty(e, "Wall Street Journal"));
        int reported = find(entries, e -> e.get("factuality").asText().equals("reported")
                && e.get("source").asText().contains("Wall Street Journal")
                && e.get("reported_on").asText().equals("2024-12-12"));
        int visit = find(entries, e -> trigger(e).equals("visited") && date(e).equals("2024-12-18")
                && e.get("place").asText().equals("Brussels"));
        int talks = find(entries, e -> trigger(e).endsWith("talks") && date(e).equals("2024-12-18")
                && hasParty(e, "Rutte"));
        int summit = find(entries, e -> trigger(e).endsWith("talks") && date(e).equals("2024-12-18/2024-12-19")
                && e.get("place").asText().equals("Brussels") && e.get("factuality").asText().equals("asserted"));
        int expected = find(entries, e -> trigger(e).equals("meet") && date(e).equals("2024-12-18/2024-12-19")
                && e.get("factuality").asText().equals("expected") && hasParty(e, "Poland"));

        assertThat(List.of(application, affirmation, paris, statement, report, reported, visit, talks, summit, expected))
                .isSorted();
    }

    private static String trigger(JsonNode e) {
        return e.get("trigger").asText();
    }

    private static String date(JsonNode e) {
        return e.get("date").asText();
    }

    /** True when some participant's name contains one of {@code names}. */
    private static boolean hasParty(JsonNode e, String... names) {
        for (JsonNode p : e.get("participants")) {
            for (String n : names) {
                if (p.get("name").asText().contains(n)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static int find(List<JsonNode> entries, Predicate<JsonNode> p) {
        for (int i = 0; i < entries.size(); i++) {
            if (p.test(entries.get(i))) {
                return i;
            }
        }
        throw new AssertionError("no such timeline entry among " + entries);
    }
}

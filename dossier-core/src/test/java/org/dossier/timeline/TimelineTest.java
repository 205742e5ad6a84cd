package org.dossier.timeline;

import org.dossier.model.Article;
import org.dossier.model.ArticleRecord;
import org.dossier.model.Claim;
import org.dossier.model.Entity;
import org.dossier.model.EntityType;
import org.dossier.model.Event;
import org.dossier.model.EventFamily;
import org.dossier.model.EventType;
import org.dossier.model.Factuality;
import org.dossier.model.Participant;
import org.dossier.model.Span;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Ordering, filtering and the fields of timeline entries, on records of ours. */
class TimelineTest {

    private static final String TEXT = "Ortiz met Dahl in Oslo on May 3. The Herald reported on May 9 that Dahl wants a"
            + " truce. Dahl visited Bergen in May. Ortiz spoke.";

    private static Span at(String words) {
        int i = TEXT.indexOf(words);
        return Span.of(TEXT, i, i + words.length());
    }

    private static Event event(String id, EventType type, String trigger, int sentence, String date, Factuality f,
                               String claim, Participant... ps) {
        return new Event(id, type, type.cameo(), trigger, at(trigger), sentence, List.of(ps), null, date, null, f, claim);
    }

    static ArticleRecord record() {
        Article a = new Article("herald-1", null, "Herald", null, "2025-06-20", "en", TEXT, "herald-1.txt");
        List<Entity> es = List.of(
                new Entity("E1", EntityType.PERSON, null, "Lena Ortiz", List.of("Ortiz"), List.of(), List.of(at("Ortiz"))),
                new Entity("E2", EntityType.PERSON, null, "Erik Dahl", List.of("Dahl"), List.of(), List.of(at("Dahl"))),
                new Entity("E3", EntityType.ORGANIZATION, null, "The Herald", List.of(), List.of(), List.of(at("The Herald"))));
        Claim c = new Claim("C1", "E3", at("The Herald"), at("reported"), at("Dahl wants a truce"), List.of(), null, false);
        List<Event> evs = List.of(
                event("V1", EventType.MEETING, "met", 0, "2025-05-03", Factuality.ASSERTED, null,
                        new Participant("E1", "source"), new Participant("E2", "target")),
                event("V2", EventType.STATEMENT, "reported", 1, "2025-05-09", Factuality.ASSERTED, null,
                        new Participant("E3", "source")),
                event("V3", EventType.INTENT, "wants", 1, null, Factuality.REPORTED, "C1", new Participant("E2", "source")),
                event("V4", EventType.VISIT, "visited", 2, "2025-05", Factuality.ASSERTED, null,
                        new Participant("E2", "source")),
                event("V5", EventType.STATEMENT, "spoke", 3, null, Factuality.ASSERTED, null, new Participant("E1", "source")),
                event("V6", EventType.OTHER, "truce", 1, null, Factuality.HYPOTHETICAL, null));
        return new ArticleRecord(a, "0", es, List.of(), List.of(), List.of(c), evs, List.of());
    }

    @Test
    void partialDatesSortByTheirFirstDayAndReportedEventsByTheClaimsDay() {
        Timeline t = Timeline.of(List.of(record()), Timeline.Filter.ALL);
        assertThat(t.dated()).extracting(e -> e.event().id()).containsExactly("V4", "V1", "V2", "V3");
        assertThat(t.undated()).extracting(e -> e.event().id()).containsExactly("V5");
        TimelineEntry wants = t.dated().get(3);
        assertThat(wants.date()).isNull();
        assertThat(wants.reportedOn().value()).isEqualTo("2025-05-09");
        assertThat(wants.source()).isEqualTo("The Herald");
        assertThat(wants.sentence()).isEqualTo("The Herald reported on May 9 that Dahl wants a truce.");
        assertThat(t.dated().get(1).who()).isEqualTo("Lena Ortiz \u2192 Erik Dahl");
    }

    @Test
    void filtersByEntityAndDateRange() {
        Timeline ortiz = Timeline.of(List.of(record()), new Timeline.Filter("ortiz", null, null));
        assertThat(ortiz.dated()).extracting(e -> e.event().id()).containsExactly("V1");
        assertThat(ortiz.undated()).extracting(e -> e.event().id()).containsExactly("V5");

        Timeline range = Timeline.of(List.of(record()),
                new Timeline.Filter(null, LocalDate.of(2025, 5, 4), LocalDate.of(2025, 5, 31)));
        assertThat(range.dated()).extracting(e -> e.event().id()).containsExactly("V4", "V2", "V3");
        assertThat(range.undated()).as("a range leaves undated events out").isEmpty();
    }

    @Test
    void otherIsShownOnlyWhenAskedForByTypeAndATypeKeepsOnlyItsEvents() {
        Timeline other = Timeline.of(List.of(record()), new Timeline.Filter(null, null, null, EventType.OTHER));
        assertThat(other.dated()).isEmpty();
        assertThat(other.undated()).extracting(e -> e.event().id()).containsExactly("V6");
        Timeline statements = Timeline.of(List.of(record()), new Timeline.Filter(null, null, null, EventType.STATEMENT));
        assertThat(statements.dated()).extracting(e -> e.event().id()).containsExactly("V2");
        assertThat(statements.undated()).extracting(e -> e.event().id()).containsExactly("V5");
    }

    @Test
    void aFamilyKeepsItsTypesAndOnlyTheOtherFamilyShowsOther() {
        Timeline verbal = Timeline.of(List.of(record()), new Timeline.Filter(null, null, null,
                new EventKinds(null, EventFamily.VERBAL_COOPERATION)));
        assertThat(verbal.dated()).extracting(e -> e.event().id()).containsExactly("V4", "V1", "V2", "V3");
        assertThat(verbal.undated()).extracting(e -> e.event().id()).containsExactly("V5");
        Timeline conflict = Timeline.of(List.of(record()), new Timeline.Filter(null, null, null,
                new EventKinds(null, EventFamily.MATERIAL_CONFLICT)));
        assertThat(conflict.dated()).isEmpty();
        assertThat(conflict.undated()).isEmpty();
        Timeline other = Timeline.of(List.of(record()), new Timeline.Filter(null, null, null,
                new EventKinds(null, EventFamily.OTHER)));
        assertThat(other.undated()).extracting(e -> e.event().id()).containsExactly("V6");
        Timeline meetings = Timeline.of(List.of(record()), new Timeline.Filter(null, null, null,
                new EventKinds(EventType.MEETING, EventFamily.VERBAL_COOPERATION)));
        assertThat(meetings.dated()).extracting(e -> e.event().id()).containsExactly("V1");
    }

    @Test
    void eventKindsNameTheirTypesAndRefuseATypeOutsideTheFamily() {
        assertThat(EventKinds.DEFAULT.types()).doesNotContain(EventType.OTHER).contains(EventType.DEATH,
                EventType.ATTACK);
        assertThat(new EventKinds(null, EventFamily.DISASTER).types()).containsExactly(EventType.DISASTER,
                EventType.ACCIDENT);
        assertThat(new EventKinds(null, EventFamily.OTHER).types()).containsExactly(EventType.OTHER);
        assertThat(EventKinds.of(EventType.OTHER).keeps(EventType.OTHER)).isTrue();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new EventKinds(EventType.ATTACK, EventFamily.DISASTER))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("type ATTACK is of the family material-conflict, not disaster; give one of --type and "
                        + "--family, or matching ones");
    }

    @Test
    void eventDatesParsePartialDatesWeeksAndIntervals() {
        assertThat(EventDate.parse("2024-07").orElseThrow().last()).isEqualTo(LocalDate.of(2024, 7, 31));
        assertThat(EventDate.parse("2024-12-18/2024-12-19").orElseThrow().first()).isEqualTo(LocalDate.of(2024, 12, 18));
        assertThat(EventDate.parse("2024-W51").orElseThrow().first()).isEqualTo(LocalDate.of(2024, 12, 16));
        assertThat(EventDate.parse("2022").orElseThrow().last()).isEqualTo(LocalDate.of(2022, 12, 31));
        assertThat(EventDate.parse("2024-12-18T09:30").orElseThrow().first()).isEqualTo(LocalDate.of(2024, 12, 18));
        assertThat(EventDate.parse("XXXX-12-18")).isEmpty();
        assertThat(EventDate.parse("PAST_REF")).isEmpty();
        assertThat(EventDate.parse("2024-13-45")).isEmpty();
        assertThat(EventDate.parse("2024-12-18").orElseThrow())
                .isLessThan(EventDate.parse("2024-12-18/2024-12-19").orElseThrow());
    }

    @Test
    void sentencesAreFoundPastAbbreviations() {
        String text = "He left on Dec. 7 for Paris. Gen. Smith met him there. Then he left Oslo.";
        int i = text.indexOf("met");
        assertThat(SentenceText.around(text, Span.of(text, i, i + 3))).isEqualTo("Gen. Smith met him there.");
        int j = text.indexOf("left");
        assertThat(SentenceText.around(text, Span.of(text, j, j + 4))).isEqualTo("He left on Dec. 7 for Paris.");
    }
}

package org.dossier.timeline;

import org.dossier.model.ArticleRecord;
import org.dossier.model.Event;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/** The one rule for the period a TIMEX3 value names and the day an event sorts under. */
class EventDateTest {

    private static String first(String value) {
        return EventDate.parse(value).map(d -> d.first().toString()).orElse(null);
    }

    private static String last(String value) {
        return EventDate.parse(value).map(d -> d.last().toString()).orElse(null);
    }

    @Test
    void daysAndTimesAreTheirDay() {
        assertThat(first("2024-12-18")).isEqualTo("2024-12-18");
        assertThat(last("2024-12-18")).isEqualTo("2024-12-18");
        assertThat(first("2024-12-18T10:00")).isEqualTo("2024-12-18");
        assertThat(first("2024-12-18TMO")).isEqualTo("2024-12-18");
    }

    @Test
    void weeksRunMondayToSundayAndWeekendsSaturdayToSunday() {
        assertThat(first("2024-W51")).isEqualTo("2024-12-16");
        assertThat(last("2024-W51")).isEqualTo("2024-12-22");
        assertThat(first("2024-W51-WE")).isEqualTo("2024-12-21");
        assertThat(last("2024-W51-WE")).isEqualTo("2024-12-22");
        assertThat(first("2020-W53")).as("a year with 53 ISO weeks").isEqualTo("2020-12-28");
        assertThat(EventDate.parse("2021-W53")).as("2021 has 52 ISO weeks").isEmpty();
        assertThat(EventDate.parse("2024-W00")).isEmpty();
    }

    @Test
    void monthsQuartersHalvesAndSeasons() {
        assertThat(first("2024-07")).isEqualTo("2024-07-01");
        assertThat(last("2024-02")).isEqualTo("2024-02-29");
        assertThat(first("2024-07-XX")).isEqualTo("2024-07-01");
        assertThat(first("2024-Q1")).isEqualTo("2024-01-01");
        assertThat(last("2024-Q1")).isEqualTo("2024-03-31");
        assertThat(first("2024-Q4")).isEqualTo("2024-10-01");
        assertThat(last("2024-Q4")).isEqualTo("2024-12-31");
        assertThat(first("2024-H2")).isEqualTo("2024-07-01");
        assertThat(last("2024-H1")).isEqualTo("2024-06-30");
        assertThat(first("2024-SU")).isEqualTo("2024-06-01");
        assertThat(last("2024-WI")).as("winter runs into the next year").isEqualTo("2025-02-28");
    }

    @Test
    void yearsAndIntervals() {
        assertThat(first("2022")).isEqualTo("2022-01-01");
        assertThat(last("2022")).isEqualTo("2022-12-31");
        assertThat(first("2024-12-18/2024-12-19")).isEqualTo("2024-12-18");
        assertThat(last("2024-12-18/2024-12-19")).isEqualTo("2024-12-19");
        assertThat(last("2024-Q1/2024-05")).isEqualTo("2024-05-31");
        assertThat(EventDate.parse("2024-12-19/2024-12-18")).as("an interval ending before it starts").isEmpty();
        assertThat(EventDate.parse("2024-12-18/XXXX-12-19")).isEmpty();
        assertThat(EventDate.parse("2024-12-18").orElseThrow())
                .isLessThan(EventDate.parse("2024-12-18/2024-12-19").orElseThrow());
    }

    @Test
    void underspecifiedAndImpossibleValuesNameNoPeriod() {
        for (String v : new String[]{null, "", " ", "XXXX-12-18", "XXXX-WXX-4", "XXXX-XX", "PAST_REF", "PRESENT_REF",
                "2024-13-45", "2023-02-29", "2024-13", "2024-Q5", "199X", "tomorrow"}) {
            assertThat(EventDate.parse(v)).as(String.valueOf(v)).isEmpty();
        }
    }

    @Test
    void theDayIsTheFirstDayOfTheDateElseTheClaimsDayElseThePublicationDay() {
        assertThat(EventDate.day("2024-Q1", null, "2024-05-02")).isEqualTo("2024-01-01");
        assertThat(EventDate.day("2024-W51", "2024-12-01", "2024-12-20")).isEqualTo("2024-12-16");
        assertThat(EventDate.day(null, "2024-12-12", "2024-12-20")).isEqualTo("2024-12-12");
        assertThat(EventDate.day("XXXX-12-18", "PAST_REF", "2024-12-20")).isEqualTo("2024-12-20");
        assertThat(EventDate.day("2024-13-45", null, "2024-12-20")).isEqualTo("2024-12-20");
        assertThat(EventDate.day(null, null, null)).isNull();
    }

    @Test
    void theTimelineAndTheDayFunctionAgreeOnEveryEvent() {
        ArticleRecord r = TimelineTest.record();
        Timeline t = Timeline.of(java.util.List.of(r), Timeline.Filter.ALL);
        for (TimelineEntry entry : t.dated()) {
            assertThat(EventDate.day(r, entry.event())).as(entry.event().id())
                    .isEqualTo(entry.filedUnder().first().toString());
        }
        for (TimelineEntry entry : t.undated()) {
            assertThat(EventDate.day(r, entry.event())).as(entry.event().id()).isEqualTo("2025-06-20");
        }
        Event wants = r.events().stream().filter(e -> e.id().equals("V3")).findFirst().orElseThrow();
        assertThat(EventDate.reportedOn(r, wants)).as("the date of the event at the claim's cue").isEqualTo("2025-05-09");
        assertThat(EventDate.filedUnder(r, wants).orElseThrow().first()).isEqualTo(LocalDate.of(2025, 5, 9));
    }
}

package org.dossier.extract.time;

import org.dossier.model.TimexType;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Times of day and parts of days. */
class ClockTimeTest {

    private static final String ANCHOR = "2024-12-18";

    @Test
    void aClockTimeWithoutADayIsOnThePublicationDate() {
        Tagged t = Tagged.tag(ANCHOR, ArticleFixture.of("The meeting starts at 3 p.m. in Brussels."));
        assertThat(t.value("3 p.m.")).isEqualTo("2024-12-18T15:00");
        assertThat(t.timex("3 p.m.").type()).isEqualTo(TimexType.TIME);
    }

    @Test
    void universalTimeIsMarkedZ() {
        Tagged t = Tagged.tag(ANCHOR, ArticleFixture.of("The plane took off at 1750 GMT and landed at 08:30 UTC."));
        assertThat(t.value("1750 GMT")).isEqualTo("2024-12-18T17:50Z");
        assertThat(t.value("08:30 UTC")).isEqualTo("2024-12-18T08:30Z");
    }

    @Test
    void aClockTimeTakesTheDayNamedWithIt() {
        Tagged t = Tagged.tag("1989-11-02", ArticleFixture.of("The offer expires at 5 p.m. EST Nov. 9.",
                "Talks broke off at noon Thursday."));
        assertThat(t.value("5 p.m. EST Nov. 9")).isEqualTo("1989-11-09T17:00");
        assertThat(t.value("noon Thursday")).isEqualTo("1989-11-02T12:00");
    }

    @Test
    void aClockTimeTakesTheDayOfItsSentence() {
        Tagged t = Tagged.tag("1998-08-08", ArticleFixture.of("The blast occurred at about 10:35 a.m. on Friday."));
        assertThat(t.value("10:35 a.m.")).isEqualTo("1998-08-07T10:35");
    }

    @Test
    void aRestatedTimeInAnotherZoneIsNotTaggedTwice() {
        Tagged t = Tagged.tag("1998-08-08", ArticleFixture.of("The blast occurred at 10:35 a.m. (0735 GMT) Friday."));
        assertThat(t.texts()).doesNotContain("0735 GMT");
    }

    @Test
    void partsOfDays() {
        Tagged t = Tagged.tag(ANCHOR, ArticleFixture.of("He spoke this morning and left last night.",
                "The vote came Tuesday evening."));
        assertThat(t.value("this morning")).isEqualTo("2024-12-18TMO");
        assertThat(t.value("last night")).isEqualTo("2024-12-17TNI");
        assertThat(t.value("Tuesday evening")).isEqualTo("2024-12-17TEV");
    }
}

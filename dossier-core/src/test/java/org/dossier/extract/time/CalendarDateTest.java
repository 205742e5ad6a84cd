package org.dossier.extract.time;

import org.dossier.model.TimexType;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Dates written out in full or in part: days, months, ranges, years, decades, quarters, seasons. */
class CalendarDateTest {

    private static final String DEC_18 = "2024-12-18";

    @Test
    void monthAndDayTakeThePublicationYear() {
        Tagged t = Tagged.tag(DEC_18, ArticleFixture.of("The president visited Brussels on Dec. 18 for talks."));
        assertThat(t.value("Dec. 18")).isEqualTo("2024-12-18");
        assertThat(t.timex("Dec. 18").type()).isEqualTo(TimexType.DATE);
    }

    @Test
    void monthAndYear() {
        Tagged t = Tagged.tag(DEC_18, ArticleFixture.of("Kyiv applied in September 2022 and again in July 2024."));
        assertThat(t.value("September 2022")).isEqualTo("2022-09");
        assertThat(t.value("July 2024")).isEqualTo("2024-07");
    }

    @Test
    void aDayRangeIsOneIntervalTimex() {
        Tagged t = Tagged.tag(DEC_18, ArticleFixture.of("Leaders meet in Brussels on Dec. 18-19."));
        assertThat(t.texts()).containsExactly("Dec. 18-19");
        assertThat(t.value("Dec. 18-19")).isEqualTo("2024-12-18/2024-12-19");
    }

    @Test
    void aRangeAcrossMonthsAndTheYearEnd() {
        Tagged t = Tagged.tag(DEC_18, ArticleFixture.of("The talks run Dec. 30-Jan. 2 in Geneva."));
        assertThat(t.value("Dec. 30-Jan. 2")).isEqualTo("2024-12-30/2025-01-02");
    }

    @Test
    void fullDatesAndSpaceTokenizedDatelines() {
        Tagged t = Tagged.tag(DEC_18, ArticleFixture.of("Airbus delivers its first jet", "March 01 , 2008",
                "The treaty was signed on April 4, 1949, in Washington."));
        assertThat(t.value("March 01 , 2008")).isEqualTo("2008-03-01");
        assertThat(t.value("April 4, 1949")).isEqualTo("1949-04-04");
    }

    @Test
    void aWeekdayBeforeAFullDateIsPartOfIt() {
        Tagged t = Tagged.tag("1998-10-25", ArticleFixture.of("The paper said in an editorial on Monday, Oct. 26: no."));
        assertThat(t.value("Monday, Oct. 26")).isEqualTo("1998-10-26");
    }

    @Test
    void yearsDecadesAndCenturies() {
        Tagged t = Tagged.tag("1999-03-12", ArticleFixture.of("Founded in 1949, the alliance grew in the 1990s,",
                "after the late 1980s and the '70s, and through the 20th century."));
        assertThat(t.value("1949")).isEqualTo("1949");
        assertThat(t.value("the 1990s")).isEqualTo("199");
        assertThat(t.value("the late 1980s")).isEqualTo("198");
        assertThat(t.value("the '70s")).isEqualTo("197");
        assertThat(t.value("the 20th century")).isEqualTo("19");
    }

    @Test
    void fiscalYearsAndSpokenYears() {
        Tagged t = Tagged.tag("1998-02-27", ArticleFixture.of("Profit rose in fiscal 1997.",
                "It happened in nineteen ninety-six."));
        assertThat(t.value("fiscal 1997")).isEqualTo("1997");
        assertThat(t.value("nineteen ninety-six")).isEqualTo("1996");
    }

    @Test
    void quartersAndHalves() {
        Tagged t = Tagged.tag("1989-10-26", ArticleFixture.of("Net fell in the third quarter.",
                "Third-quarter sales rose, as in the fourth quarter of 1984.",
                "The plan covers the first half of 1990."));
        assertThat(t.value("the third quarter")).isEqualTo("1989-Q3");
        assertThat(t.value("Third-quarter")).isEqualTo("1989-Q3");
        assertThat(t.value("the fourth quarter of 1984")).isEqualTo("1984-Q4");
        assertThat(t.value("the first half of 1990")).isEqualTo("1990-H1");
    }

    @Test
    void theLastHalfOfAYearIsItsSecondHalf() {
        Tagged t = Tagged.tag("1991-03-04", ArticleFixture.of("Orders slowed in the last half of 1990.",
                "Prices soared in the last half of the decade."));
        assertThat(t.value("the last half of 1990")).isEqualTo("1990-H2");
        assertThat(t.texts()).doesNotContain("the last half");
    }

    @Test
    void aPastTenseQuarterNotYetBegunIsLastYears() {
        Tagged t = Tagged.tag("1990-02-10", ArticleFixture.of("Sales rose in the fourth quarter."));
        assertThat(t.value("the fourth quarter")).isEqualTo("1989-Q4");
    }

    @Test
    void seasons() {
        Tagged t = Tagged.tag("1989-10-26", ArticleFixture.of("A strike began last spring and ended this summer.",
                "The winter of 1994 was cold."));
        assertThat(t.value("last spring")).isEqualTo("1989-SP");
        assertThat(t.value("this summer")).isEqualTo("1989-SU");
        assertThat(t.value("The winter of 1994")).isEqualTo("1994-WI");
    }

    @Test
    void numericAndIsoDates() {
        Tagged t = Tagged.tag("2007-07-09", ArticleFixture.of("The jet was shown on 7/8/07 and again on 2007-07-09."));
        assertThat(t.value("7/8/07")).isEqualTo("2007-07-08");
        assertThat(t.value("2007-07-09")).isEqualTo("2007-07-09");
    }

    @Test
    void holidaysFallOnTheirDayOfTheYearMeant() {
        Tagged t = Tagged.tag("2000-01-07", ArticleFixture.of("The boy was found on Thanksgiving Day at sea."));
        assertThat(t.value("Thanksgiving Day")).isEqualTo("1999-11-25");
    }

    @Test
    void aDayCoordinatedWithAFullDateTakesItsMonth() {
        Tagged t = Tagged.tag("1999-02-10", ArticleFixture.of("The summit will be held on April 24 and 25.",
                "Talks ran on Dec. 18 and 19 people attended.", "On Dec. 2 and 20 of the wounded were flown out.",
                "On March 3 and 12 more soldiers died.").tag("more", "JJR"));
        assertThat(t.value("April 24")).isEqualTo("1999-04-24");
        assertThat(t.value("25")).isEqualTo("1999-04-25");
        assertThat(t.texts()).doesNotContain("19", "20", "12");
    }

    @Test
    void aMonthWithAYearInWords() {
        Tagged t = Tagged.tag("1998-02-27", ArticleFixture.of("Prices have fallen since January nineteen ninety-seven."));
        assertThat(t.value("January nineteen ninety-seven")).isEqualTo("1997-01");
    }
}

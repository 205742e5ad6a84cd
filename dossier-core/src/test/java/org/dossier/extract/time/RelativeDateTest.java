package org.dossier.extract.time;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Dates counted from the publication date or from the time the story is about, and bare names placed by tense. */
class RelativeDateTest {

    /** A Monday. */
    private static final String MONDAY = "2024-12-16";

    @Test
    void aWeekdayInThePastTenseIsTheLastOne() {
        Tagged t = Tagged.tag(MONDAY, ArticleFixture.of("The minister said Sunday that talks failed."));
        assertThat(t.value("Sunday")).isEqualTo("2024-12-15");
    }

    @Test
    void aWeekdayAfterWillIsTheNextOne() {
        Tagged t = Tagged.tag(MONDAY, ArticleFixture.of("He will meet Friday with the leaders."));
        assertThat(t.value("Friday")).isEqualTo("2024-12-20");
    }

    @Test
    void aWeekdayAfterAnExpectationIsAhead() {
        Tagged t = Tagged.tag(MONDAY, ArticleFixture.of("She is expected to visit Thursday."));
        assertThat(t.value("Thursday")).isEqualTo("2024-12-19");
    }

    @Test
    void aWeekdayOfAFailedAttemptIsBehind() {
        Tagged t = Tagged.tag(MONDAY, ArticleFixture.of("The minister could not be reached for comment Friday.",
                "The minister could meet them Friday.", "Officials said the vote could not take place Friday.")
                .tag("reached", "VBN").tag("not", "RB").tag("be", "VB").tag("take", "VB"));
        assertThat(t.all()).extracting(x -> x.span().text() + "=" + x.value())
                .containsExactly("Friday=2024-12-13", "Friday=2024-12-20", "Friday=2024-12-20");
    }

    @Test
    void aWeekdayAfterABeToArrangementIsAhead() {
        Tagged t = Tagged.tag(MONDAY, ArticleFixture.of("The stock is to resume trading Wednesday in Paris.")
                .tag("resume", "VB").tag("trading", "VBG"));
        assertThat(t.value("Wednesday")).isEqualTo("2024-12-18");
    }

    @Test
    void aWeekdayOfAScheduledOrPlannedEventIsAhead() {
        Tagged t = Tagged.tag(MONDAY, ArticleFixture.of("The mayor has scheduled a hearing Thursday.",
                "On Friday, the union plans a march downtown.").tag("scheduled", "VBN").tag("plans", "VBZ")
                .tag("march", "NN"));
        assertThat(t.value("Thursday")).isEqualTo("2024-12-19");
        assertThat(t.value("Friday")).isEqualTo("2024-12-20");
    }

    @Test
    void aWeekdayOfAPlanInThePastTenseStaysBehind() {
        Tagged t = Tagged.tag(MONDAY, ArticleFixture.of("The mayor had scheduled a hearing Thursday.")
                .tag("scheduled", "VBN"));
        assertThat(t.value("Thursday")).isEqualTo("2024-12-12");
    }

    @Test
    void thePublicationDaysOwnNameIsThatDay() {
        Tagged t = Tagged.tag(MONDAY, ArticleFixture.of("Markets fell Monday."));
        assertThat(t.value("Monday")).isEqualTo("2024-12-16");
    }

    @Test
    void lastAndNextWeekdays() {
        Tagged t = Tagged.tag(MONDAY, ArticleFixture.of("He arrived last Monday and leaves next Monday."));
        assertThat(t.value("last Monday")).isEqualTo("2024-12-09");
        assertThat(t.value("next Monday")).isEqualTo("2024-12-23");
    }

    @Test
    void todayYesterdayTomorrow() {
        Tagged t = Tagged.tag(MONDAY, ArticleFixture.of("Today he said that yesterday was calm and tomorrow may not be."));
        assertThat(t.value("Today")).isEqualTo("2024-12-16");
        assertThat(t.value("yesterday")).isEqualTo("2024-12-15");
        assertThat(t.value("tomorrow")).isEqualTo("2024-12-17");
    }

    @Test
    void thisLastNextPeriodsInTimeMlForm() {
        Tagged t = Tagged.tag(MONDAY, ArticleFixture.of("Prices rose last week and this year, and will rise next month.",
                "The weekend was quiet."));
        assertThat(t.value("last week")).isEqualTo("2024-W50");
        assertThat(t.value("this year")).isEqualTo("2024");
        assertThat(t.value("next month")).isEqualTo("2025-01");
        assertThat(t.value("The weekend")).isEqualTo("2024-W50-WE");
    }

    @Test
    void countedBackFromThePublicationDate() {
        Tagged t = Tagged.tag(MONDAY, ArticleFixture.of("The war began two years ago and the deal 10 days ago."));
        assertThat(t.value("two years ago")).isEqualTo("2022");
        assertThat(t.value("10 days ago")).isEqualTo("2024-12-06");
    }

    @Test
    void aYearEarlierIsTheSamePeriodAYearBack() {
        Tagged t = Tagged.tag("1989-10-26", ArticleFixture.of("Net rose in the third quarter from $5 million a year earlier.",
                "The year-ago quarter included a gain."));
        assertThat(t.value("a year earlier")).isEqualTo("1988-Q3");
        assertThat(t.value("The year-ago quarter")).isEqualTo("1988-Q3");
    }

    @Test
    void theDayClosingAQuarterDoesNotReplaceTheQuarter() {
        Tagged t = Tagged.tag("1989-11-01", ArticleFixture.of("For the third quarter ended Sept. 30, net rose to "
                + "$5 million from $4 million a year earlier."));
        assertThat(t.value("Sept. 30")).isEqualTo("1989-09-30");
        assertThat(t.value("a year earlier")).isEqualTo("1988-Q3");
    }

    @Test
    void theDayClosingAHalfYearIsWhatAYearEarlierCountsFrom() {
        Tagged t = Tagged.tag("1989-10-26", ArticleFixture.of("For the six months ended Aug. 12, net was $6 million,"
                + " compared with $18 million a year earlier."));
        assertThat(t.value("a year earlier")).isEqualTo("1988-08-12");
    }

    @Test
    void theDayBeforeOrAfterANamedDay() {
        Tagged t = Tagged.tag("2000-02-24", ArticleFixture.of("He was questioned the day before last Tuesday.",
                "The vote came the day after Dec. 18, 1999."));
        assertThat(t.value("the day before last Tuesday")).isEqualTo("2000-02-21");
        assertThat(t.value("the day after Dec. 18, 1999")).isEqualTo("1999-12-19");
    }

    @Test
    void theEndOfTheMonthIsThisMonth() {
        Tagged t = Tagged.tag("2025-03-04", ArticleFixture.of("She urged them to settle before the end of the month."));
        assertThat(t.value("the end of the month")).isEqualTo("2025-03");
    }

    @Test
    void easterWeekIsTheWeekOfEaster() {
        Tagged t = Tagged.tag("2000-04-17", ArticleFixture.of("Protesters prayed as Easter week began."));
        assertThat(t.value("Easter week")).isEqualTo("2000-W16");
    }

    @Test
    void thePreviousOrFollowingWeekdayCountsFromTheStorysDay() {
        Tagged t = Tagged.tag("1989-10-30", ArticleFixture.of("Shares fell on Oct. 27, down 4.5% from the previous "
                + "Friday."));
        assertThat(t.value("the previous Friday")).isEqualTo("1989-10-20");
        Tagged u = Tagged.tag("1989-11-10", ArticleFixture.of("The strike began on Oct. 27.",
                "Talks resumed the following Monday."));
        assertThat(u.value("the following Monday")).isEqualTo("1989-10-30");
    }

    @Test
    void thatYearAndTheFollowingYearFollowTheStory() {
        Tagged t = Tagged.tag("1998-04-18", ArticleFixture.of("He was promoted on May 22, 1995.",
                "The following year he was appointed attache, and that year he married."));
        assertThat(t.value("The following year")).isEqualTo("1996");
        assertThat(t.value("that year")).isEqualTo("1996");
    }

    @Test
    void monthsWithoutAYearFollowTheTense() {
        Tagged t = Tagged.tag("2024-10-20", ArticleFixture.of("The company was founded in March.",
                "The plant will open in January.", "Sales rose in September, the company said."));
        assertThat(t.value("March")).isEqualTo("2024-03");
        assertThat(t.value("January")).isEqualTo("2025-01");
        assertThat(t.value("September")).isEqualTo("2024-09");
    }

    @Test
    void aPastTenseDayFarAheadIsLastYears() {
        Tagged t = Tagged.tag("1999-05-06", ArticleFixture.of("The doctor was shot on Oct. 23 at home."));
        assertThat(t.value("Oct. 23")).isEqualTo("1998-10-23");
    }

    @Test
    void aPastTenseDeadlineJustAheadStaysAhead() {
        Tagged t = Tagged.tag("1989-11-02", ArticleFixture.of("The offer was extended to Nov. 20 by the group."));
        assertThat(t.value("Nov. 20")).isEqualTo("1989-11-20");
    }

    @Test
    void fuzzyReferences() {
        Tagged t = Tagged.tag(MONDAY, ArticleFixture.of("Iraq now controls the port.", "He recently moved.",
                "In the past, it failed.", "It is currently closed and may reopen in the future."));
        assertThat(t.value("now")).isEqualTo("PRESENT_REF");
        assertThat(t.value("recently")).isEqualTo("PAST_REF");
        assertThat(t.value("the past")).isEqualTo("PAST_REF");
        assertThat(t.value("currently")).isEqualTo("PRESENT_REF");
        assertThat(t.value("the future")).isEqualTo("FUTURE_REF");
    }
}

package org.dossier.extract.time;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Without a publication date, values that need one stay underspecified; the clock is never read. */
class NoAnchorTest {

    @Test
    void relativeValuesStayUnderspecified() {
        Tagged t = Tagged.tag(null, ArticleFixture.of("He said Friday that on Dec. 18 the talks, held yesterday,",
                "would resume next week in April."));
        assertThat(t.value("Friday")).isEqualTo("XXXX-WXX-5");
        assertThat(t.value("Dec. 18")).isEqualTo("XXXX-12-18");
        assertThat(t.value("yesterday")).isEqualTo("XXXX-XX-XX");
        assertThat(t.value("next week")).isEqualTo("XXXX-WXX");
        assertThat(t.value("April")).isEqualTo("XXXX-04");
    }

    @Test
    void theDayBeforeOrAfterShiftsWhatIsKnown() {
        Tagged t = Tagged.tag(null, ArticleFixture.of("Talks began the day after Dec. 31 and ended the day before "
                + "Monday, a week after the day before yesterday."));
        assertThat(t.value("the day after Dec. 31")).isEqualTo("XXXX-01-01");
        assertThat(t.value("the day before Monday")).isEqualTo("XXXX-WXX-7");
    }

    @Test
    void absoluteValuesNeedNoAnchor() {
        Tagged t = Tagged.tag(null, ArticleFixture.of("Kyiv applied in September 2022, for two days, on April 27 , 2005."));
        assertThat(t.value("September 2022")).isEqualTo("2022-09");
        assertThat(t.value("two days")).isEqualTo("P2D");
        assertThat(t.value("April 27 , 2005")).isEqualTo("2005-04-27");
    }

    @Test
    void aClockTimeTakesAnExplicitDayFromEarlierInTheText() {
        Tagged t = Tagged.tag(null, ArticleFixture.of("First flight", "April 27 , 2005",
                "The take-off, at 08:30 UTC, was normal."));
        assertThat(t.value("08:30 UTC")).isEqualTo("2005-04-27T08:30Z");
    }
}

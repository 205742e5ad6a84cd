package org.dossier.extract.time;

import org.dossier.model.TimexType;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Lengths of time and recurring times. */
class DurationAndSetTest {

    private static final String ANCHOR = "2024-12-18";

    @Test
    void countedDurations() {
        Tagged t = Tagged.tag(ANCHOR, ArticleFixture.of("He attends a two-day summit.", "Over the two days, talks went on.",
                "It is a five year plan.", "Nothing happened in the last twenty four hours."));
        assertThat(t.value("two-day")).isEqualTo("P2D");
        assertThat(t.timex("two-day").type()).isEqualTo(TimexType.DURATION);
        assertThat(t.value("the two days")).isEqualTo("P2D");
        assertThat(t.value("five year")).isEqualTo("P5Y");
        assertThat(t.value("the last twenty four hours")).isEqualTo("P1D");
    }

    @Test
    void fractionsHedgesAndVagueCounts() {
        Tagged t = Tagged.tag(ANCHOR, ArticleFixture.of("It took 2 1/2 years and nearly an hour.",
                "For several months and for years nothing moved."));
        assertThat(t.value("2 1/2 years")).isEqualTo("P2Y6M");
        assertThat(t.value("nearly an hour")).isEqualTo("PT1H");
        assertThat(t.value("several months")).isEqualTo("PXM");
        assertThat(t.value("years")).isEqualTo("PXY");
    }

    @Test
    void theWeeksBeforeAndTheNextYears() {
        Tagged t = Tagged.tag(ANCHOR, ArticleFixture.of("Losses grew over the past two quarters and the next 14 months."));
        assertThat(t.value("the past two quarters")).isEqualTo("P2Q");
        assertThat(t.value("the next 14 months")).isEqualTo("P14M");
    }

    @Test
    void recurringTimesAreSets() {
        Tagged t = Tagged.tag(ANCHOR, ArticleFixture.of("The board meets every week and flights leave each Thursday.",
                "Rallies are held daily.", "It earns $5 million a year."));
        assertThat(t.value("every week")).isEqualTo("P1W");
        assertThat(t.timex("every week").type()).isEqualTo(TimexType.SET);
        assertThat(t.value("each Thursday")).isEqualTo("XXXX-WXX-4");
        assertThat(t.value("daily")).isEqualTo("P1D");
        assertThat(t.value("a year")).isEqualTo("P1Y");
        assertThat(t.timex("a year").type()).isEqualTo(TimexType.SET);
    }

    @Test
    void aYearAloneIsADuration() {
        Tagged t = Tagged.tag(ANCHOR, ArticleFixture.of("The ban lasted a year."));
        assertThat(t.timex("a year").type()).isEqualTo(TimexType.DURATION);
        assertThat(t.value("a year")).isEqualTo("P1Y");
    }

    @Test
    void agesAreNotDurations() {
        Tagged t = Tagged.tag(ANCHOR, ArticleFixture.of("Mr. Smith, 52 years old, met a 6-year-old boy."));
        assertThat(t.all()).isEmpty();
    }
}

package org.dossier.extract.time;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Words and numbers that look temporal and are not. */
class FalseFriendTest {

    private static final String ANCHOR = "2024-12-18";

    @Test
    void mayTheModalIsNotAMonth() {
        Tagged t = Tagged.tag(ANCHOR, ArticleFixture.of("May he visit Paris?", "He may visit Paris.",
                "The talks ended in May."));
        assertThat(t.texts()).containsExactly("May");
        assertThat(t.timex("May").span().start()).isGreaterThan(30);
        assertThat(t.value("May")).isEqualTo("2024-05");
    }

    @Test
    void marchTheVerbAndAugustTheAdjectiveAreNotMonths() {
        Tagged t = Tagged.tag(ANCHOR, ArticleFixture.of("Thousands March on the capital.", "The August assembly met.")
                .tag("March", "VBP").tag("August", "JJ"));
        assertThat(t.all()).isEmpty();
    }

    @Test
    void secondTheOrdinalAndFallTheVerbAreNotTimes() {
        Tagged t = Tagged.tag(ANCHOR, ArticleFixture.of("It was the second time prices fall so fast.",
                "The fall of the wall changed Europe."));
        assertThat(t.all()).isEmpty();
    }

    @Test
    void countsAndMoneyAreNotYears() {
        Tagged t = Tagged.tag(ANCHOR, ArticleFixture.of("About 2000 people paid $1990 each for 1,999 tickets.",
                "The score was 2010 points."));
        assertThat(t.all()).isEmpty();
    }

    @Test
    void aPersonNamedAprilIsNotAMonth() {
        Tagged t = Tagged.tag(ANCHOR, ArticleFixture.of("The report by April Glaspie was read.")
                .entity("April", "PERSON").entity("Glaspie", "PERSON"));
        assertThat(t.all()).isEmpty();
    }

    @Test
    void nowInACompoundIsNotTheMoment() {
        Tagged t = Tagged.tag(ANCHOR, ArticleFixture.of("The now-cancelled deal collapsed."));
        assertThat(t.all()).isEmpty();
    }

    @Test
    void aSentenceOpeningNowWithACommaIsADiscourseMarker() {
        Tagged t = Tagged.tag("2024-12-16", ArticleFixture.of("Now, the council says, the plan is dead.",
                "Now the council is rethinking it.", "The council now says it will wait."));
        assertThat(t.texts()).containsExactly("Now", "now");
        assertThat(t.all().get(0).span().start()).isGreaterThan(0);
    }

    @Test
    void todaysWorldIsThePresentAgeNotADay() {
        Tagged t = Tagged.tag("2024-12-16", ArticleFixture.of("In today's world, few people write letters.",
                "Many of today's phones are fast.", "The plan was in today's editions of the paper."));
        assertThat(t.texts()).containsExactly("today's");
        assertThat(t.value("today's")).isEqualTo("2024-12-16");
    }

    @Test
    void halvesOfACompoundAreNotPeriods() {
        Tagged t = Tagged.tag("1989-11-01", ArticleFixture.of("The quarter-to-quarter comparison was enhanced.",
                "Unemployment is just above its quarter-century low.", "It rose year-to-year."));
        assertThat(t.all()).isEmpty();
    }
}

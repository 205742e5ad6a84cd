package org.dossier.query;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** One statement carried by many outlets: near-identical words of one speaker are one, earliest first. */
class StatementsTest {

    private static Statements.Statement said(String speaker, Long entity, String text, String day, String article,
                                             String outlet) {
        return new Statements.Statement(speaker, entity, text, day, article, outlet, "Q1");
    }

    @Test
    void theSameWordsOfOneSpeakerInManyOutletsAreOneStatementWithTheEarliest() {
        List<Rows.CarriedStatement> out = Statements.group(List.of(
                said("Volodymyr Zelensky", 1L, "We need air defense, and we need it now.", "2024-12-19", "reuters-2",
                        "Reuters"),
                said("Volodymyr Zelensky", 1L, "We need air defense and we need it now", "2024-12-18", "kyiv-1",
                        "Kyiv Independent"),
                said("Zelensky", 1L, "\u201cWe need air defense, and we need it now,\u201d", "2024-12-18", "ap-1", "AP"),
                said("Volodymyr Zelensky", 1L, "and we need it now", "2024-12-20", "tass-1", "TASS"),
                said("Volodymyr Zelensky", 1L, "Peace is possible next year.", "2024-12-18", "kyiv-1",
                        "Kyiv Independent"),
                said("Mark Rutte", 2L, "We need air defense, and we need it now.", "2024-12-18", "nato-1", "NATO")));
        assertThat(out).hasSize(3);
        Rows.CarriedStatement air = out.get(0);
        assertThat(air.speaker()).isEqualTo("Zelensky");
        assertThat(air.first()).isEqualTo("2024-12-18");
        assertThat(air.firstArticle()).isEqualTo("ap-1");
        assertThat(air.articles()).isEqualTo(4);
        assertThat(air.sources()).isEqualTo(4);
        assertThat(air.carriedBy()).isEqualTo("ap-1; kyiv-1; reuters-2; tass-1");
        assertThat(out).as("then by first day, then by first article").extracting(Rows.CarriedStatement::speaker)
                .containsExactly("Zelensky", "Volodymyr Zelensky", "Mark Rutte");
    }

    @Test
    void aDifferentStatementOrAShortFragmentStaysApart() {
        assertThat(Statements.same(Statements.words("We will not give up Crimea."),
                Statements.words("We will give up Crimea."))).as("one word dropped of five: Dice 0.75").isFalse();
        assertThat(Statements.same(Statements.words("No."), Statements.words("No, never, not while I am here.")))
                .as("a fragment under five words").isFalse();
        assertThat(Statements.same(Statements.words("the talks were productive and frank"),
                Statements.words("He said the talks were productive and frank, officials added.")))
                .as("a part of five words or more, whole").isTrue();
        assertThat(Statements.group(List.of(said(null, null, "It is over.", "2024-01-01", "a1", "X"),
                said(null, null, "It is over.", "2024-01-02", "a2", "Y")))).as("no speaker: no grouping").hasSize(2);
        assertThat(Statements.group(List.of(said("a spokesman", null, "It is over.", "2024-01-01", "a1", "X"),
                said("A Spokesman", null, "It is over.", "2024-01-02", "a2", "X")))).singleElement()
                .satisfies(s -> assertThat(s.sources()).isEqualTo(1));
    }
}

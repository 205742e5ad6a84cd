package org.dossier.query;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Where reports of one corpus event disagree: each kind, and the near misses that are no disagreement. */
class DisagreementsTest {

    private static final Rows.Party ZELENSKY = new Rows.Party("Volodymyr Zelensky", 1L, "source");
    private static final Rows.Party RUTTE = new Rows.Party("Mark Rutte", 2L, "target");

    /** A report of a meeting in {@code article}, published {@code published}, with date, place and factuality. */
    private static Rows.Report report(String article, String published, String date, String place, Long placeEntity,
                                      String placeKind, String factuality, List<Rows.Party> parties) {
        return new Rows.Report(article, "V1", published, "Wire " + article, null, null, 0, "They met.", "met",
                "MEETING", "meet", factuality, date, date == null ? published : date, place, placeEntity, placeKind,
                parties, "Wire " + article, false, null, List.of(), false, "founded");
    }

    private static Rows.Report met(String article, String published, String date) {
        return report(article, published, date, null, null, null, "asserted", List.of(ZELENSKY, RUTTE));
    }

    private static Rows.Report claimed(String article, String published, String cue, String source) {
        return new Rows.Report(article, "V1", published, "Wire " + article, null, null, 0, "They met.", "met",
                "MEETING", "meet", "reported", null, published, null, null, null, List.of(ZELENSKY, RUTTE), source,
                true, cue, List.of(), false, "same predicate");
    }

    @Test
    void reportsThatAgreeHaveNoDisagreement() {
        assertThat(Disagreements.of(List.of(met("a1", "2024-12-10", "2024-12-10"), met("a2", "2024-12-11",
                "2024-12-10"), met("a3", "2024-12-12", null)))).isEmpty();
        assertThat(Disagreements.of(List.of(met("a1", "2024-12-10", "2024-12-10")))).isEmpty();
        assertThat(Disagreements.of(List.of())).isEmpty();
    }

    @Test
    void twoDaysDisagreeButAMonthHoldsTheDaysInside() {
        List<Rows.Disagreement> ds = Disagreements.of(List.of(met("a1", "2024-12-08", "2024-12-07"),
                met("a2", "2024-12-09", "2024-12"), met("a3", "2024-12-09", "2024-12-08"),
                met("a4", "2024-12-10", "2024-12-07")));
        assertThat(ds).singleElement().satisfies(d -> {
            assertThat(d.kind()).isEqualTo("date");
            assertThat(d.conflict()).isTrue();
            assertThat(d.sides()).extracting(Rows.Side::value).containsExactly("2024-12-07", "2024-12-08");
            assertThat(d.sides().get(0).reports()).containsExactly("a1#V1", "a4#V1");
            assertThat(d.summary()).contains("2024-12-07 (a1 2024-12-08, a4 2024-12-10) vs 2024-12-08 (a3 2024-12-09)");
        });
        // a month, the week and a day inside both: one story told at three granularities
        assertThat(Disagreements.of(List.of(met("a1", "2024-12-20", "2024-12"), met("a2", "2024-12-20", "2024-W51"),
                met("a3", "2024-12-20", "2024-12-18")))).isEmpty();
        // an underspecified date names no period and so cannot disagree
        assertThat(Disagreements.of(List.of(met("a1", "2024-12-20", "XXXX-12-18"), met("a2", "2024-12-20",
                "2024-12-17")))).isEmpty();
    }

    @Test
    void twoCitiesDisagreeACityAndItsCountryDoNot() {
        Rows.Report kyiv = report("a1", "2024-12-10", null, "Kyiv", 10L, "CITY", "asserted", List.of(ZELENSKY));
        Rows.Report lviv = report("a2", "2024-12-10", null, "Lviv", 11L, "CITY", "asserted", List.of(ZELENSKY));
        Rows.Report ukraine = report("a3", "2024-12-10", null, "Ukraine", 12L, "COUNTRY", "asserted",
                List.of(ZELENSKY));
        Rows.Report kyivAgain = report("a4", "2024-12-11", null, "Kyiv", 10L, "CITY", "asserted", List.of(ZELENSKY));
        assertThat(Disagreements.of(List.of(kyiv, ukraine, kyivAgain))).isEmpty();
        List<Rows.Disagreement> ds = Disagreements.of(List.of(kyiv, lviv, ukraine, kyivAgain));
        assertThat(ds).singleElement().satisfies(d -> {
            assertThat(d.kind()).isEqualTo("place");
            assertThat(d.sides()).extracting(Rows.Side::value).containsExactly("Kyiv", "Lviv");
            assertThat(d.sides().get(0).reports()).containsExactly("a1#V1", "a4#V1");
        });
    }

    @Test
    void actorsWithNoOneInCommonDisagreeAShorterListDoesNot() {
        Rows.Party russia = new Rows.Party("Russia", 20L, "source");
        Rows.Party belarus = new Rows.Party("Belarus", 21L, "source");
        Rows.Party ukraine = new Rows.Party("Ukraine", 22L, "target");
        Rows.Report a = report("a1", "2024-02-24", null, null, null, null, "asserted", List.of(russia, ukraine));
        Rows.Report b = report("a2", "2024-02-24", null, null, null, null, "asserted", List.of(russia, belarus,
                ukraine));
        Rows.Report c = report("a3", "2024-02-25", null, null, null, null, "asserted", List.of(belarus, ukraine));
        Rows.Report noActor = report("a4", "2024-02-25", null, null, null, null, "asserted", List.of(ukraine));
        assertThat(Disagreements.of(List.of(a, b, noActor))).isEmpty();
        assertThat(Disagreements.of(List.of(a, c))).singleElement().satisfies(d -> {
            assertThat(d.kind()).isEqualTo("participant");
            assertThat(d.summary()).contains("who acts").contains("Belarus (a3 2024-02-25)").contains("Russia (a1");
            assertThat(d.sides()).extracting(Rows.Side::value).containsExactly("Belarus", "Russia");
        });
        // an untied name counts by its text
        Rows.Party someone = new Rows.Party("a spokesman", null, "target");
        Rows.Report d = report("a5", "2024-02-25", null, null, null, null, "asserted", List.of(russia, someone));
        assertThat(Disagreements.of(List.of(a, d))).extracting(Rows.Disagreement::summary)
                .singleElement().asString().contains("who is acted on");
    }

    @Test
    void assertedByOneNegatedOrDeniedByAnother() {
        Rows.Report asserted = met("a1", "2024-12-10", "2024-12-10");
        Rows.Report negated = report("a2", "2024-12-11", null, null, null, null, "negated", List.of(ZELENSKY, RUTTE));
        Rows.Report denied = claimed("a3", "2024-12-11", "denied", "the Kremlin");
        Rows.Report said = claimed("a4", "2024-12-11", "said", "aides");
        assertThat(Disagreements.of(List.of(asserted, said))).isEmpty();
        List<Rows.Disagreement> ds = Disagreements.of(List.of(asserted, negated, denied, said));
        assertThat(ds).singleElement().satisfies(d -> {
            assertThat(d.kind()).isEqualTo("factuality");
            assertThat(d.sides()).extracting(Rows.Side::value).containsExactly("happened", "did not happen", "denied");
            assertThat(d.sides().get(0).reports()).containsExactly("a1#V1", "a4#V1");
            assertThat(d.summary()).contains("denied by the Kremlin (a3)").contains("negated by Wire a2 (a2)");
        });
        assertThat(Disagreements.denies(denied)).isTrue();
        assertThat(Disagreements.affirms(denied)).isFalse();
        assertThat(Disagreements.affirms(said)).isTrue();
    }

    @Test
    void expectedThenHappenedIsADevelopmentTheReverseIsAConflict() {
        Rows.Report expected = report("a1", "2024-12-05", "2024-12-10", null, null, null, "expected",
                List.of(ZELENSKY, RUTTE));
        Rows.Report happened = met("a2", "2024-12-10", "2024-12-10");
        List<Rows.Disagreement> ds = Disagreements.of(List.of(happened, expected));
        assertThat(ds).singleElement().satisfies(d -> {
            assertThat(d.kind()).isEqualTo("since");
            assertThat(d.conflict()).isFalse();
            assertThat(d.summary()).isEqualTo("expected in a1 2024-12-05; happened since, per a2 2024-12-10");
        });
        Rows.Report stillExpected = report("a3", "2024-12-12", "2024-12-10", null, null, null, "expected",
                List.of(ZELENSKY, RUTTE));
        assertThat(Disagreements.of(List.of(expected, happened, stillExpected)))
                .extracting(Rows.Disagreement::kind).containsExactly("since", "still-expected");
        assertThat(Disagreements.kinds(Disagreements.of(List.of(expected, happened, stillExpected))))
                .isEqualTo("since, still-expected");
        // hypothetical reports (proposed, requested) neither assert nor expect
        Rows.Report proposed = report("a4", "2024-12-01", null, null, null, null, "hypothetical",
                List.of(ZELENSKY, RUTTE));
        assertThat(Disagreements.of(List.of(proposed, happened))).isEmpty();
    }

    @Test
    void theOrderOfReportsDoesNotChangeTheAnswer() {
        List<Rows.Report> rs = List.of(met("a1", "2024-12-08", "2024-12-07"), met("a2", "2024-12-09", "2024-12-08"),
                report("a3", "2024-12-09", null, "Kyiv", 10L, "CITY", "negated", List.of(ZELENSKY)),
                report("a4", "2024-12-09", null, "Lviv", 11L, "CITY", "asserted", List.of(ZELENSKY)));
        List<Rows.Report> reversed = new java.util.ArrayList<>(rs);
        java.util.Collections.reverse(reversed);
        assertThat(Disagreements.of(reversed)).extracting(Rows.Disagreement::kind)
                .isEqualTo(Disagreements.of(rs).stream().map(Rows.Disagreement::kind).toList())
                .containsExactly("date", "place", "factuality");
        assertThat(Disagreements.of(reversed).get(0).sides()).extracting(Rows.Side::value)
                .containsExactly("2024-12-07", "2024-12-08");
    }

    @Test
    void aSurnameAloneIsNoOtherParticipantButAnotherGivenNameIs() {
        Rows.Party full = new Rows.Party("Volodymyr Zelensky", 1L, "source");
        Rows.Party surname = new Rows.Party("Zelensky", 7L, "source");
        Rows.Party jane = new Rows.Party("Jane Smith", 8L, "source");
        Rows.Party john = new Rows.Party("John Smith", 9L, "source");
        assertThat(Disagreements.samePerson(full, surname)).isTrue();
        assertThat(Disagreements.samePerson(jane, john)).isFalse();
        assertThat(Disagreements.of(List.of(report("a1", "2024-12-10", null, null, null, null, "asserted",
                List.of(full)), report("a2", "2024-12-10", null, null, null, null, "asserted", List.of(surname)))))
                .isEmpty();
        assertThat(Disagreements.of(List.of(report("a1", "2024-12-10", null, null, null, null, "asserted",
                List.of(jane)), report("a2", "2024-12-10", null, null, null, null, "asserted", List.of(john)))))
                .extracting(Rows.Disagreement::kind).containsExactly("participant");
    }

    @org.junit.jupiter.api.Test
    void wordsAreTheRunsOfLettersAndNumbersAsTheRegularExpressionSplitsThem() {
        java.util.regex.Pattern notWord = java.util.regex.Pattern.compile("[^\\p{L}\\p{N}]+");
        for (String name : List.of("Volodymyr Zelensky", "the  United Nations", "O'Brien-Smith, Jr.", "  Ⅻ Legion ",
                "Łukasz Żółć", "北京 2008", "Zürich²", "𝐀lpha beta", "...", "", "The The", "Ali_Baba 3½")) {
            List<String> expected = new java.util.ArrayList<>();
            for (String w : notWord.split(name.toLowerCase(java.util.Locale.ROOT))) {
                if (!w.isEmpty() && !w.equals("the")) {
                    expected.add(w);
                }
            }
            assertThat(Disagreements.words(name)).as(name).isEqualTo(expected);
        }
    }
}

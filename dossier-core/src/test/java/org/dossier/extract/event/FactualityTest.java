package org.dossier.extract.event;

import org.dossier.model.EntityType;
import org.dossier.model.Factuality;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Asserted, reported, expected, hypothetical and negated events, on sentences of ours. */
class FactualityTest {

    private static ArticleFixture oneSentence(String tokens, String arcs) {
        ArticleFixture a = new ArticleFixture().sentence(tokens, arcs);
        a.entity(EntityType.PERSON, "Ortiz", "Ortiz");
        a.entity(EntityType.PERSON, "Dahl", "Dahl");
        return a;
    }

    @Test
    void aPlainPastEventIsAsserted() {
        ArticleFixture a = oneSentence("Ortiz/NNP//PERSON met/VBD/meet Dahl/NNP//PERSON ./.",
                "nsubj met Ortiz; root ROOT met; obj met Dahl; punct met .");
        assertThat(a.event("met").factuality()).isEqualTo(Factuality.ASSERTED);
        assertThat(a.event("met").attribution()).isNull();
    }

    @Test
    void beingExpectedToOrWillMakesItExpectedWithTheControllerAsSource() {
        ArticleFixture a = oneSentence(
                "Ortiz/NNP//PERSON is/VBZ/be expected/VBN/expect to/TO meet/VB Dahl/NNP//PERSON ./.",
                "nsubj:pass expected Ortiz; aux:pass expected is; root ROOT expected; mark meet to; xcomp expected meet;"
                        + " obj meet Dahl; punct expected .");
        assertThat(a.event("meet").factuality()).isEqualTo(Factuality.EXPECTED);
        assertThat(a.event("meet").participants().get(0).role()).isEqualTo("source");

        ArticleFixture b = oneSentence("Ortiz/NNP//PERSON will/MD visit/VB Dahl/NNP//PERSON ./.",
                "nsubj visit Ortiz; aux visit will; root ROOT visit; obj visit Dahl; punct visit .");
        assertThat(b.event("visit").factuality()).isEqualTo(Factuality.EXPECTED);
    }

    @Test
    void whatIsAskedForIsHypotheticalTheAskingAsserted() {
        ArticleFixture a = oneSentence(
                "Ortiz/NNP//PERSON urged/VBD/urge the/DT council/NN to/TO approve/VB the/DT budget/NN ./.",
                "nsubj urged Ortiz; root ROOT urged; det council the; obj urged council; mark approve to;"
                        + " xcomp urged approve; det budget the; obj approve budget; punct urged .");
        assertThat(a.event("urged").factuality()).isEqualTo(Factuality.ASSERTED);
        assertThat(a.event("approve").factuality()).isEqualTo(Factuality.HYPOTHETICAL);
    }

    @Test
    void aPotentialEventNounIsHypothetical() {
        ArticleFixture a = oneSentence(
                "Ortiz/NNP//PERSON discussed/VBD/discuss a/DT possible/JJ ceasefire/NN ./.",
                "nsubj discussed Ortiz; root ROOT discussed; det ceasefire a; amod ceasefire possible;"
                        + " obj discussed ceasefire; punct discussed .");
        assertThat(a.event("discussed").factuality()).isEqualTo(Factuality.ASSERTED);
        assertThat(a.event("ceasefire").factuality()).isEqualTo(Factuality.HYPOTHETICAL);
    }

    @Test
    void negationMakesItNegated() {
        ArticleFixture a = oneSentence("Ortiz/NNP//PERSON did/VBD/do not/RB meet/VB Dahl/NNP//PERSON ./.",
                "nsubj meet Ortiz; aux meet did; advmod meet not; root ROOT meet; obj meet Dahl; punct meet .");
        assertThat(a.event("meet").factuality()).isEqualTo(Factuality.NEGATED);
    }

    @Test
    void aConditionMakesItHypothetical() {
        ArticleFixture a = oneSentence(
                "If/IN Ortiz/NNP//PERSON visits/VBZ/visit ,/, Dahl/NNP//PERSON leaves/VBZ/leave ./.",
                "mark visits If; nsubj visits Ortiz; advcl leaves visits; punct leaves ,; nsubj leaves Dahl;"
                        + " root ROOT leaves; punct leaves .");
        assertThat(a.event("visits").factuality()).isEqualTo(Factuality.HYPOTHETICAL);
    }

    @Test
    void aHedgeOrAnAccordingToPhraseMakesItReported() {
        ArticleFixture a = oneSentence("Ortiz/NNP//PERSON reportedly/RB met/VBD/meet Dahl/NNP//PERSON ./.",
                "nsubj met Ortiz; advmod met reportedly; root ROOT met; obj met Dahl; punct met .");
        assertThat(a.event("met").factuality()).isEqualTo(Factuality.REPORTED);

        ArticleFixture b = oneSentence(
                "Ortiz/NNP//PERSON met/VBD/meet Dahl/NNP//PERSON ,/, according/VBG/accord to/IN officials/NNS/official ./.",
                "nsubj met Ortiz; root ROOT met; obj met Dahl; punct met ,; case officials according;"
                        + " fixed according to; obl met officials; punct met .");
        assertThat(b.event("met").factuality()).isEqualTo(Factuality.REPORTED);
    }

    @Test
    void anEventInsideAClaimOfSomeoneElseIsReportedThroughIt() {
        ArticleFixture a = new ArticleFixture().sentence(
                "The/DT Herald/NNP//ORGANIZATION reported/VBD/report that/IN Ortiz/NNP//PERSON met/VBD/meet"
                        + " Dahl/NNP//PERSON ./.",
                "det Herald The; nsubj reported Herald; root ROOT reported; mark met that; nsubj met Ortiz;"
                        + " ccomp reported met; obj met Dahl; punct reported .");
        String herald = a.entity(EntityType.ORGANIZATION, "The Herald", "The Herald");
        a.entity(EntityType.PERSON, "Ortiz", "Ortiz");
        a.entity(EntityType.PERSON, "Dahl", "Dahl");
        String claim = a.claim(herald, "reported", "Ortiz met Dahl");

        assertThat(a.event("reported").factuality()).isEqualTo(Factuality.ASSERTED);
        assertThat(a.event("reported").attribution()).isNull();
        assertThat(a.event("met").factuality()).isEqualTo(Factuality.REPORTED);
        assertThat(a.event("met").attribution()).isEqualTo(claim);
    }

    @Test
    void theCueOfAClaimDecidesBetweenReportedAndHypothetical() {
        ArticleFixture a = new ArticleFixture().sentence(
                "Dahl/NNP//PERSON wants/VBZ/want Ortiz/NNP//PERSON sanctioned/VBN/sanction ./.",
                "nsubj wants Dahl; root ROOT wants; nsubj sanctioned Ortiz; ccomp wants sanctioned; punct wants .");
        String dahl = a.entity(EntityType.PERSON, "Dahl", "Dahl");
        a.entity(EntityType.PERSON, "Ortiz", "Ortiz");
        String claim = a.claim(dahl, "wants", "Ortiz sanctioned");
        assertThat(a.event("sanctioned").factuality()).isEqualTo(Factuality.HYPOTHETICAL);
        assertThat(a.event("sanctioned").attribution()).isEqualTo(claim);
    }

    @Test
    void thePublishersOwnClaimsAreAsserted() {
        ArticleFixture a = new ArticleFixture().sentence(
                "The/DT Daily/NNP//ORGANIZATION Fixture/NNP//ORGANIZATION learned/VBD/learn that/IN Ortiz/NNP//PERSON"
                        + " met/VBD/meet Dahl/NNP//PERSON ./.",
                "det Fixture The; compound Fixture Daily; nsubj learned Fixture; root ROOT learned; mark met that;"
                        + " nsubj met Ortiz; ccomp learned met; obj met Dahl; punct learned .");
        String paper = a.entity(EntityType.ORGANIZATION, "The Daily Fixture", "The Daily Fixture");
        a.claim(paper, "learned", "Ortiz met Dahl");
        assertThat(a.event("met").factuality()).isEqualTo(Factuality.ASSERTED);
        assertThat(a.event("met").attribution()).isNull();
    }

    @Test
    void aHeadlineInfinitiveWithItsOwnSubjectIsTheFuture() {
        ArticleFixture a = new ArticleFixture().sentence(
                "Agent/NNP says/VBZ/say Sixers/NNPS/Sixers to/TO sign/VB/sign Dalembert/NNP//PERSON",
                "nsubj says Agent; root ROOT says; obj says Sixers; mark sign to; xcomp says sign; obj sign Dalembert");
        a.entity(EntityType.PERSON, "Samuel Dalembert", "Dalembert");
        assertThat(a.event("sign").factuality()).isEqualTo(Factuality.EXPECTED);
        ArticleFixture b = new ArticleFixture().sentence(
                "The/DT coach/NN told/VBD/tell Lee/NNP//PERSON to/TO sign/VB/sign ./.",
                "det coach The; nsubj told coach; root ROOT told; obj told Lee; mark sign to; xcomp told sign;"
                        + " punct told .");
        b.entity(EntityType.PERSON, "Ann Lee", "Lee");
        assertThat(b.event("sign").factuality()).as("an order, not a forecast").isEqualTo(Factuality.HYPOTHETICAL);
    }
}

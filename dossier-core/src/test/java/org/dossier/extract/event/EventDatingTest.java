package org.dossier.extract.event;

import org.dossier.model.EntityType;
import org.dossier.model.TimexType;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Dates from the attached timex, the occasion, an infinitive, an anaphoric duration and the discourse. */
class EventDatingTest {

    @Test
    void theOccasionDatesTheEventAndAnAlsoSentenceContinuesIt() {
        ArticleFixture a = new ArticleFixture()
                .sentence("During/IN a/DT briefing/NN on/IN May/NNP 5/CD ,/, Ortiz/NNP//PERSON criticized/VBD/criticize"
                                + " the/DT plan/NN ./.",
                        "case briefing During; det briefing a; obl criticized briefing; case May on; nmod briefing May;"
                                + " nummod May 5; punct criticized ,; nsubj criticized Ortiz; root ROOT criticized;"
                                + " det plan the; obj criticized plan; punct criticized .")
                .sentence("The/DT minister/NN also/RB called/VBD/call on/IN the/DT council/NN to/TO act/VB ./.",
                        "det minister The; nsubj called minister; advmod called also; root ROOT called; mark act on;"
                                + " det council the; nsubj act council; mark act to; advcl called act; punct called .");
        a.entity(EntityType.PERSON, "Ortiz", "Ortiz");
        String may5 = a.date("May 5", "2025-05-05");

        assertThat(a.event("criticized").date()).isEqualTo("2025-05-05");
        assertThat(a.event("called on").date()).isEqualTo("2025-05-05");
        assertThat(a.event("called on").timex()).isEqualTo(may5);
    }

    @Test
    void anotherActorWithoutAlsoDoesNotInheritTheDate() {
        ArticleFixture a = new ArticleFixture()
                .sentence("Ortiz/NNP//PERSON criticized/VBD/criticize the/DT plan/NN on/IN May/NNP 5/CD ./.",
                        "nsubj criticized Ortiz; root ROOT criticized; det plan the; obj criticized plan; case May on;"
                                + " obl criticized May; nummod May 5; punct criticized .")
                .sentence("Dahl/NNP//PERSON rejected/VBD/reject it/PRP ./.",
                        "nsubj rejected Dahl; root ROOT rejected; obj rejected it; punct rejected .");
        a.entity(EntityType.PERSON, "Ortiz", "Ortiz");
        a.entity(EntityType.PERSON, "Dahl", "Dahl");
        a.date("May 5", "2025-05-05");
        assertThat(a.event("criticized").date()).isEqualTo("2025-05-05");
        assertThat(a.event("rejected").date()).isNull();
    }

    @Test
    void theSameActorInTheSimplePastContinuesTheOccasion() {
        ArticleFixture a = new ArticleFixture()
                .sentence("Ortiz/NNP//PERSON visited/VBD/visit Bergen/NNP//LOCATION on/IN May/NNP 5/CD ./.",
                        "nsubj visited Ortiz; root ROOT visited; obj visited Bergen; case May on; obl visited May;"
                                + " nummod May 5; punct visited .")
                .sentence("She/PRP met/VBD/meet the/DT mayor/NN ./.",
                        "nsubj met She; root ROOT met; det mayor the; obj met mayor; punct met .");
        a.entity(EntityType.PERSON, "Ortiz", "Ortiz", "She");
        a.entity(EntityType.LOCATION, "Bergen", "Bergen");
        a.date("May 5", "2025-05-05");
        assertThat(a.event("met").date()).isEqualTo("2025-05-05");
    }

    @Test
    void aPastDateOnAnInfinitiveDatesTheActButAFutureOneDoesNot() {
        ArticleFixture a = new ArticleFixture()
                .sentence("Norway/NNP//LOCATION submitted/VBD/submit its/PRP$ application/NN to/TO join/VB the/DT"
                                + " union/NN in/IN May/NNP 2024/CD ./.",
                        "nsubj submitted Norway; root ROOT submitted; nmod:poss application its; obj submitted application;"
                                + " mark join to; xcomp submitted join; det union the; obj join union; case May in;"
                                + " obl join May; nummod May 2024; punct submitted .")
                .sentence("Ortiz/NNP//PERSON planned/VBD/plan to/TO visit/VB in/IN July/NNP ./.",
                        "nsubj planned Ortiz; root ROOT planned; mark visit to; xcomp planned visit; case July in;"
                                + " obl visit July; punct planned .");
        a.entity(EntityType.LOCATION, "Norway", "Norway", "its");
        a.entity(EntityType.PERSON, "Ortiz", "Ortiz");
        a.date("May 2024", "2024-05");
        a.date("July", "2025-07");
        assertThat(a.event("submitted its application").date()).isEqualTo("2024-05");
        assertThat(a.event("planned").date()).isNull();
        assertThat(a.event("visit").date()).isEqualTo("2025-07");
    }

    @Test
    void anAnaphoricDurationTakesThePeriodNamedBefore() {
        ArticleFixture a = new ArticleFixture()
                .sentence("The/DT summit/NN runs/VBZ/run on/IN May/NNP 5-6/CD ./.",
                        "det summit The; nsubj runs summit; root ROOT runs; case May on; obl runs May; nummod May 5-6;"
                                + " punct runs .")
                .sentence("Over/IN the/DT two/CD days/NNS/day ,/, Ortiz/NNP//PERSON is/VBZ/be expected/VBN/expect to/TO"
                                + " meet/VB Dahl/NNP//PERSON ./.",
                        "case days Over; det days the; nummod days two; obl expected days; punct expected ,;"
                                + " nsubj:pass expected Ortiz; aux:pass expected is; root ROOT expected; mark meet to;"
                                + " xcomp expected meet; obj meet Dahl; punct expected .");
        a.entity(EntityType.PERSON, "Ortiz", "Ortiz");
        a.entity(EntityType.PERSON, "Dahl", "Dahl");
        a.date("May 5-6", "2025-05-05/2025-05-06");
        a.timex("the two days", 1, TimexType.DURATION, "P2D");
        assertThat(a.event("summit").date()).isEqualTo("2025-05-05/2025-05-06");
        assertThat(a.event("meet").date()).isEqualTo("2025-05-05/2025-05-06");
    }
}

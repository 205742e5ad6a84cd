package org.dossier.extract.event;

import org.dossier.model.EntityType;
import org.dossier.model.Event;
import org.dossier.model.EventType;
import org.dossier.model.Participant;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Triggers (verbs, phrasal verbs, light verbs, event nouns), their participants and places, on sentences of ours. */
class TriggerAndParticipantTest {

    @Test
    void aVisitForTalksGivesTwoEventsSharingActorPlaceAndDate() {
        ArticleFixture a = new ArticleFixture().sentence(
                "Minister/NNP Lena/NNP//PERSON Ortiz/NNP//PERSON visited/VBD/visit Oslo/NNP//LOCATION on/IN May/NNP 3/CD"
                        + " for/IN talks/NNS/talk with/IN Erik/NNP//PERSON Dahl/NNP//PERSON ./.",
                "compound Ortiz Minister; compound Ortiz Lena; nsubj visited Ortiz; root ROOT visited; obj visited Oslo;"
                        + " case May on; obl visited May; nummod May 3; case talks for; obl visited talks; case Dahl with;"
                        + " compound Dahl Erik; nmod talks Dahl; punct visited .");
        String ortiz = a.entity(EntityType.PERSON, "Lena Ortiz", "Lena Ortiz");
        String oslo = a.entity(EntityType.LOCATION, "Oslo", "Oslo");
        String dahl = a.entity(EntityType.PERSON, "Erik Dahl", "Erik Dahl");
        String may3 = a.date("May 3", "2025-05-03");

        assertThat(a.events()).extracting(e -> e.trigger().text()).containsExactly("visited", "talks");
        Event visit = a.event("visited");
        assertThat(visit.type()).isEqualTo(EventType.VISIT);
        assertThat(visit.cameo()).isEqualTo("042");
        assertThat(visit.predicate()).isEqualTo("visit");
        assertThat(visit.participants()).containsExactly(new Participant(ortiz, "source"), new Participant(oslo, "target"));
        assertThat(visit.location()).isEqualTo(oslo);
        assertThat(visit.date()).isEqualTo("2025-05-03");
        assertThat(visit.timex()).isEqualTo(may3);

        Event talks = a.event("talks");
        assertThat(talks.type()).isEqualTo(EventType.MEETING);
        assertThat(talks.participants()).containsExactly(new Participant(ortiz, "source"), new Participant(dahl, "target"));
        assertThat(talks.location()).isEqualTo(oslo);
        assertThat(talks.date()).isEqualTo("2025-05-03");
    }

    @Test
    void conjoinedCountriesBehindAGroupNounAreEachATarget() {
        ArticleFixture a = new ArticleFixture().sentence(
                "Ortiz/NNP//PERSON met/VBD/meet with/IN the/DT leaders/NNS/leader of/IN Norway/NNP//LOCATION ,/,"
                        + " Sweden/NNP//LOCATION and/CC Finland/NNP//LOCATION in/IN Bergen/NNP//LOCATION ./.",
                "nsubj met Ortiz; root ROOT met; case leaders with; det leaders the; obl met leaders; case Norway of;"
                        + " nmod leaders Norway; punct Sweden ,; conj Norway Sweden; cc Finland and; conj Norway Finland;"
                        + " case Bergen in; obl met Bergen; punct met .");
        String ortiz = a.entity(EntityType.PERSON, "Ortiz", "Ortiz");
        String no = a.entity(EntityType.LOCATION, "Norway", "Norway");
        String se = a.entity(EntityType.LOCATION, "Sweden", "Sweden");
        String fi = a.entity(EntityType.LOCATION, "Finland", "Finland");
        String bergen = a.entity(EntityType.LOCATION, "Bergen", "Bergen");

        Event met = a.event("met");
        assertThat(met.type()).isEqualTo(EventType.MEETING);
        assertThat(met.participants()).containsExactly(new Participant(ortiz, "source"), new Participant(no, "target"),
                new Participant(se, "target"), new Participant(fi, "target"));
        assertThat(met.location()).isEqualTo(bergen);
        assertThat(met.date()).as("no time in the text, none invented").isNull();
    }

    @Test
    void aPossessedDatedMeetingNounHasItsOwnerTheWithPhraseAndThePlace() {
        ArticleFixture a = new ArticleFixture().sentence(
                "Her/PRP$/she March/NNP 2/CD meeting/NN with/IN Dahl/NNP//PERSON and/CC Governor/NNP Sam/NNP//PERSON"
                        + " Reyes/NNP//PERSON in/IN Bergen/NNP//LOCATION ended/VBD/end early/RB ./.",
                "nmod:poss meeting Her; compound meeting March; nummod March 2; nsubj ended meeting; case Dahl with;"
                        + " nmod meeting Dahl; cc Reyes and; compound Reyes Governor; compound Reyes Sam; conj Dahl Reyes;"
                        + " case Bergen in; nmod meeting Bergen; root ROOT ended; advmod ended early; punct ended .");
        String ortiz = a.entity(EntityType.PERSON, "Lena Ortiz", "Her");
        String dahl = a.entity(EntityType.PERSON, "Dahl", "Dahl");
        String reyes = a.entity(EntityType.PERSON, "Sam Reyes", "Sam Reyes");
        String bergen = a.entity(EntityType.LOCATION, "Bergen", "Bergen");
        a.date("March 2", "2025-03-02");

        Event meeting = a.event("meeting");
        assertThat(meeting.predicate()).isEqualTo("meeting");
        assertThat(meeting.participants()).containsExactly(new Participant(ortiz, "source"),
                new Participant(dahl, "target"), new Participant(reyes, "target"));
        assertThat(meeting.location()).isEqualTo(bergen);
        assertThat(meeting.date()).isEqualTo("2025-03-02");
    }

    @Test
    void aPlacePhraseTheParseHungOnTheObjectLocatesAMeetingButNotARequest() {
        ArticleFixture a = new ArticleFixture().sentence(
                "Ortiz/NNP//PERSON will/MD meet/VB union/NN representatives/NNS/representative in/IN The/DT"
                        + " Hague/NNP//CITY on/IN Thursday/NNP ./.",
                "nsubj meet Ortiz; aux meet will; root ROOT meet; compound representatives union;"
                        + " obj meet representatives; case Hague in; det Hague The; nmod representatives Hague;"
                        + " case Thursday on; obl meet Thursday; punct meet .")
                .sentence("Dahl/NNP//PERSON urged/VBD/urge officials/NNS/official in/IN Bergen/NNP//CITY to/TO"
                                + " act/VB ./.",
                        "nsubj urged Dahl; root ROOT urged; obj urged officials; case Bergen in; nmod officials Bergen;"
                                + " mark act to; xcomp urged act; punct urged .");
        a.entity(EntityType.PERSON, "Lena Ortiz", "Ortiz");
        String hague = a.entity(EntityType.LOCATION, "The Hague", "The Hague");
        a.entity(EntityType.PERSON, "Erik Dahl", "Dahl");
        a.entity(EntityType.LOCATION, "Bergen", "Bergen");

        assertThat(a.event("meet").location()).as("one meets people where they are").isEqualTo(hague);
        assertThat(a.event("urged").location()).as("the officials are in Bergen, the urging anywhere").isNull();
    }

    @Test
    void aLightVerbWithAnEventNounIsOneEventTypedByTheNoun() {
        ArticleFixture a = new ArticleFixture().sentence(
                "The/DT union/NN held/VBD/hold talks/NNS/talk with/IN Harbor/NNP//ORGANIZATION Corp/NNP//ORGANIZATION ./.",
                "det union The; nsubj held union; root ROOT held; obj held talks; case Corp with; compound Corp Harbor;"
                        + " nmod talks Corp; punct held .");
        String corp = a.entity(EntityType.ORGANIZATION, "Harbor Corp", "Harbor Corp");

        assertThat(a.events()).hasSize(1);
        Event talks = a.event("held talks");
        assertThat(talks.type()).isEqualTo(EventType.MEETING);
        assertThat(talks.predicate()).isEqualTo("talk");
        assertThat(talks.participants()).contains(new Participant(corp, "target"));
    }

    @Test
    void aPhrasalRequestSpansVerbAndParticleAndTheAskedAreTargets() {
        ArticleFixture a = new ArticleFixture().sentence(
                "Dahl/NNP//PERSON called/VBD/call on/IN Norway/NNP//LOCATION to/TO ban/VB trawling/NN ./.",
                "nsubj called Dahl; root ROOT called; mark ban on; nsubj ban Norway; mark ban to; advcl called ban;"
                        + " obj ban trawling; punct called .");
        String dahl = a.entity(EntityType.PERSON, "Dahl", "Dahl");
        String norway = a.entity(EntityType.LOCATION, "Norway", "Norway");

        Event call = a.event("called on");
        assertThat(call.type()).isEqualTo(EventType.REQUEST);
        assertThat(call.predicate()).isEqualTo("call");
        assertThat(call.participants()).containsExactly(new Participant(dahl, "source"), new Participant(norway, "target"));
        assertThat(a.event("ban").participants()).containsExactly(new Participant(norway, "source"));
    }

    @Test
    void statesOpinionsAndAbstractNounsAreNoEvents() {
        ArticleFixture a = new ArticleFixture().sentence(
                "The/DT minister/NN believes/VBZ/believe the/DT plan/NN is/VBZ/be fair/JJ ./.",
                "det minister The; nsubj believes minister; root ROOT believes; det plan the; nsubj fair plan;"
                        + " cop fair is; ccomp believes fair; punct believes .")
                .sentence("A/DT group/NN called/VBN/call Harbor/NNP Watch/NNP exists/VBZ/exist ./.",
                        "det group A; nsubj exists group; acl group called; compound Watch Harbor; xcomp called Watch;"
                                + " root ROOT exists; punct exists .");
        assertThat(a.events()).isEmpty();
    }

    @Test
    void aStatementNounNamingHowSomethingWasSaidIsTheSameEvent() {
        ArticleFixture a = new ArticleFixture().sentence(
                "Dahl/NNP//PERSON said/VBD/say in/IN a/DT statement/NN that/IN talks/NNS/talk failed/VBD/fail ./.",
                "nsubj said Dahl; root ROOT said; case statement in; det statement a; obl said statement; mark failed that;"
                        + " nsubj failed talks; ccomp said failed; punct said .");
        a.entity(EntityType.PERSON, "Dahl", "Dahl");
        assertThat(a.events()).extracting(e -> e.trigger().text()).containsExactly("said");
    }

    @Test
    void aStrikeIsAWalkoutUnlessAWeaponModifiesIt() {
        ArticleFixture a = new ArticleFixture().sentence(
                "The/DT dockworkers/NNS/dockworker ended/VBD/end their/PRP$/they strike/NN after/IN an/DT air/NN strike/NN ./.",
                "det dockworkers The; nsubj ended dockworkers; root ROOT ended; nmod:poss strike their; obj ended strike;"
                        + " case strike#2 after; det strike#2 an; compound strike#2 air; obl ended strike#2; punct ended .");
        assertThat(a.events()).filteredOn(e -> e.type() != EventType.OTHER).extracting(Event::type)
                .containsExactly(EventType.PROTEST, EventType.ATTACK);
    }
}

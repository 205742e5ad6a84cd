package org.dossier.extract.event;

import org.dossier.model.EntityType;
import org.dossier.model.Event;
import org.dossier.model.EventType;
import org.dossier.model.Participant;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

/**
 * Who does and who undergoes the events beyond the CAMEO interactions, on sentences written and parsed by hand: the
 * victim of a death or an injury, the buyer and the bought (or seller) of a transaction, the court and the
 * defendant of a justice event, the elected or appointed of an election or an appointment (role target), the doer
 * (role source); the place a disaster hit as its location; event nouns with their participants.
 */
class ParticipantsBySenseTest {

    private static Map<String, String> roles(Event e) {
        return e.participants().stream().collect(Collectors.toMap(Participant::entity, Participant::role));
    }

    // --- DEATH and INJURY: the one who died or was hurt is the target

    @Test
    void theOneWhoDiedIsTheVictim() {
        ArticleFixture a = new ArticleFixture().sentence(
                "Ann/NNP//PERSON Lee/NNP//PERSON died/VBD/die in/IN hospital/NN ./.",
                "compound Lee Ann; nsubj died Lee; root ROOT died; case hospital in; obl died hospital; punct died .");
        String lee = a.entity(EntityType.PERSON, "Ann Lee", "Ann Lee");
        Event died = a.event("died");
        assertThat(died.type()).isEqualTo(EventType.DEATH);
        assertThat(roles(died)).containsExactly(entry(lee, "target"));
    }

    @Test
    void theOneKilledInACrashIsTheVictimNotTheDoer() {
        ArticleFixture a = new ArticleFixture().sentence(
                "Ann/NNP//PERSON Lee/NNP//PERSON was/VBD/be killed/VBN/kill in/IN a/DT crash/NN ./.",
                "compound Lee Ann; nsubj:pass killed Lee; aux:pass killed was; root ROOT killed; case crash in;"
                        + " det crash a; obl killed crash; punct killed .");
        String lee = a.entity(EntityType.PERSON, "Ann Lee", "Ann Lee");
        Event killed = a.event("killed");
        assertThat(killed.type()).isEqualTo(EventType.DEATH);
        assertThat(roles(killed)).containsExactly(entry(lee, "target"));
    }

    @Test
    void theDeathOfSomeoneAndSomeonesDeathNameTheVictim() {
        ArticleFixture of = new ArticleFixture().sentence(
                "Police/NNS/police investigated/VBD/investigate the/DT death/NN of/IN Ann/NNP//PERSON Lee/NNP//PERSON ./.",
                "nsubj investigated Police; root ROOT investigated; det death the; obj investigated death;"
                        + " case Lee of; compound Lee Ann; nmod death Lee; punct investigated .");
        String lee = of.entity(EntityType.PERSON, "Ann Lee", "Ann Lee");
        Event death = of.event("death");
        assertThat(death.type()).isEqualTo(EventType.DEATH);
        assertThat(roles(death)).containsExactly(entry(lee, "target"));

        ArticleFixture poss = new ArticleFixture().sentence(
                "Lee/NNP//PERSON 's/POS death/NN shocked/VBD/shock the/DT town/NN ./.",
                "nmod:poss death Lee; case Lee 's; nsubj shocked death; root ROOT shocked; det town the;"
                        + " obj shocked town; punct shocked .");
        String lee2 = poss.entity(EntityType.PERSON, "Ann Lee", "Lee");
        assertThat(roles(poss.event("death"))).containsExactly(entry(lee2, "target"));
    }

    @Test
    void aDriverWhoKilledAPedestrianIsTheDoerThePedestrianTheVictim() {
        ArticleFixture a = new ArticleFixture().sentence(
                "A/DT truck/NN driven/VBN/drive by/IN Bo/NNP//PERSON Chen/NNP//PERSON killed/VBD/kill"
                        + " Ann/NNP//PERSON Lee/NNP//PERSON ./.",
                "det truck A; nsubj killed truck; acl truck driven; case Chen by; compound Chen Bo;"
                        + " obl:agent driven Chen; root ROOT killed; compound Lee Ann; obj killed Lee; punct killed .");
        a.entity(EntityType.PERSON, "Bo Chen", "Bo Chen");
        String lee = a.entity(EntityType.PERSON, "Ann Lee", "Ann Lee");
        Event killed = a.event("killed");
        assertThat(killed.type()).isEqualTo(EventType.DEATH);
        assertThat(roles(killed)).containsEntry(lee, "target");
    }

    @Test
    void theOneHurtIsTheVictimOfTheInjury() {
        ArticleFixture a = new ArticleFixture().sentence(
                "Ann/NNP//PERSON Lee/NNP//PERSON was/VBD/be injured/VBN/injure in/IN the/DT fall/NN ./.",
                "compound Lee Ann; nsubj:pass injured Lee; aux:pass injured was; root ROOT injured; case fall in;"
                        + " det fall the; obl injured fall; punct injured .");
        String lee = a.entity(EntityType.PERSON, "Ann Lee", "Ann Lee");
        Event injured = a.event("injured");
        assertThat(injured.type()).isEqualTo(EventType.INJURY);
        assertThat(roles(injured)).containsExactly(entry(lee, "target"));
    }

    // --- TRANSACTION: the buyer is the source; the bought and the seller are targets

    @Test
    void theBuyerIsTheSourceTheBoughtTheTarget() {
        ArticleFixture a = new ArticleFixture().sentence(
                "Acme/NNP//ORGANIZATION bought/VBD/buy Zenith/NNP//ORGANIZATION from/IN Omni/NNP//ORGANIZATION ./.",
                "nsubj bought Acme; root ROOT bought; obj bought Zenith; case Omni from; obl bought Omni;"
                        + " punct bought .");
        String acme = a.entity(EntityType.ORGANIZATION, "Acme", "Acme");
        String zenith = a.entity(EntityType.ORGANIZATION, "Zenith", "Zenith");
        String omni = a.entity(EntityType.ORGANIZATION, "Omni", "Omni");
        Event bought = a.event("bought");
        assertThat(bought.type()).isEqualTo(EventType.TRANSACTION);
        assertThat(roles(bought)).containsOnly(entry(acme, "source"), entry(zenith, "target"), entry(omni, "target"));
    }

    @Test
    void inASaleTheOneItIsSoldToBuysAndTheSellerIsATarget() {
        ArticleFixture a = new ArticleFixture().sentence(
                "Omni/NNP//ORGANIZATION sold/VBD/sell Zenith/NNP//ORGANIZATION to/TO Acme/NNP//ORGANIZATION ./.",
                "nsubj sold Omni; root ROOT sold; obj sold Zenith; case Acme to; obl sold Acme; punct sold .");
        String omni = a.entity(EntityType.ORGANIZATION, "Omni", "Omni");
        String zenith = a.entity(EntityType.ORGANIZATION, "Zenith", "Zenith");
        String acme = a.entity(EntityType.ORGANIZATION, "Acme", "Acme");
        Event sold = a.event("sold");
        assertThat(sold.type()).isEqualTo(EventType.TRANSACTION);
        assertThat(roles(sold)).containsOnly(entry(acme, "source"), entry(zenith, "target"), entry(omni, "target"));
    }

    @Test
    void aTakeoverNounHasItsBuyerAndItsBought() {
        ArticleFixture a = new ArticleFixture().sentence(
                "Acme/NNP//ORGANIZATION 's/POS takeover/NN of/IN Zenith/NNP//ORGANIZATION closed/VBD/close ./.",
                "nmod:poss takeover Acme; case Acme 's; nsubj closed takeover; case Zenith of; nmod takeover Zenith;"
                        + " root ROOT closed; punct closed .");
        String acme = a.entity(EntityType.ORGANIZATION, "Acme", "Acme");
        String zenith = a.entity(EntityType.ORGANIZATION, "Zenith", "Zenith");
        Event takeover = a.event("takeover");
        assertThat(takeover.type()).isEqualTo(EventType.TRANSACTION);
        assertThat(roles(takeover)).containsOnly(entry(acme, "source"), entry(zenith, "target"));
    }

    // --- JUSTICE: the court or prosecutor is the source, the defendant the target

    @Test
    void theOneChargedOrSentencedIsTheDefendantTheCourtTheDoer() {
        ArticleFixture charged = new ArticleFixture().sentence(
                "Ann/NNP//PERSON Lee/NNP//PERSON was/VBD/be charged/VBN/charge with/IN fraud/NN ./.",
                "compound Lee Ann; nsubj:pass charged Lee; aux:pass charged was; root ROOT charged; case fraud with;"
                        + " obl charged fraud; punct charged .");
        String lee = charged.entity(EntityType.PERSON, "Ann Lee", "Ann Lee");
        Event c = charged.event("charged");
        assertThat(c.type()).isEqualTo(EventType.JUSTICE);
        assertThat(roles(c)).containsExactly(entry(lee, "target"));

        ArticleFixture sentenced = new ArticleFixture().sentence(
                "The/DT High/NNP//ORGANIZATION Court/NNP//ORGANIZATION sentenced/VBD/sentence Ann/NNP//PERSON"
                        + " Lee/NNP//PERSON ./.",
                "det Court The; compound Court High; nsubj sentenced Court; root ROOT sentenced; compound Lee Ann;"
                        + " obj sentenced Lee; punct sentenced .");
        String court = sentenced.entity(EntityType.ORGANIZATION, "High Court", "High Court");
        String lee2 = sentenced.entity(EntityType.PERSON, "Ann Lee", "Ann Lee");
        Event s = sentenced.event("sentenced");
        assertThat(s.type()).isEqualTo(EventType.JUSTICE);
        assertThat(roles(s)).containsOnly(entry(court, "source"), entry(lee2, "target"));
    }

    @Test
    void theTrialOfSomeoneNamesTheDefendantTheRulingOfACourtNamesTheCourt() {
        ArticleFixture trial = new ArticleFixture().sentence(
                "The/DT trial/NN of/IN Ann/NNP//PERSON Lee/NNP//PERSON opened/VBD/open on/IN Monday/NNP ./.",
                "det trial The; nsubj opened trial; case Lee of; compound Lee Ann; nmod trial Lee; root ROOT opened;"
                        + " case Monday on; obl opened Monday; punct opened .");
        String lee = trial.entity(EntityType.PERSON, "Ann Lee", "Ann Lee");
        trial.date("Monday", "2025-06-16");
        Event t = trial.event("trial");
        assertThat(t.type()).isEqualTo(EventType.JUSTICE);
        assertThat(roles(t)).containsExactly(entry(lee, "target"));
        assertThat(t.date()).as("the trial takes the date of its opening").isEqualTo("2025-06-16");

        ArticleFixture poss = new ArticleFixture().sentence(
                "Lee/NNP//PERSON 's/POS trial/NN was/VBD/be delayed/VBN/delay ./.",
                "nmod:poss trial Lee; case Lee 's; nsubj:pass delayed trial; aux:pass delayed was;"
                        + " root ROOT delayed; punct delayed .");
        String lee2 = poss.entity(EntityType.PERSON, "Ann Lee", "Lee");
        assertThat(roles(poss.event("trial"))).containsExactly(entry(lee2, "target"));

        ArticleFixture ruling = new ArticleFixture().sentence(
                "The/DT verdict/NN of/IN the/DT Supreme/NNP//ORGANIZATION Court/NNP//ORGANIZATION surprised/VBD/surprise"
                        + " lawyers/NNS/lawyer ./.",
                "det verdict The; nsubj surprised verdict; case Court of; det Court the; compound Court Supreme;"
                        + " nmod verdict Court; root ROOT surprised; obj surprised lawyers; punct surprised .");
        String court = ruling.entity(EntityType.ORGANIZATION, "Supreme Court", "Supreme Court");
        Event v = ruling.event("verdict");
        assertThat(v.type()).isEqualTo(EventType.JUSTICE);
        assertThat(roles(v)).containsExactly(entry(court, "source"));
    }

    @Test
    void theOneWhoPleadsGuiltyIsTheDefendant() {
        ArticleFixture a = new ArticleFixture().sentence(
                "Ann/NNP//PERSON Lee/NNP//PERSON pleaded/VBD/plead guilty/JJ to/TO fraud/NN ./.",
                "compound Lee Ann; nsubj pleaded Lee; root ROOT pleaded; xcomp pleaded guilty; case fraud to;"
                        + " obl guilty fraud; punct pleaded .");
        String lee = a.entity(EntityType.PERSON, "Ann Lee", "Ann Lee");
        Event p = a.event("pleaded");
        assertThat(p.type()).isEqualTo(EventType.JUSTICE);
        assertThat(roles(p)).containsExactly(entry(lee, "target"));
    }

    // --- ELECTION and PERSONNEL: the elected or appointed is the target, who elects or appoints the source

    @Test
    void theElectedAndTheAppointedAreTargets() {
        ArticleFixture elected = new ArticleFixture().sentence(
                "The/DT Academy/NNP//ORGANIZATION elected/VBD/elect Ann/NNP//PERSON Lee/NNP//PERSON ./.",
                "det Academy The; nsubj elected Academy; root ROOT elected; compound Lee Ann; obj elected Lee;"
                        + " punct elected .");
        String academy = elected.entity(EntityType.ORGANIZATION, "Academy", "Academy");
        String lee = elected.entity(EntityType.PERSON, "Ann Lee", "Ann Lee");
        Event e = elected.event("elected");
        assertThat(e.type()).isEqualTo(EventType.ELECTION);
        assertThat(roles(e)).containsOnly(entry(academy, "source"), entry(lee, "target"));

        ArticleFixture appointed = new ArticleFixture().sentence(
                "Ann/NNP//PERSON Lee/NNP//PERSON was/VBD/be appointed/VBN/appoint by/IN Acme/NNP//ORGANIZATION ./.",
                "compound Lee Ann; nsubj:pass appointed Lee; aux:pass appointed was; root ROOT appointed;"
                        + " case Acme by; obl:agent appointed Acme; punct appointed .");
        String lee2 = appointed.entity(EntityType.PERSON, "Ann Lee", "Ann Lee");
        String acme = appointed.entity(EntityType.ORGANIZATION, "Acme", "Acme");
        Event p = appointed.event("appointed");
        assertThat(p.type()).isEqualTo(EventType.PERSONNEL);
        assertThat(roles(p)).containsOnly(entry(acme, "source"), entry(lee2, "target"));
    }

    @Test
    void theOneWhoResignsIsTheTargetOfTheEndOfHisPost() {
        ArticleFixture a = new ArticleFixture().sentence(
                "Ann/NNP//PERSON Lee/NNP//PERSON resigned/VBD/resign ./.",
                "compound Lee Ann; nsubj resigned Lee; root ROOT resigned; punct resigned .");
        String lee = a.entity(EntityType.PERSON, "Ann Lee", "Ann Lee");
        Event r = a.event("resigned");
        assertThat(r.type()).isEqualTo(EventType.PERSONNEL);
        assertThat(roles(r)).containsExactly(entry(lee, "target"));
    }

    @Test
    void aContestWinnerStaysTheDoer() {
        ArticleFixture a = new ArticleFixture().sentence(
                "Leeds/NNP//ORGANIZATION beat/VBD/beat Hull/NNP//ORGANIZATION in/IN the/DT final/NN ./.",
                "nsubj beat Leeds; root ROOT beat; obj beat Hull; case final in; det final the; obl beat final;"
                        + " punct beat .");
        String leeds = a.entity(EntityType.ORGANIZATION, "Leeds", "Leeds");
        String hull = a.entity(EntityType.ORGANIZATION, "Hull", "Hull");
        Event b = a.event("beat");
        assertThat(b.type()).isEqualTo(EventType.CONTEST);
        assertThat(roles(b)).containsOnly(entry(leeds, "source"), entry(hull, "target"));
    }

    // --- DISASTER: where it struck is its location, not a participant

    @Test
    void thePlaceAQuakeStruckIsItsLocation() {
        ArticleFixture a = new ArticleFixture().sentence(
                "A/DT quake/NN struck/VBD/strike Haiti/NNP//LOCATION on/IN Monday/NNP ./.",
                "det quake A; nsubj struck quake; root ROOT struck; obj struck Haiti; case Monday on;"
                        + " obl struck Monday; punct struck .");
        String haiti = a.entity(EntityType.LOCATION, "Haiti", "Haiti");
        Event struck = a.event("struck");
        assertThat(struck.type()).isEqualTo(EventType.DISASTER);
        assertThat(struck.location()).isEqualTo(haiti);
        assertThat(struck.participants()).extracting(Participant::entity).doesNotContain(haiti);
    }

    @Test
    void aQuakeOffTheCoastOfAPlaceIsLocatedThere() {
        ArticleFixture a = new ArticleFixture().sentence(
                "The/DT quake/NN struck/VBD/strike off/IN the/DT coast/NN of/IN Sumatra/NNP//LOCATION ./.",
                "det quake The; nsubj struck quake; root ROOT struck; case coast off; det coast the;"
                        + " obl struck coast; case Sumatra of; nmod coast Sumatra; punct struck .");
        String sumatra = a.entity(EntityType.LOCATION, "Sumatra", "Sumatra");
        assertThat(a.event("struck").location()).isEqualTo(sumatra);
    }

    @Test
    void aQuakeWithItsEpicentreNearATownIsLocatedThere() {
        ArticleFixture a = new ArticleFixture().sentence(
                "The/DT quake/NN ,/, with/IN its/PRP$/its epicentre/NN near/IN Padang/NNP//LOCATION ,/,"
                        + " shook/VBD/shake buildings/NNS/building ./.",
                "det quake The; nsubj shook quake; punct quake ,; case epicentre with; nmod:poss epicentre its;"
                        + " nmod quake epicentre; case Padang near; nmod epicentre Padang; punct quake ,#2;"
                        + " root ROOT shook; obj shook buildings; punct shook .");
        String padang = a.entity(EntityType.LOCATION, "Padang", "Padang");
        Event quake = a.event("quake");
        assertThat(quake.type()).isEqualTo(EventType.DISASTER);
        assertThat(quake.location()).isEqualTo(padang);
    }

    // --- nominal events take their date from the discourse

    @Test
    void theQuakeTakesTheDateItStruckAndLaterMentionsInheritIt() {
        ArticleFixture a = new ArticleFixture()
                .sentence("The/DT 6.1-magnitude/JJ quake/NN struck/VBD/strike on/IN Monday/NNP ./.",
                        "det quake The; amod quake 6.1-magnitude; nsubj struck quake; root ROOT struck; case Monday on;"
                                + " obl struck Monday; punct struck .")
                .sentence("Rescuers/NNS/rescuer said/VBD/say the/DT quake/NN destroyed/VBD/destroy the/DT port/NN ./.",
                        "nsubj said Rescuers; root ROOT said; det quake the; nsubj destroyed quake;"
                                + " ccomp said destroyed; det port the; obj destroyed port; punct said .")
                .sentence("The/DT previous/JJ quake/NN was/VBD/be milder/JJR/mild ./.",
                        "det quake The; amod quake previous; nsubj milder quake; cop milder was; root ROOT milder;"
                                + " punct milder .");
        a.date("Monday", "2025-06-16");
        var quakes = a.events().stream().filter(e -> e.trigger().text().equals("quake")).toList();
        assertThat(quakes).hasSize(3).allSatisfy(q -> assertThat(q.type()).isEqualTo(EventType.DISASTER));
        assertThat(quakes.get(0).date()).as("the nominal takes the date of the verb it is the subject of")
                .isEqualTo("2025-06-16");
        assertThat(quakes.get(1).date()).as("a later 'the quake' is the same quake").isEqualTo("2025-06-16");
        assertThat(quakes.get(2).date()).as("'the previous quake' is another one").isNull();
    }

    @Test
    void aDeathCausedByAQuakeIsOnTheQuakesDay() {
        ArticleFixture a = new ArticleFixture().sentence(
                "The/DT Monday/NNP quake/NN killed/VBD/kill 30/CD people/NNS/people ./.",
                "det quake The; compound quake Monday; nsubj killed quake; root ROOT killed; nummod people 30;"
                        + " obj killed people; punct killed .");
        a.date("Monday", "2025-06-16");
        Event killed = a.event("killed");
        assertThat(killed.type()).isEqualTo(EventType.DEATH);
        assertThat(a.event("quake").date()).isEqualTo("2025-06-16");
        assertThat(killed.date()).isEqualTo("2025-06-16");
    }

    // --- place and date from related phrases

    @Test
    void whatHappensWhileClimbingToAHutOnAMountainHappensOnTheMountain() {
        ArticleFixture a = new ArticleFixture().sentence(
                "Lee/NNP//PERSON fell/VBD/fall while/IN climbing/VBG/climb to/IN a/DT hut/NN on/IN Mount/NNP//LOCATION"
                        + " Ross/NNP//LOCATION ./.",
                "nsubj fell Lee; root ROOT fell; mark climbing while; advcl fell climbing; case hut to; det hut a;"
                        + " obl climbing hut; case Ross on; compound Ross Mount; nmod hut Ross; punct fell .");
        a.entity(EntityType.PERSON, "Ann Lee", "Lee");
        String ross = a.entity(EntityType.LOCATION, "Mount Ross", "Mount Ross");
        assertThat(a.event("climbing").location()).isEqualTo(ross);
        assertThat(a.event("fell").location()).as("in the course of the climb").isEqualTo(ross);
    }

    @Test
    void aTalkOnAnIssueInACountryIsNotLocatedThereButARoadOutsideACityIs() {
        ArticleFixture talks = new ArticleFixture().sentence(
                "Ministers/NNS/minister met/VBD/meet on/IN the/DT issue/NN in/IN Chad/NNP//LOCATION ./.",
                "nsubj met Ministers; root ROOT met; case issue on; det issue the; obl met issue; case Chad in;"
                        + " nmod issue Chad; punct met .");
        talks.entity(EntityType.LOCATION, "Chad", "Chad");
        assertThat(talks.event("met").location()).isNull();
        ArticleFixture road = new ArticleFixture().sentence(
                "Lee/NNP//PERSON crashed/VBD/crash on/IN a/DT freeway/NN outside/IN Fresno/NNP//LOCATION ./.",
                "nsubj crashed Lee; root ROOT crashed; case freeway on; det freeway a; obl crashed freeway;"
                        + " case Fresno outside; nmod freeway Fresno; punct crashed .");
        road.entity(EntityType.PERSON, "Ann Lee", "Lee");
        String fresno = road.entity(EntityType.LOCATION, "Fresno", "Fresno");
        assertThat(road.event("crashed").location()).isEqualTo(fresno);
    }

    @Test
    void fallingToOnesDeathInACountryHappensThere() {
        ArticleFixture a = new ArticleFixture().sentence(
                "A/DT climber/NN has/VBZ/have fallen/VBN/fall to/IN his/PRP$/he death/NN in/IN Peru/NNP//LOCATION ./.",
                "det climber A; nsubj fallen climber; aux fallen has; root ROOT fallen; case death to;"
                        + " nmod:poss death his; obl fallen death; case Peru in; nmod death Peru; punct fallen .");
        String peru = a.entity(EntityType.LOCATION, "Peru", "Peru");
        assertThat(a.event("fallen").location()).isEqualTo(peru);
    }

    @Test
    void aStopForSpeedingOnSundayIsOnSunday() {
        ArticleFixture a = new ArticleFixture().sentence(
                "Lee/NNP//PERSON was/VBD/be arrested/VBN/arrest for/IN speeding/VBG/speed early/JJ Sunday/NNP ./.",
                "nsubj:pass arrested Lee; aux:pass arrested was; root ROOT arrested; case speeding for;"
                        + " obl arrested speeding; amod Sunday early; obl:tmod speeding Sunday; punct arrested .");
        a.entity(EntityType.PERSON, "Ann Lee", "Lee");
        a.date("early Sunday", "2025-06-15");
        assertThat(a.event("arrested").date()).isEqualTo("2025-06-15");
    }
}

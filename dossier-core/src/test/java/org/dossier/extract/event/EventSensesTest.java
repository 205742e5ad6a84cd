package org.dossier.extract.event;

import org.dossier.model.EntityType;
import org.dossier.model.Event;
import org.dossier.model.EventType;
import org.dossier.model.Factuality;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Typing by sense in context (event-senses.tsv, event-classes.tsv), on sentences written and parsed by hand: the
 * trigger's arguments, the construction and the article's domain decide the type, and eventive words no list types
 * are kept as OTHER.
 */
class EventSensesTest {

    private static Event only(ArticleFixture a, String trigger) {
        return a.events().stream().filter(e -> e.trigger().text().equals(trigger)).findFirst()
                .orElseThrow(() -> new AssertionError("no event '" + trigger + "' in " + a.events()));
    }

    @Test
    void peopleKilledWhenACraneFellDiedTheyWereNotAttacked() {
        ArticleFixture a = new ArticleFixture().sentence(
                "The/DT crane/NN killed/VBD/kill two/CD workers/NNS/worker ./.",
                "det crane The; nsubj killed crane; root ROOT killed; nummod workers two; obj killed workers;"
                        + " punct killed .");
        Event e = only(a, "killed");
        assertThat(e.type()).isEqualTo(EventType.DEATH);
        assertThat(e.ace()).isEqualTo("Life:Die");
        assertThat(e.cameo()).isNull();
    }

    @Test
    void peopleKilledByAnAttackerWereAttacked() {
        ArticleFixture a = new ArticleFixture().sentence(
                "A/DT gunman/NN killed/VBD/kill two/CD workers/NNS/worker ./.",
                "det gunman A; nsubj killed gunman; root ROOT killed; nummod workers two; obj killed workers;"
                        + " punct killed .");
        Event e = only(a, "killed");
        assertThat(e.type()).isEqualTo(EventType.ATTACK);
        assertThat(e.cameo()).isEqualTo("18");
        assertThat(e.ace()).isEqualTo("Life:Die");
    }

    @Test
    void killedInACrashIsADeathAndTheCrashAnAccident() {
        ArticleFixture a = new ArticleFixture().sentence(
                "Two/CD men/NNS/man were/VBD/be killed/VBN/kill in/IN a/DT crash/NN ./.",
                "nummod men Two; nsubj:pass killed men; aux:pass killed were; root ROOT killed; case crash in;"
                        + " det crash a; obl killed crash; punct killed .");
        assertThat(only(a, "killed").type()).isEqualTo(EventType.DEATH);
        assertThat(only(a, "crash").type()).isEqualTo(EventType.ACCIDENT);
    }

    @Test
    void aStrikerAttackingIsPartOfTheMatchAnArmyAttackingIsAnAttack() {
        ArticleFixture striker = new ArticleFixture().sentence(
                "The/DT striker/NN attacked/VBD/attack down/IN the/DT left/NN ./.",
                "det striker The; nsubj attacked striker; root ROOT attacked; case left down; det left the;"
                        + " obl attacked left; punct attacked .");
        assertThat(only(striker, "attacked").type()).isEqualTo(EventType.CONTEST);
        ArticleFixture army = new ArticleFixture().sentence(
                "The/DT army/NN attacked/VBD/attack the/DT town/NN ./.",
                "det army The; nsubj attacked army; root ROOT attacked; det town the; obj attacked town;"
                        + " punct attacked .");
        assertThat(only(army, "attacked").type()).isEqualTo(EventType.ATTACK);
    }

    @Test
    void inASportsReportAnAttackIsPlayEvenWithoutAStriker() {
        ArticleFixture a = new ArticleFixture()
                .sentence("The/DT coach/NN praised/VBD/praise the/DT goalkeeper/NN after/IN the/DT match/NN ./.",
                        "det coach The; nsubj praised coach; root ROOT praised; det goalkeeper the;"
                                + " obj praised goalkeeper; case match after; det match the; obl praised match;"
                                + " punct praised .")
                .sentence("The/DT referee/NN gave/VBD/give a/DT penalty/NN before/IN the/DT league/NN leaders/NNS/leader"
                                + " attacked/VBD/attack ./.",
                        "det referee The; nsubj gave referee; root ROOT gave; det penalty a; obj gave penalty;"
                                + " mark attacked before; det leaders the; compound leaders league;"
                                + " nsubj attacked leaders; advcl gave attacked; punct gave .");
        assertThat(only(a, "attacked").type()).isEqualTo(EventType.CONTEST);
    }

    @Test
    void concedingAGoalIsPlayConcedingAPointInTalksIsAConcession() {
        ArticleFixture goal = new ArticleFixture().sentence(
                "Leeds/NNP//ORGANIZATION conceded/VBD/concede a/DT late/JJ goal/NN ./.",
                "nsubj conceded Leeds; root ROOT conceded; det goal a; amod goal late; obj conceded goal;"
                        + " punct conceded .");
        goal.entity(EntityType.ORGANIZATION, "Leeds", "Leeds");
        assertThat(only(goal, "conceded").type()).isEqualTo(EventType.CONTEST);
        ArticleFixture talks = new ArticleFixture().sentence(
                "The/DT union/NN conceded/VBD/concede a/DT point/NN in/IN the/DT talks/NNS/talk ./.",
                "det union The; nsubj conceded union; root ROOT conceded; det point a; obj conceded point;"
                        + " case talks in; det talks the; obl conceded talks; punct conceded .");
        assertThat(only(talks, "conceded").type()).isEqualTo(EventType.CONCESSION);
    }

    @Test
    void checkingWithTheVideoRefereeIsPartOfTheMatchNotAStatement() {
        ArticleFixture a = new ArticleFixture().sentence(
                "The/DT referee/NN checked/VBD/check with/IN the/DT video/NN referee/NN ./.",
                "det referee The; nsubj checked referee; root ROOT checked; case referee#2 with; det referee#2 the;"
                        + " compound referee#2 video; obl checked referee#2; punct checked .");
        assertThat(a.events()).extracting(Event::type).doesNotContain(EventType.STATEMENT);
        assertThat(only(a, "checked").type()).isEqualTo(EventType.CONTEST);
    }

    @Test
    void aVerdictExpectedNextMonthIsExpectedNotAsserted() {
        ArticleFixture a = new ArticleFixture().sentence(
                "The/DT verdict/NN is/VBZ/be expected/VBN/expect next/JJ month/NN ./.",
                "det verdict The; nsubj:pass expected verdict; aux:pass expected is; root ROOT expected;"
                        + " amod month next; obl:tmod expected month; punct expected .");
        a.date("next month", "2025-07");
        Event e = only(a, "verdict");
        assertThat(e.type()).isEqualTo(EventType.JUSTICE);
        assertThat(e.factuality()).isEqualTo(Factuality.EXPECTED);
        assertThat(a.events()).extracting(ev -> ev.trigger().text()).doesNotContain("expected");
    }

    @Test
    void lawsExpectedNextMonthAreNoAssertedEventAndTheirPassingIsExpected() {
        ArticleFixture a = new ArticleFixture().sentence(
                "New/JJ laws/NNS/law are/VBP/be expected/VBN/expect next/JJ month/NN ./.",
                "amod laws New; nsubj:pass expected laws; aux:pass expected are; root ROOT expected;"
                        + " amod month next; obl:tmod expected month; punct expected .");
        a.date("next month", "2025-07");
        assertThat(a.events()).as("a law is a thing, and being expected is no happening").isEmpty();
        ArticleFixture b = new ArticleFixture().sentence(
                "Parliament/NNP//ORGANIZATION is/VBZ/be expected/VBN/expect to/TO pass/VB/pass the/DT laws/NNS/law"
                        + " next/JJ month/NN ./.",
                "nsubj:pass expected Parliament; aux:pass expected is; root ROOT expected; mark pass to;"
                        + " xcomp expected pass; det laws the; obj pass laws; amod month next; obl:tmod pass month;"
                        + " punct expected .");
        b.entity(EntityType.ORGANIZATION, "Parliament", "Parliament");
        b.date("next month", "2025-07");
        Event pass = only(b, "pass");
        assertThat(pass.type()).isEqualTo(EventType.LEGISLATION);
        assertThat(pass.factuality()).isEqualTo(Factuality.EXPECTED);
        assertThat(pass.date()).isEqualTo("2025-07");
        assertThat(b.events()).extracting(ev -> ev.trigger().text()).doesNotContain("expected");
    }

    @Test
    void aVoteExpectedNextMonthAsAModifierIsExpected() {
        ArticleFixture a = new ArticleFixture().sentence(
                "The/DT election/NN ,/, expected/VBN/expect next/JJ month/NN ,/, worries/VBZ/worry markets/NNS/market ./.",
                "det election The; nsubj worries election; punct election ,; acl election expected; amod month next;"
                        + " obl:tmod expected month; punct election ,#2; root ROOT worries; obj worries markets;"
                        + " punct worries .");
        Event e = only(a, "election");
        assertThat(e.type()).isEqualTo(EventType.ELECTION);
        assertThat(e.factuality()).isEqualTo(Factuality.EXPECTED);
    }

    @Test
    void eachNewTypeHasItsWordsInContext() {
        assertType("The/DT quake/NN struck/VBD/strike on/IN Monday/NNP ./.",
                "det quake The; nsubj struck quake; root ROOT struck; case Monday on; obl struck Monday;"
                        + " punct struck .", "struck", EventType.DISASTER);
        assertType("The/DT quake/NN struck/VBD/strike on/IN Monday/NNP ./.",
                "det quake The; nsubj struck quake; root ROOT struck; case Monday on; obl struck Monday;"
                        + " punct struck .", "quake", EventType.DISASTER);
        assertType("Three/CD people/NNS/people were/VBD/be injured/VBN/injure ./.",
                "nummod people Three; nsubj:pass injured people; aux:pass injured were; root ROOT injured;"
                        + " punct injured .", "injured", EventType.INJURY);
        assertType("She/PRP was/VBD/be born/VBN/bear in/IN 1950/CD ./.",
                "nsubj:pass born She; aux:pass born was; root ROOT born; case 1950 in; obl born 1950;"
                        + " punct born .", "born", EventType.LIFE);
        assertType("Residents/NNS/resident fled/VBD/flee the/DT town/NN ./.",
                "nsubj fled Residents; root ROOT fled; det town the; obj fled town; punct fled .",
                "fled", EventType.TRANSPORT);
        assertType("The/DT firm/NN bought/VBD/buy a/DT rival/NN ./.",
                "det firm The; nsubj bought firm; root ROOT bought; det rival a; obj bought rival; punct bought .",
                "bought", EventType.TRANSACTION);
        assertType("The/DT takeover/NN of/IN the/DT rival/NN closed/VBD/close ./.",
                "det takeover The; nsubj closed takeover; case rival of; det rival the; nmod takeover rival;"
                        + " root ROOT closed; punct closed .", "takeover", EventType.TRANSACTION);
        assertType("The/DT company/NN closed/VBD/close its/PRP$/its plant/NN ./.",
                "det company The; nsubj closed company; root ROOT closed; nmod:poss plant its; obj closed plant;"
                        + " punct closed .", "closed", EventType.BUSINESS);
        assertType("The/DT firm/NN released/VBD/release a/DT new/JJ browser/NN ./.",
                "det firm The; nsubj released firm; root ROOT released; det browser a; amod browser new;"
                        + " obj released browser; punct released .", "released", EventType.PRODUCT);
        assertType("The/DT club/NN appointed/VBD/appoint a/DT new/JJ coach/NN ./.",
                "det club The; nsubj appointed club; root ROOT appointed; det coach a; amod coach new;"
                        + " obj appointed coach; punct appointed .", "appointed", EventType.PERSONNEL);
        assertType("Voters/NNS/voter elected/VBD/elect a/DT mayor/NN ./.",
                "nsubj elected Voters; root ROOT elected; det mayor a; obj elected mayor; punct elected .",
                "elected", EventType.ELECTION);
        assertType("The/DT senate/NN passed/VBD/pass the/DT bill/NN ./.",
                "det senate The; nsubj passed senate; root ROOT passed; det bill the; obj passed bill;"
                        + " punct passed .", "passed", EventType.LEGISLATION);
        assertType("The/DT judge/NN sentenced/VBD/sentence him/PRP/he ./.",
                "det judge The; nsubj sentenced judge; root ROOT sentenced; obj sentenced him; punct sentenced .",
                "sentenced", EventType.JUSTICE);
        assertType("The/DT trial/NN began/VBD/begin on/IN Monday/NNP ./.",
                "det trial The; nsubj began trial; root ROOT began; case Monday on; obl began Monday;"
                        + " punct began .", "trial", EventType.JUSTICE);
        assertType("A/DT bus/NN crashed/VBD/crash on/IN the/DT highway/NN ./.",
                "det bus A; nsubj crashed bus; root ROOT crashed; case highway on; det highway the;"
                        + " obl crashed highway; punct crashed .", "crashed", EventType.ACCIDENT);
        assertType("The/DT team/NN won/VBD/win the/DT final/NN ./.",
                "det team The; nsubj won team; root ROOT won; det final the; obj won final; punct won .",
                "won", EventType.CONTEST);
        assertType("Shares/NNS/share fell/VBD/fall sharply/RB ./.",
                "nsubj fell Shares; root ROOT fell; advmod fell sharply; punct fell .",
                "fell", EventType.ECONOMY);
        assertType("The/DT climber/NN fell/VBD/fall from/IN a/DT ridge/NN ./.",
                "det climber The; nsubj fell climber; root ROOT fell; case ridge from; det ridge a;"
                        + " obl fell ridge; punct fell .", "fell", EventType.ACCIDENT);
        assertType("Her/PRP$/she wedding/NN took/VBD/take place/NN in/IN June/NNP ./.",
                "nmod:poss wedding Her; nsubj took wedding; root ROOT took; obj took place; case June in;"
                        + " obl took June; punct took .", "wedding", EventType.LIFE);
    }

    @Test
    void eventiveWordsNoListTypesAreOtherStatesAreNoEvents() {
        ArticleFixture a = new ArticleFixture().sentence(
                "Rescuers/NNS/rescuer searched/VBD/search the/DT rubble/NN but/CC they/PRP know/VBP/know little/JJ ./.",
                "nsubj searched Rescuers; root ROOT searched; det rubble the; obj searched rubble; cc know but;"
                        + " nsubj know they; conj searched know; obj know little; punct searched .");
        assertThat(only(a, "searched").type()).isEqualTo(EventType.OTHER);
        assertThat(a.events()).extracting(e -> e.trigger().text()).doesNotContain("know", "rubble");
    }

    @Test
    void anAppositionOrAnIdentifyingParticipleNamesTheParticipant() {
        ArticleFixture a = new ArticleFixture().sentence(
                "The/DT suspect/NN ,/, identified/VBN/identify as/IN Ann/NNP//PERSON Lee/NNP//PERSON ,/,"
                        + " opened/VBD/open fire/NN ./.",
                "det suspect The; nsubj opened suspect; punct suspect ,; acl suspect identified; case Lee as;"
                        + " compound Lee Ann; obl identified Lee; punct suspect ,#2; root ROOT opened; obj opened fire;"
                        + " punct opened .");
        String lee = a.entity(EntityType.PERSON, "Ann Lee", "Ann Lee");
        Event fire = only(a, "opened fire");
        assertThat(fire.type()).isEqualTo(EventType.ATTACK);
        assertThat(fire.participants()).extracting(p -> p.entity()).contains(lee);
        ArticleFixture b = new ArticleFixture().sentence(
                "Another/DT climber/NN ,/, Ann/NNP//PERSON Lee/NNP//PERSON ,/, died/VBD/die ./.",
                "det climber Another; nsubj died climber; punct climber ,; compound Lee Ann; appos climber Lee;"
                        + " punct climber ,#2; root ROOT died; punct died .");
        String lee2 = b.entity(EntityType.PERSON, "Ann Lee", "Ann Lee");
        assertThat(only(b, "died").participants()).extracting(p -> p.entity()).containsExactly(lee2);
    }

    @Test
    void whatHappenedBeforeASentenceFinalPoliceSaidIsReported() {
        ArticleFixture a = new ArticleFixture().sentence(
                "He/PRP/he fled/VBD/flee in/IN a/DT car/NN ,/, police/NNS/police said/VBD/say ./.",
                "nsubj fled He; root ROOT fled; case car in; det car a; obl fled car; punct fled ,;"
                        + " nsubj said police; parataxis fled said; punct fled .");
        assertThat(only(a, "fled").factuality()).isEqualTo(Factuality.REPORTED);
        assertThat(only(a, "said").factuality()).isEqualTo(Factuality.ASSERTED);
    }

    @Test
    void beingCommittedToSomeoneIsAStateNotAPledge() {
        ArticleFixture a = new ArticleFixture().sentence(
                "The/DT club/NN is/VBZ/be committed/VBN/commit to/TO the/DT coach/NN ./.",
                "det club The; nsubj:pass committed club; aux:pass committed is; root ROOT committed; case coach to;"
                        + " det coach the; obl committed coach; punct committed .");
        assertThat(a.events()).extracting(e -> e.trigger().text()).doesNotContain("committed");
    }

    @Test
    void aHappeningNamedAsAModifierIsKeptUntypedAndAPlaceNounIsNot() {
        ArticleFixture a = new ArticleFixture().sentence(
                "She/PRP/she faces/VBZ/face murder/NN charges/NNS/charge and/CC left/VBD/leave a/DT rehab/NN"
                        + " clinic/NN ./.",
                "nsubj faces She; root ROOT faces; compound charges murder; obj faces charges; cc left and;"
                        + " conj faces left; det clinic a; compound clinic rehab; obj left clinic; punct faces .");
        Event murder = only(a, "murder");
        assertThat(murder.type()).isEqualTo(EventType.OTHER);
        assertThat(a.events()).extracting(e -> e.trigger().text()).doesNotContain("rehab");
    }

    @Test
    void aParticipleModifyingAThingIsKeptUntyped() {
        ArticleFixture a = new ArticleFixture().sentence(
                "Doctors/NNS/doctor examined/VBD/examine his/PRP$/he injured/VBN/injure ankle/NN ./.",
                "nsubj examined Doctors; root ROOT examined; nmod:poss ankle his; amod ankle injured;"
                        + " obj examined ankle; punct examined .");
        assertThat(only(a, "injured").type()).isEqualTo(EventType.OTHER);
        ArticleFixture b = new ArticleFixture().sentence(
                "The/DT team/NN signed/VBD/sign a/DT used/VBN/use car/NN dealer/NN ./.",
                "det team The; nsubj signed team; root ROOT signed; det dealer a; amod dealer used;"
                        + " compound dealer car; obj signed dealer; punct signed .");
        assertThat(b.events()).extracting(e -> e.trigger().text()).doesNotContain("used");
    }

    @Test
    void aCapitalisedEventWordInRunningTextIsAName() {
        ArticleFixture a = new ArticleFixture().sentence(
                "The/DT actress/NN checked/VBD/check into/IN Promises/NNP/Promises in/IN Malibu/NNP ./.",
                "det actress The; nsubj checked actress; root ROOT checked; case Promises into;"
                        + " obl checked Promises; case Malibu in; obl checked Malibu; punct checked .");
        assertThat(a.events()).extracting(e -> e.trigger().text()).doesNotContain("Promises");
        ArticleFixture headline = new ArticleFixture().sentence(
                "Actor/NNP Arrested/NNP On/NNP Suspicion/NNP Of/NNP DUI/NNP",
                "compound Suspicion Actor; compound Suspicion Arrested; case Suspicion On; root ROOT Suspicion;"
                        + " case DUI Of; nmod Suspicion DUI");
        assertThat(headline.events()).extracting(e -> e.trigger().text()).contains("DUI");
    }

    @Test
    void foundGuiltyIsAConvictionPleadedGuiltyIsThePlea() {
        ArticleFixture found = new ArticleFixture().sentence(
                "A/DT jury/NN found/VBD/find him/PRP/he guilty/JJ ./.",
                "det jury A; nsubj found jury; root ROOT found; obj found him; xcomp found guilty; punct found .");
        Event guilty = only(found, "guilty");
        assertThat(guilty.type()).isEqualTo(EventType.JUSTICE);
        assertThat(guilty.ace()).isEqualTo("Justice:Convict");
        ArticleFixture pleaded = new ArticleFixture().sentence(
                "He/PRP/he pleaded/VBD/plead guilty/JJ ./.",
                "nsubj pleaded He; root ROOT pleaded; xcomp pleaded guilty; punct pleaded .");
        assertThat(only(pleaded, "pleaded").type()).isEqualTo(EventType.JUSTICE);
        assertThat(only(pleaded, "guilty").type()).as("one plea, not a second justice event").isEqualTo(EventType.OTHER);
    }

    @Test
    void settingFireToABankIsAnAttackAndAParticleAfterTheObjectStillCounts() {
        ArticleFixture fire = new ArticleFixture().sentence(
                "Rioters/NNS/rioter set/VBD/set fire/NN to/TO a/DT bank/NN ./.",
                "nsubj set Rioters; root ROOT set; obj set fire; case bank to; det bank a; obl set bank; punct set .");
        Event set = fire.events().stream().filter(e -> e.predicate().equals("fire")).findFirst().orElseThrow();
        assertThat(set.type()).isEqualTo(EventType.ATTACK);
        assertThat(set.trigger().text()).isEqualTo("set fire");
        ArticleFixture over = new ArticleFixture().sentence(
                "Officers/NNS/officer pulled/VBD/pull the/DT driver/NN over/RP ./.",
                "nsubj pulled Officers; root ROOT pulled; det driver the; obj pulled driver; compound:prt pulled over;"
                        + " punct pulled .");
        Event pulled = only(over, "pulled");
        assertThat(pulled.type()).isEqualTo(EventType.COERCION);
    }

    @Test
    void aBadSenseRowIsRefusedWithItsLineAndTheFix() {
        String classes = "class\twords\nvehicle\tcar\n";
        String senses = "lemma\tpos\twhen\ttype\tace\nkill\tverb\tagent:vehicles\tDEATH\tLife:Die\n";
        assertThatThrownBy(() -> EventSenses.read(stream(senses), "s.tsv", stream(classes), "c.tsv"))
                .hasMessageContaining("s.tsv line 2").hasMessageContaining("'vehicles' is not in c.tsv");
        String badType = "lemma\tpos\twhen\ttype\tace\nkill\tverb\t-\tDEAD\t-\n";
        assertThatThrownBy(() -> EventSenses.read(stream(badType), "s.tsv", stream(classes), "c.tsv"))
                .hasMessageContaining("s.tsv line 2").hasMessageContaining("'DEAD' is not an event type");
    }

    @Test
    void theShippedSenseTableReads() {
        EventSenses senses = EventSenses.standard();
        assertThat(senses.has("verb", "kill")).isTrue();
        assertThat(senses.inClass("vehicle", "truck")).isTrue();
    }

    private static ByteArrayInputStream stream(String s) {
        return new ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8));
    }

    private static void assertType(String tokens, String arcs, String trigger, EventType type) {
        ArticleFixture a = new ArticleFixture().sentence(tokens, arcs);
        assertThat(only(a, trigger).type()).as(trigger + " in: " + tokens).isEqualTo(type);
    }
}

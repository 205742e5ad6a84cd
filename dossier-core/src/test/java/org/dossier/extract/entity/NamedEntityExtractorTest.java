package org.dossier.extract.entity;

import org.dossier.annotate.AnnotatedArticle;
import org.dossier.model.Entity;
import org.dossier.model.EntityType;
import org.dossier.model.Span;
import org.dossier.model.Timex;
import org.dossier.model.TimexType;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dossier.extract.entity.ArticleFixture.article;

class NamedEntityExtractorTest {

    private final NamedEntityExtractor extractor = new NamedEntityExtractor();

    private List<Entity> extract(ArticleFixture fixture) {
        return extract(fixture, null, List.of());
    }

    private List<Entity> extract(ArticleFixture fixture, String source, List<Timex> timexes) {
        AnnotatedArticle annotated = fixture.build();
        return extractor.extract(annotated, ArticleFixture.meta(annotated, source), timexes);
    }

    private static Entity named(List<Entity> entities, String name) {
        return entities.stream().filter(e -> e.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no entity named '" + name + "' in " + entities));
    }

    private static List<String> mentionTexts(Entity e) {
        return e.mentions().stream().map(Span::text).toList();
    }

    private static List<Entity> ofType(List<Entity> entities, EntityType type) {
        return entities.stream().filter(e -> e.type() == type).toList();
    }

    @Test
    void shortNamesJoinTheFullNameAndTheFullestNameIsTheName() {
        List<Entity> entities = extract(article()
                .sentence("Lena/NNP/PERSON Vogel/NNP/PERSON met/VBD Tomas/NNP/PERSON Brandt/NNP/PERSON ./.")
                .sentence("Vogel/NNP/PERSON thanked/VBD Tomas/NNP/PERSON ./."));

        assertThat(ofType(entities, EntityType.PERSON)).hasSize(2);
        Entity vogel = named(entities, "Lena Vogel");
        assertThat(vogel.aliases()).containsExactly("Vogel");
        assertThat(mentionTexts(vogel)).containsExactly("Lena Vogel", "Vogel");
        assertThat(named(entities, "Tomas Brandt").aliases()).containsExactly("Tomas");
    }

    @Test
    void twoPeopleSharingASurnameStayApartAndTheBareSurnameGoesToTheLastMentioned() {
        List<Entity> entities = extract(article()
                .sentence("John/NNP/PERSON Kerr/NNP/PERSON and/CC Mary/NNP/PERSON Kerr/NNP/PERSON arrived/VBD ./.")
                .sentence("Mary/NNP/PERSON Kerr/NNP/PERSON spoke/VBD first/RB ./.")
                .sentence("Kerr/NNP/PERSON said/VBD little/JJ ./."));

        assertThat(ofType(entities, EntityType.PERSON)).extracting(Entity::name)
                .containsExactly("John Kerr", "Mary Kerr");
        assertThat(mentionTexts(named(entities, "Mary Kerr"))).containsExactly("Mary Kerr", "Mary Kerr", "Kerr");
        assertThat(mentionTexts(named(entities, "John Kerr"))).containsExactly("John Kerr");
    }

    @Test
    void prefixTitlesLeaveTheNameAndKeepTheirQualifiers() {
        List<Entity> entities = extract(article()
                .sentence("French/JJ/NATIONALITY President/NNP/TITLE Emmanuel/NNP/PERSON Macron/NNP/PERSON met/VBD "
                        + "U.S./NNP/COUNTRY President-elect/NNP/TITLE Donald/NNP/PERSON Trump/NNP/PERSON ./."));

        Entity macron = named(entities, "Emmanuel Macron");
        assertThat(macron.titles()).containsExactly("French President", "President");
        Entity trump = named(entities, "Donald Trump");
        assertThat(trump.titles()).containsExactly("U.S. President-elect", "President-elect");
        assertThat(named(entities, "U.S.").type()).isEqualTo(EntityType.LOCATION);
        assertThat(entities).extracting(Entity::name).doesNotContain("French");
    }

    @Test
    void aTitleKeepsTheWholeNameCoreNlpTaggedOnlyTheEndOf() {
        List<Entity> entities = extract(article()
                .sentence("Port/NNP of/IN Rotterdam/NNP/CITY chief/JJ/TITLE executive/NN/TITLE Maarten/NNP/PERSON "
                        + "Hollander/NNP/PERSON spoke/VBD ./.")
                .sentence("University/NNP of/IN the/DT West/NNP/ORGANIZATION of/IN England/NNP/COUNTRY "
                        + "professor/NN/TITLE Jane/NNP/PERSON Doe/NNP/PERSON and/CC the/DT Bank/NNP of/IN "
                        + "England/NNP/COUNTRY governor/NN/TITLE ,/, Mark/NNP/PERSON Carney/NNP/PERSON ,/, "
                        + "met/VBD the/DT wife/NN of/IN French/JJ/NATIONALITY President/NNP/TITLE "
                        + "Emmanuel/NNP/PERSON Macron/NNP/PERSON ./."));

        assertThat(named(entities, "Maarten Hollander").titles())
                .containsExactly("Port of Rotterdam chief executive", "chief executive");
        assertThat(named(entities, "Jane Doe").titles())
                .containsExactly("University of the West of England professor", "professor");
        assertThat(named(entities, "Mark Carney").titles()).containsExactly("Bank of England governor", "governor");
        assertThat(named(entities, "Emmanuel Macron").titles()).containsExactly("French President", "President");
    }

    @Test
    void anAppositiveTitleAttachesToTheNameBeforeIt() {
        List<Entity> entities = extract(article()
                .sentence("Anna/NNP/PERSON Berg/NNP/PERSON visited/VBD ./.")
                .sentence("We/PRP thank/VBP Anna/NNP/PERSON ,/, NATO/NNP/ORGANIZATION Secretary/NNP/TITLE "
                        + "General/NNP/TITLE ,/, for/IN her/PRP$ help/NN ./."));

        Entity berg = named(entities, "Anna Berg");
        assertThat(berg.titles()).containsExactly("NATO Secretary General", "Secretary General");
        assertThat(berg.aliases()).containsExactly("Anna");
        assertThat(named(entities, "NATO").type()).isEqualTo(EntityType.ORGANIZATION);
    }

    @Test
    void anAppositiveTitleAfterTheNameKeepsTheWholeNameCoreNlpTaggedOnlyTheEndOf() {
        List<Entity> entities = extract(article()
                .sentence("Maarten/NNP/PERSON Hollander/NNP/PERSON ,/, Port/NNP of/IN Rotterdam/NNP/CITY "
                        + "chief/JJ/TITLE executive/NN/TITLE ,/, said/VBD talks/NNS would/MD resume/VB ./.")
                .sentence("Jane/NNP/PERSON Doe/NNP/PERSON ,/, the/DT University/NNP of/IN the/DT "
                        + "West/NNP/ORGANIZATION of/IN England/NNP/COUNTRY professor/NN/TITLE ,/, "
                        + "agreed/VBD ./."));

        assertThat(named(entities, "Maarten Hollander").titles())
                .containsExactly("Port of Rotterdam chief executive", "chief executive");
        assertThat(named(entities, "Jane Doe").titles())
                .containsExactly("University of the West of England professor", "professor");
    }

    @Test
    void anAppositiveWithoutTitleWordsOrStartingWithAnUntaggedNameGivesNoTitle() {
        List<Entity> entities = extract(article()
                .sentence("Maarten/NNP/PERSON Hollander/NNP/PERSON ,/, Port/NNP of/IN Rotterdam/NNP/CITY ,/, "
                        + "said/VBD talks/NNS would/MD resume/VB ./.")
                .sentence("Jane/NNP/PERSON Doe/NNP/PERSON ,/, Acme/NNP of/IN Leeds/NNP chief/JJ/TITLE "
                        + "executive/NN/TITLE ,/, agreed/VBD ./."));

        assertThat(named(entities, "Maarten Hollander").titles()).isEmpty();
        assertThat(named(entities, "Jane Doe").titles()).isEmpty();
    }

    @Test
    void aRecurringNameCoreNlpTaggedOnlyPartOfIsAMentionOfTheWholeName() {
        List<Entity> entities = extract(article()
                .sentence("Workers/NNS at/IN the/DT Port/NNP/LOCATION of/IN/LOCATION Rotterdam/NNP/CITY "
                        + "struck/VBD ./.")
                .sentence("Port/NNP of/IN Rotterdam/NNP/CITY officials/NNS met/VBD the/DT "
                        + "Bank/NNP/ORGANIZATION of/IN/ORGANIZATION England/NNP/ORGANIZATION ./.")
                .sentence("The/DT Bank/NNP of/IN England/NNP/COUNTRY said/VBD nothing/NN ./."));

        Entity port = named(entities, "Port of Rotterdam");
        assertThat(mentionTexts(port)).containsExactly("Port of Rotterdam", "Port of Rotterdam");
        Entity bank = named(entities, "Bank of England");
        assertThat(bank.type()).isEqualTo(EntityType.ORGANIZATION);
        assertThat(mentionTexts(bank)).containsExactly("Bank of England", "Bank of England");
        assertThat(entities).extracting(Entity::name).doesNotContain("Rotterdam", "England");
    }

    @Test
    void aRecurrenceInsideALongerTaggedNameOrWrittenDifferentlyIsLeftAlone() {
        List<Entity> entities = extract(article()
                .sentence("Workers/NNS at/IN the/DT Port/NNP/LOCATION of/IN/LOCATION Rotterdam/NNP/CITY "
                        + "struck/VBD in/IN New/NNP/CITY York/NNP/CITY ./.")
                .sentence("The/DT New/NNP/ORGANIZATION York/NNP/ORGANIZATION Times/NNP/ORGANIZATION "
                        + "reported/VBD from/IN the/DT port/NN of/IN Rotterdam/NNP/CITY ./."));

        assertThat(mentionTexts(named(entities, "Port of Rotterdam"))).containsExactly("Port of Rotterdam");
        assertThat(mentionTexts(named(entities, "Rotterdam"))).containsExactly("Rotterdam");
        assertThat(mentionTexts(named(entities, "New York"))).containsExactly("New York");
        assertThat(named(entities, "The New York Times").type()).isEqualTo(EntityType.ORGANIZATION);
    }

    @Test
    void pronounsFollowGenderAndAnObjectPronounIsNotItsVerbsSubject() {
        List<Entity> entities = extract(article()
                .sentence("Angela/NNP/PERSON Keller/NNP/PERSON met/VBD Boris/NNP/PERSON Lund/NNP/PERSON ./.")
                .dep("nsubj", 2, 1).dep("obj", 2, 4)
                .sentence("She/PRP praised/VBD him/PRP ./.")
                .dep("nsubj", 1, 0).dep("obj", 1, 2));

        assertThat(mentionTexts(named(entities, "Angela Keller"))).containsExactly("Angela Keller", "She");
        assertThat(mentionTexts(named(entities, "Boris Lund"))).containsExactly("Boris Lund", "him");
    }

    @Test
    void aPronounOutsideAQuoteDoesNotTakeANameInsideIt() {
        List<Entity> entities = extract(article()
                .sentence("Peter/NNP/PERSON Holm/NNP/PERSON arrived/VBD ./.").dep("nsubj", 2, 1)
                .sentence("\"/`` We/PRP thank/VBP Mark/NNP/PERSON Oster/NNP/PERSON ,/, \"/'' he/PRP added/VBD ./.")
                .dep("nsubj", 8, 7));

        assertThat(mentionTexts(named(entities, "Peter Holm"))).containsExactly("Peter Holm", "he");
        assertThat(mentionTexts(named(entities, "Mark Oster"))).containsExactly("Mark Oster");
    }

    @Test
    void descriptionsResolveToTheTitledPersonAndToTheOrganizationOfTheirKind() {
        List<Entity> entities = extract(article()
                .sentence("U.S./NNP/COUNTRY President-elect/NNP/TITLE Donald/NNP/PERSON Trump/NNP/PERSON spoke/VBD ./.")
                .sentence("Ukraine/NNP/COUNTRY applied/VBD to/TO join/VB NATO/NNP/ORGANIZATION ./.")
                .sentence("The/DT president-elect/NN/TITLE doubts/VBZ it/PRP ,/, but/CC the/DT alliance/NN "
                        + "welcomed/VBD the/DT embattled/JJ country/NN ./.")
                .dep("obj", 2, 3));

        assertThat(mentionTexts(named(entities, "Donald Trump"))).contains("The president-elect");
        assertThat(mentionTexts(named(entities, "NATO"))).contains("the alliance");
        assertThat(mentionTexts(named(entities, "Ukraine"))).contains("the embattled country");
    }

    @Test
    void thePublishersOwnNameIsOneOrganizationEvenWhenCoreNlpSplitsIt() {
        List<Entity> entities = extract(article()
                .sentence("He/PRP told/VBD a/DT Kyiv/NNP/MISC Independent/NNP/RELIGION journalist/NN/TITLE so/RB ./.")
                .sentence("Kyiv/NNP/CITY was/VBD calm/JJ ./."), "Kyiv Independent", List.of());

        Entity outlet = named(entities, "Kyiv Independent");
        assertThat(outlet.type()).isEqualTo(EntityType.ORGANIZATION);
        assertThat(mentionTexts(outlet)).containsExactly("Kyiv Independent");
        assertThat(mentionTexts(named(entities, "Kyiv"))).containsExactly("Kyiv");
    }

    @Test
    void aNameBeforeANewsroomRoleIsAnOutletWithoutAnyMetadata() {
        List<Entity> entities = extract(article()
                .sentence("a/DT Kyiv/NNP/MISC Post/NNP reporter/NN/TITLE said/VBD so/RB ./."));

        assertThat(named(entities, "Kyiv Post").type()).isEqualTo(EntityType.ORGANIZATION);
    }

    @Test
    void aNewspapersTitleKeepsItsArticleAndOrganizationNamesEndingInAHeadWordAreOrganizations() {
        List<Entity> entities = extract(article()
                .sentence("The/DT Wall/NNP/ORGANIZATION Street/NNP/ORGANIZATION Journal/NNP/ORGANIZATION "
                        + "reported/VBD ./.")
                .sentence("Adam/NNP/MISC Air/NNP/MISC flew/VBD for/IN the/DT United/NNP/COUNTRY States/NNP/COUNTRY "
                        + "Air/NNP/LOCATION Force/NNP/LOCATION ./."));

        assertThat(named(entities, "The Wall Street Journal").type()).isEqualTo(EntityType.ORGANIZATION);
        assertThat(named(entities, "Adam Air").type()).isEqualTo(EntityType.ORGANIZATION);
        assertThat(named(entities, "United States Air Force").type()).isEqualTo(EntityType.ORGANIZATION);
    }

    @Test
    void surnameParticlesStayInTheNameHoweverCoreNlpTagsThem() {
        List<Entity> entities = extract(article()
                .sentence("Anna/NNP/PERSON de/NNP/PERSON Vries/NNP/PERSON met/VBD Ludwig/NNP/PERSON van/NNP "
                        + "der/FW Berg/NNP/PERSON ./.")
                .sentence("\"/`` Yes/UH ,/, \"/'' de/IN/PERSON Vries/NNP/PERSON said/VBD ,/, and/CC "
                        + "Van/NNP der/FW Berg/NNP/PERSON agreed/VBD ./."));

        Entity vries = named(entities, "Anna de Vries");
        assertThat(vries.aliases()).containsExactly("de Vries");
        assertThat(mentionTexts(vries)).containsExactly("Anna de Vries", "de Vries");
        Entity berg = named(entities, "Ludwig van der Berg");
        assertThat(berg.aliases()).containsExactly("Van der Berg");
        assertThat(ofType(entities, EntityType.PERSON)).hasSize(2);
    }

    @Test
    void aParticleWordAfterAnArticleIsNoPartOfTheName() {
        List<Entity> entities = extract(article()
                .sentence("They/PRP saw/VBD the/DT van/NN Jones/NNP/PERSON drove/VBD ./."));

        assertThat(entities).extracting(Entity::name).containsExactly("Jones");
    }

    @Test
    void aParticleTaggedAsACommonNounJoinsNoNameInTheMiddleOfAPhrase() {
        List<Entity> entities = extract(article()
                .sentence("Police/NNS found/VBD the/DT rental/JJ van/NN Jones/NNP/PERSON had/VBD used/VBN in/IN "
                        + "the/DT robbery/NN ./.")
                .sentence("Jones/NNP/PERSON was/VBD arrested/VBN later/RB ./.")
                .sentence("Witnesses/NNS saw/VBD a/DT white/JJ delivery/NN van/NN Smith/NNP/PERSON drove/VBD "
                        + "away/RB ./.")
                .sentence("Both/DT used/VBD the/DT same/JJ bin/NN Laden/NNP/PERSON had/VBD ./."));

        assertThat(ofType(entities, EntityType.PERSON)).extracting(Entity::name)
                .containsExactlyInAnyOrder("Jones", "Smith", "Laden");
        assertThat(mentionTexts(named(entities, "Jones"))).containsExactly("Jones", "Jones");
    }

    @Test
    void aParticleTaggedAsACommonNounJoinsWhereASurnameCanBegin() {
        List<Entity> entities = extract(article()
                .sentence("Ludwig/NNP/PERSON van/NN Beethoven/NNP/PERSON and/CC Osama/NNP/PERSON bin/NN "
                        + "Laden/NNP/PERSON were/VBD named/VBN ./.")
                .sentence("Anna/NNP/PERSON de/NNP/PERSON Vries/NNP/PERSON spoke/VBD ./.")
                .sentence("de/NN Vries/NNP/PERSON said/VBD little/JJ ./.")
                .sentence("Asked/VBN about/IN it/PRP ,/, van/NN Dijk/NNP/PERSON declined/VBD ./.")
                .sentence("Professor/NNP/TITLE van/NN Vliet/NNP/PERSON agreed/VBD ./.")
                .sentence("They/PRP met/VBD van/NNP Rijn/NNP/PERSON and/CC de/IN Bruin/NNP/PERSON ./."));

        assertThat(ofType(entities, EntityType.PERSON)).extracting(Entity::name).containsExactlyInAnyOrder(
                "Ludwig van Beethoven", "Osama bin Laden", "Anna de Vries", "van Dijk", "van Vliet", "van Rijn",
                "de Bruin");
        assertThat(mentionTexts(named(entities, "Anna de Vries"))).containsExactly("Anna de Vries", "de Vries");
    }

    @Test
    void aPlaceNamedWithItsArticleKeepsACapitalizedTheAndNoOtherPlaceDoes() {
        List<Entity> entities = extract(article()
                .sentence("They/PRP met/VBD in/IN The/DT/CITY Hague/NNP/CITY and/CC flew/VBD to/TO "
                        + "The/DT Gambia/NNP/COUNTRY ./.")
                .sentence("The/DT Sudan/NNP/COUNTRY ,/, the/DT Netherlands/NNP/COUNTRY and/CC the/DT "
                        + "Hague/NNP/CITY agreed/VBD ./."));

        Entity hague = named(entities, "The Hague");
        assertThat(hague.type()).isEqualTo(EntityType.LOCATION);
        assertThat(mentionTexts(hague)).containsExactly("The Hague", "Hague");
        assertThat(hague.aliases()).isEmpty();
        assertThat(named(entities, "The Gambia").type()).isEqualTo(EntityType.LOCATION);
        assertThat(entities).extracting(Entity::name).contains("Sudan", "Netherlands");
    }

    @Test
    void demonymsAndAdjectivesAreNoEntities() {
        List<Entity> entities = extract(article()
                .sentence("European/JJ/NATIONALITY and/CC Western/JJ/MISC leaders/NNS backed/VBD "
                        + "Euro-Atlantic/JJ/MISC ties/NNS in/IN Paris/NNP/CITY ./."));

        assertThat(entities).extracting(Entity::name).containsExactly("Paris");
        assertThat(entities.get(0).subtype()).isEqualTo("CITY");
    }

    @Test
    void aBracketedAcronymJoinsTheNameItAbbreviates() {
        List<Entity> entities = extract(article()
                .sentence("Tankers/NNS go/VBP to/TO the/DT United/NNP/ORGANIZATION States/NNP/ORGANIZATION "
                        + "Air/NNP/ORGANIZATION Force/NNP/ORGANIZATION (/-LRB- USAF/NNP )/-RRB- ./.")
                .sentence("The/DT USAF/NNP/ORGANIZATION agreed/VBD ./.")
                .sentence("The/DT Government/NNP/ORGANIZATION Accountability/NNP/ORGANIZATION Office/NNP/ORGANIZATION "
                        + "objected/VBD and/CC the/DT GAO/NNP/ORGANIZATION won/VBD ./."));

        Entity force = named(entities, "United States Air Force");
        assertThat(force.aliases()).containsExactly("USAF");
        assertThat(force.mentions()).hasSize(3);
        assertThat(named(entities, "Government Accountability Office").aliases()).containsExactly("GAO");
        assertThat(ofType(entities, EntityType.ORGANIZATION)).hasSize(2);
    }

    @Test
    void organizationShortFormsJoinButABodyOfAnOrganizationStaysApart() {
        List<Entity> entities = extract(article()
                .sentence("Boeing/NNP/ORGANIZATION Commercial/NNP/ORGANIZATION Airplanes/NNPS/ORGANIZATION and/CC "
                        + "the/DT EU/NNP/ORGANIZATION Council/NNP/ORGANIZATION met/VBD ./.")
                .sentence("Boeing/NNP/ORGANIZATION and/CC the/DT EU/NNP/ORGANIZATION agreed/VBD ./."));

        assertThat(named(entities, "Boeing Commercial Airplanes").aliases()).containsExactly("Boeing");
        assertThat(named(entities, "EU Council").aliases()).isEmpty();
        assertThat(named(entities, "EU").mentions()).hasSize(1);
    }

    @Test
    void aMonarchIsNotASurnameOfSomeoneElse() {
        List<Entity> entities = extract(article()
                .sentence("Saddam/NNP/PERSON Hussein/NNP/PERSON met/VBD King/NNP/TITLE Hussein/NNP/PERSON ./.")
                .sentence("Hussein/NNP/PERSON left/VBD ./."));

        assertThat(ofType(entities, EntityType.PERSON)).hasSize(2);
        assertThat(named(entities, "Hussein").titles()).containsExactly("King");
        assertThat(named(entities, "Hussein").aliases()).containsExactly("King Hussein");
    }

    @Test
    void aPlaceWithItsRegionAndAnOrganizationCoreNlpMissedAfterItsDescriptor() {
        List<Entity> entities = extract(article()
                .sentence("The/DT plant/NN in/IN Mobile/NNP/CITY ,/, Alabama/NNP/STATE_OR_PROVINCE supplies/VBZ "
                        + "electronics/NNS retailer/NN Best/NNP Buy/NNP ./."));

        assertThat(named(entities, "Mobile").aliases()).containsExactly("Mobile , Alabama");
        assertThat(named(entities, "Alabama").subtype()).isEqualTo("STATE_OR_PROVINCE");
        assertThat(named(entities, "Best Buy").type()).isEqualTo(EntityType.ORGANIZATION);
    }

    @Test
    void temporalExpressionsAreNeverEntities() {
        AnnotatedArticle annotated = article()
                .sentence("Independence/NNP/MISC Day/NNP/MISC came/VBD to/TO Kyiv/NNP/CITY ./.").build();
        Timex holiday = new Timex("T1", Span.of(annotated.text(), 0, 15), TimexType.DATE, "XXXX-08-24");

        List<Entity> entities = extractor.extract(annotated, ArticleFixture.meta(annotated, null), List.of(holiday));

        assertThat(entities).extracting(Entity::name).containsExactly("Kyiv");
    }

    @Test
    void idsFollowFirstMentionAndSpansPointIntoTheText() {
        ArticleFixture fixture = article()
                .sentence("Oslo/NNP/CITY hosted/VBD Lena/NNP/PERSON Vogel/NNP/PERSON ./.")
                .sentence("Vogel/NNP/PERSON praised/VBD Oslo/NNP/CITY and/CC Statoil/NNP/ORGANIZATION ./.");
        AnnotatedArticle annotated = fixture.build();
        List<Entity> first = extractor.extract(annotated, ArticleFixture.meta(annotated, null), List.of());
        List<Entity> second = extractor.extract(annotated, ArticleFixture.meta(annotated, null), List.of());

        assertThat(first).isEqualTo(second);
        assertThat(first).extracting(Entity::id).containsExactly("E1", "E2", "E3");
        assertThat(first).extracting(Entity::name).containsExactly("Oslo", "Lena Vogel", "Statoil");
        for (Entity e : first) {
            assertThat(e.mentions()).isSorted();
            for (Span s : e.mentions()) {
                assertThat(annotated.text().substring(s.start(), s.end())).isEqualTo(s.text());
            }
        }
    }

    @Test
    void aTitleBeforeTheCommaAndAStyledNameAreKept() {
        List<Entity> entities = extract(article()
                .sentence("Ryanair/NNP/ORGANIZATION CEO/NNP/TITLE ,/, Michael/NNP/PERSON Olsen/NNP/PERSON ,/, "
                        + "met/VBD President/NNP/TITLE Ivan/NNP/PERSON Petrov/NNP/PERSON and/CC "
                        + "Mr./NNP Tan/NNP/PERSON Wei/NNP/PERSON ./."));

        assertThat(named(entities, "Michael Olsen").titles()).containsExactly("Ryanair CEO", "CEO");
        assertThat(named(entities, "Ivan Petrov").aliases()).containsExactly("President Ivan Petrov");
        assertThat(named(entities, "Tan Wei").aliases()).containsExactly("Mr. Tan Wei");
        assertThat(named(entities, "Tan Wei").titles()).isEmpty();
    }

    @Test
    void aDescriptionQualifiedByAnotherCountryIsLeftAlone() {
        List<Entity> entities = extract(article()
                .sentence("Ambassador/NNP/TITLE Ivan/NNP/PERSON Petrov/NNP/PERSON spoke/VBD ./.")
                .sentence("The/DT Saudi/JJ/NATIONALITY ambassador/NN/TITLE answered/VBD ,/, and/CC the/DT "
                        + "ambassador/NN/TITLE left/VBD ./."));

        assertThat(mentionTexts(named(entities, "Ivan Petrov")))
                .containsExactly("Ivan Petrov", "the ambassador");
    }

    @Test
    void anExpletiveItIsNoMention() {
        List<Entity> entities = extract(article()
                .sentence("Statoil/NNP/ORGANIZATION grew/VBD ./.").dep("nsubj", 1, 0)
                .sentence("It/PRP is/VBZ clear/JJ that/IN its/PRP$ profits/NNS rose/VBD ./.")
                .dep("nsubj", 2, 0).dep("cop", 2, 1).dep("nmod:poss", 5, 4).dep("nsubj", 6, 5));

        assertThat(mentionTexts(named(entities, "Statoil"))).containsExactly("Statoil", "its");
    }

    @Test
    void aProductNameIsSplitFromItsMakersName() {
        List<Entity> entities = extract(article()
                .sentence("Apple/NNP/ORGANIZATION Computer/NNP/ORGANIZATION said/VBD that/IN "
                        + "Apple/NNP/ORGANIZATION Macintosh/NNP/ORGANIZATION computers/NNS will/MD use/VB "
                        + "chips/NNS ./.")
                .sentence("Apple/NNP/ORGANIZATION agreed/VBD ./."));

        assertThat(ofType(entities, EntityType.ORGANIZATION)).extracting(Entity::name)
                .containsExactly("Apple Computer");
        assertThat(named(entities, "Apple Computer").aliases()).containsExactly("Apple");
        assertThat(named(entities, "Macintosh").type()).isEqualTo(EntityType.MISC);
    }

    @Test
    void aShortNameCoreNlpTookForAPersonJoinsTheOrganization() {
        List<Entity> entities = extract(article()
                .sentence("AirTanker/NNP/ORGANIZATION Ltd./NNP/ORGANIZATION signed/VBD ./.")
                .sentence("The/DT jets/NNS are/VBP owned/VBN by/IN AirTanker/NNP/PERSON ./."));

        assertThat(entities).hasSize(1);
        assertThat(entities.get(0).type()).isEqualTo(EntityType.ORGANIZATION);
        assertThat(entities.get(0).aliases()).containsExactly("AirTanker");
    }

    @Test
    void anHonorificOfTheOtherGenderKeepsASharedSurnameAway() {
        List<Entity> entities = extract(article()
                .sentence("Hillary/NNP/PERSON Rodham/NNP/PERSON met/VBD Bill/NNP/PERSON Rodham/NNP/PERSON ./.")
                .sentence("Mrs./NNP Rodham/NNP/PERSON spoke/VBD ./."));

        assertThat(mentionTexts(named(entities, "Hillary Rodham"))).containsExactly("Hillary Rodham", "Rodham");
        assertThat(mentionTexts(named(entities, "Bill Rodham"))).containsExactly("Bill Rodham");
    }

    @Test
    void aSubjectPronounSkipsANameInAnOpeningPhrase() {
        List<Entity> entities = extract(article()
                .sentence("Paul/NNP/PERSON Weber/NNP/PERSON lost/VBD ./.").dep("nsubj", 2, 1)
                .sentence("Running/VBG against/IN Tom/NNP/PERSON Beck/NNP/PERSON ,/, he/PRP said/VBD little/JJ ./.")
                .dep("obl", 0, 3).dep("advcl", 6, 0).dep("nsubj", 6, 5));

        assertThat(mentionTexts(named(entities, "Paul Weber"))).containsExactly("Paul Weber", "he");
        assertThat(mentionTexts(named(entities, "Tom Beck"))).containsExactly("Tom Beck");
    }

    @Test
    void anEmptyArticleHasNoEntities() {
        AnnotatedArticle empty = new AnnotatedArticle("", List.of());

        assertThat(extractor.extract(empty, ArticleFixture.meta(empty, "Kyiv Independent"), List.of())).isEmpty();
    }
}

package org.dossier.merge;

import org.dossier.extract.entity.Names;
import org.dossier.model.Entity;
import org.dossier.model.EntityType;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class EntityMergerTest {

    private final EntityMerger merger = new EntityMerger();

    private static Entity person(String name, String... titles) {
        return new Entity("E1", EntityType.PERSON, null, name, List.of(), List.of(titles), List.of());
    }

    private static Candidate candidate(long id, String name, Set<String> titles, Set<String> neighbours) {
        return new Candidate(id, EntityType.PERSON, name, 3, Set.of(NameKeys.normalize(name)), titles, neighbours);
    }

    @Test
    void twoFullNamesThatAgreeJoin() {
        MergeDecision d = merger.decide(person("Volodymyr Zelensky"), List.of(candidate(7, "Volodymyr Zelensky", Set.of(), Set.of())));
        assertThat(d.target()).isEqualTo(7L);
        assertThat(d.reason()).contains("agreeing given names");
        assertThat(merger.decide(person("J. Smith"), List.of(candidate(1, "John Smith", Set.of(), Set.of()))).target())
                .isEqualTo(1L);
    }

    @Test
    void aSurnameAloneNeedsEvidence() {
        Candidate z = candidate(7, "Volodymyr Zelensky", Set.of("president"), Set.of());
        assertThat(merger.decide(person("Zelensky"), List.of(z)).joins()).isFalse();
        assertThat(merger.decide(person("Zelensky"), List.of(z)).reason()).contains("no shared title or co-occurring");
        assertThat(merger.decide(person("Zelensky", "President"), List.of(z)).target()).isEqualTo(7L);
        Candidate withNeighbour = candidate(7, "Volodymyr Zelensky", Set.of(), Set.of("Ukraine"));
        assertThat(merger.decide(person("Zelensky"), List.of(withNeighbour)).reason()).contains("both occur with 'Ukraine'");
    }

    @Test
    void differentGivenNamesNeverJoinAndAmbiguityStaysApart() {
        assertThat(merger.decide(person("Jane Smith", "mayor"),
                List.of(candidate(1, "John Smith", Set.of("mayor"), Set.of("Leeds")))).joins()).isFalse();
        List<Candidate> two = List.of(candidate(1, "John Smith", Set.of("mayor"), Set.of()),
                candidate(2, "Jane Smith", Set.of("mayor"), Set.of()));
        MergeDecision d = merger.decide(person("Smith", "mayor"), two);
        assertThat(d.joins()).isFalse();
        assertThat(d.reason()).contains("several");
    }

    private static Entity person(String name, List<String> aliases, String... titles) {
        return new Entity("E1", EntityType.PERSON, null, name, aliases, List.of(titles), List.of());
    }

    @Test
    void aTitleOrHonorificIsNoGivenName() {
        assertThat(PersonName.parse("Mr. Obama")).isEqualTo(new PersonName(List.of(), "obama"));
        assertThat(PersonName.parse("President Barack Obama")).isEqualTo(new PersonName(List.of("barack"), "obama"));
        assertThat(PersonName.parse("President")).isEqualTo(new PersonName(List.of(), "president"));
        Candidate barack = candidate(21, "Barack Obama", Set.of("president"), Set.of("Hillary Clinton"));
        MergeDecision mr = merger.decide(person("Obama", List.of("Mr. Obama")), List.of(barack));
        assertThat(mr.target()).isEqualTo(21L);
        assertThat(mr.reason()).doesNotContain("given names").contains("a surname alone ('obama')");
        assertThat(merger.decide(person("President Obama", List.of(), "President"), List.of(barack)).target())
                .isEqualTo(21L);
    }

    @Test
    void aSurnameAloneJoinsTheOneKnownPersonDespiteEarlierSurnameOnlyEntities() {
        Candidate barack = candidate(21, "Barack Obama", Set.of("president"), Set.of("Hillary Clinton"));
        Candidate bare = candidate(25, "Obama", Set.of(), Set.of("Hillary Clinton"));
        MergeDecision d = merger.decide(person("Obama", "President"), List.of(barack, bare));
        assertThat(d.target()).isEqualTo(21L);
        assertThat(d.reason()).contains("the one stored person with that surname");
        Candidate otherBare = candidate(30, "Obama", Set.of(), Set.of());
        assertThat(merger.decide(person("Obama"), List.of(bare, otherBare)).target()).isEqualTo(25L);
    }

    @Test
    void aDifferentPersonWithTheSurnameStaysApartAndTheReasonNamesTheGivenNames() {
        Candidate barack = candidate(21, "Barack Obama", Set.of("president"), Set.of("Hillary Clinton"));
        MergeDecision d = merger.decide(person("Michelle Obama"), List.of(barack));
        assertThat(d.joins()).isFalse();
        assertThat(d.reason()).contains("different given names ('michelle', not 'barack')");
        Candidate bare = candidate(25, "Obama", Set.of(), Set.of("Hillary Clinton"));
        MergeDecision withBare = merger.decide(person("Michelle Obama"), List.of(barack, bare));
        assertThat(withBare.joins()).isFalse();
        assertThat(withBare.reason()).contains("'michelle', not 'barack'").contains("may be either");
        Candidate smith = new Candidate(4, EntityType.PERSON, "John Smith", 3, Set.of("obama"), Set.of(), Set.of());
        assertThat(merger.decide(person("Obama"), List.of(smith)).reason())
                .contains("a different surname ('obama', not 'smith')").doesNotContain("given names");
    }

    @Test
    void aSurnameSharedByTwoKnownPeopleStaysAmbiguous() {
        Candidate barack = candidate(21, "Barack Obama", Set.of("president"), Set.of("Hillary Clinton"));
        Candidate michelle = candidate(40, "Michelle Obama", Set.of(), Set.of("Hillary Clinton"));
        MergeDecision d = merger.decide(person("Obama", "President"), List.of(barack, michelle));
        assertThat(d.joins()).isFalse();
        assertThat(d.reason()).contains("shared by several stored people with evidence")
                .contains("#21 Barack Obama").contains("#40 Michelle Obama").doesNotContain("given names");
    }

    @Test
    void typesMustMatchAndOrganizationsJoinOnNameOrAcronymWithEvidence() {
        Candidate eu = new Candidate(3, EntityType.ORGANIZATION, "European Union", 5, Set.of("european union"), Set.of(),
                Set.of("Brussels"));
        Entity euAcronym = new Entity("E2", EntityType.ORGANIZATION, null, "EU", List.of(), List.of(), List.of());
        assertThat(merger.decide(euAcronym, List.of(eu)).target()).isEqualTo(3L);
        Candidate lonely = new Candidate(3, EntityType.ORGANIZATION, "European Union", 5, Set.of("european union"),
                Set.of(), Set.of());
        assertThat(merger.decide(euAcronym, List.of(lonely)).joins()).isFalse();
        Entity georgia = new Entity("E3", EntityType.LOCATION, null, "Georgia", List.of(), List.of(), List.of());
        assertThat(merger.decide(georgia, List.of(candidate(9, "Georgia", Set.of(), Set.of()))).joins()).isFalse();
    }

    @Test
    void surnameParticlesAreNoGivenNames() {
        assertThat(PersonName.parse("Anna de Vries")).isEqualTo(new PersonName(List.of("anna"), "vries"));
        assertThat(PersonName.parse("de Vries")).isEqualTo(new PersonName(List.of(), "vries"));
        assertThat(PersonName.parse("Ludwig van der Berg")).isEqualTo(new PersonName(List.of("ludwig"), "berg"));
        assertThat(PersonName.parse("Bashar al-Assad")).isEqualTo(new PersonName(List.of("bashar"), "assad"));
        assertThat(PersonName.parse("Al Gore")).isEqualTo(new PersonName(List.of("al"), "gore"));
        Candidate anna = candidate(4, "Anna de Vries", Set.of("union leader"), Set.of());
        assertThat(merger.decide(person("de Vries", "union leader"), List.of(anna)).target()).isEqualTo(4L);
        assertThat(merger.decide(person("Anna de Vries"), List.of(anna)).reason()).contains("agreeing given names");
        assertThat(NameKeys.of(person("Anna de Vries"))).containsExactly("n:anna de vries", "s:vries");
    }

    @Test
    void aCapitalizedParticleOpeningANameIsPartOfTheSurname() {
        assertThat(PersonName.parse("De Vries")).isEqualTo(new PersonName(List.of(), "vries"));
        assertThat(PersonName.parse("Van der Berg")).isEqualTo(new PersonName(List.of(), "berg"));
        assertThat(PersonName.parse("Al-Assad")).isEqualTo(new PersonName(List.of(), "assad"));
        assertThat(PersonName.parse("Al\u2010Assad's")).isEqualTo(new PersonName(List.of(), "assad"));
        assertThat(PersonName.parse("al Assad")).isEqualTo(new PersonName(List.of(), "assad"));
        assertThat(PersonName.parse("Anna De Vries")).isEqualTo(new PersonName(List.of("anna"), "vries"));
        Candidate anna = candidate(4, "Anna de Vries", Set.of("union leader"), Set.of());
        assertThat(merger.decide(person("De Vries", "union leader"), List.of(anna)).target()).isEqualTo(4L);
        Candidate bashar = candidate(6, "Bashar al-Assad", Set.of("president"), Set.of());
        assertThat(merger.decide(person("Al-Assad", "president"), List.of(bashar)).target()).isEqualTo(6L);
        assertThat(NameKeys.forQuery("De Vries")).containsExactly("n:de vries", "a:de vries", "s:vries");
        assertThat(NameKeys.of(person("De Vries"))).containsExactly("n:de vries", "s:vries");
    }

    @Test
    void aLoneParticleThatIsAlsoAGivenNameStaysAGivenName() {
        assertThat(PersonName.parse("Al Gore")).isEqualTo(new PersonName(List.of("al"), "gore"));
        assertThat(PersonName.parse("Van Morrison")).isEqualTo(new PersonName(List.of("van"), "morrison"));
        assertThat(PersonName.parse("Al Gore Jr.")).isEqualTo(new PersonName(List.of("al"), "gore"));
        Candidate tipper = candidate(8, "Tipper Gore", Set.of(), Set.of());
        assertThat(merger.decide(person("Al Gore"), List.of(tipper)).joins()).isFalse();
        assertThat(NameKeys.forQuery("Van Morrison")).containsExactly("n:van morrison", "a:van morrison");
        assertThat(NameKeys.of(person("Van Morrison"))).containsExactly("n:van morrison", "s:morrison");
    }

    @Test
    void namesNormalize() {
        assertThat(NameKeys.normalize("The  Élysée Palace's")).isEqualTo("elysee palace");
        assertThat(PersonName.parse("Martin Luther King Jr.")).isEqualTo(new PersonName(List.of("martin", "luther"), "king"));
        assertThat(Names.acronym("European Union")).isEqualTo("eu");
        assertThat(Names.acronym("NATO")).isEqualTo("nato");
        assertThat(NameKeys.of(person("Volodymyr Zelensky"))).containsExactly("n:volodymyr zelensky", "s:zelensky");
    }

    @Test
    void onlyAPossessiveSIsDroppedAndAnApostropheInsideANameJoinsIt() {
        assertThat(NameKeys.normalize("O'Sullivan")).isEqualTo("osullivan");
        assertThat(NameKeys.normalize("Sean O\u2019Sullivan's")).isEqualTo("sean osullivan");
        assertThat(NameKeys.normalize("Putin\u2019s")).isEqualTo("putin");
        assertThat(NameKeys.normalize("McDonald's")).isEqualTo("mcdonald");
        assertThat(NameKeys.normalize("Côte d'Ivoire")).isEqualTo("cote divoire");
        assertThat(NameKeys.normalize("Mars, Inc.")).isEqualTo("mars inc");
        assertThat(NameKeys.of(person("Sean O'Sullivan"))).containsExactly("n:sean osullivan", "s:osullivan");
        assertThat(PersonName.parse("Sean O'Sullivan")).isEqualTo(new PersonName(List.of("sean"), "osullivan"));
        assertThat(PersonName.parse("O'Brien's")).isEqualTo(new PersonName(List.of(), "obrien"));
        Candidate sean = candidate(5, "Sean O'Sullivan", Set.of("minister"), Set.of());
        assertThat(merger.decide(person("O'Sullivan", "minister"), List.of(sean)).target()).isEqualTo(5L);
    }
}

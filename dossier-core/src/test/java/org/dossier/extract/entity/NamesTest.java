package org.dossier.extract.entity;

import org.dossier.merge.NameKeys;
import org.dossier.merge.PersonName;
import org.dossier.model.Entity;
import org.dossier.model.EntityType;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The one names API, and that the entity layer and cross-article merging read names through it alike. */
class NamesTest {

    @Test
    void particlesOpenTheSurnameUnlessTheyAreAGivenNameWrittenApart() {
        assertThat(Names.person("Anna de Vries")).isEqualTo(new Names.PersonParts(List.of("anna"), "vries"));
        assertThat(Names.person("de Vries")).isEqualTo(new Names.PersonParts(List.of(), "vries"));
        assertThat(Names.person("De Vries")).isEqualTo(new Names.PersonParts(List.of(), "vries"));
        assertThat(Names.person("Ludwig van der Berg")).isEqualTo(new Names.PersonParts(List.of("ludwig"), "berg"));
        assertThat(Names.person("Van Jones")).isEqualTo(new Names.PersonParts(List.of("van"), "jones"));
        assertThat(Names.person("van Jones")).isEqualTo(new Names.PersonParts(List.of(), "jones"));
        assertThat(Names.person("Van der Jones")).isEqualTo(new Names.PersonParts(List.of(), "jones"));
        assertThat(Names.person("Al-Assad")).isEqualTo(new Names.PersonParts(List.of(), "assad"));
        assertThat(Names.person("Martin Luther King Jr.")).isEqualTo(
                new Names.PersonParts(List.of("martin", "luther"), "king"));
        assertThat(Names.person("  ")).isEqualTo(new Names.PersonParts(List.of(), null));
        assertThat(Names.isParticle("De")).isTrue();
        assertThat(Names.isParticle("bin")).isTrue();
        assertThat(Names.isParticle("Anna")).isFalse();
        assertThat(Names.isSuffix("Jr.")).isTrue();
    }

    @Test
    void anApostropheInsideANameJoinsItAndOnlyAPossessiveGoes() {
        assertThat(Names.normalize("O'Sullivan")).isEqualTo("osullivan");
        assertThat(Names.normalize("Sean O\u2019Sullivan's")).isEqualTo("sean osullivan");
        assertThat(Names.tokens("Sean O'Sullivan")).containsExactly("sean", "osullivan");
        assertThat(Names.person("O'Sullivan")).isEqualTo(new Names.PersonParts(List.of(), "osullivan"));
        assertThat(Names.words(List.of("O'Sullivan", "'s"))).containsExactly("osullivan");
        assertThat(Names.normalize("The  Élysée Palace's")).isEqualTo("elysee palace");
        assertThat(Names.tokens("...")).isEmpty();
    }

    @Test
    void wordsKeepADottedAcronymWholeWhereTheKeySpellingBreaksIt() {
        assertThat(Names.words(List.of("U.S.", "Trust"))).containsExactly("us", "trust");
        assertThat(Names.normalize("U.S. Trust")).isEqualTo("u s trust");
        assertThat(Names.words(List.of("Wal", "-", "Mart"))).containsExactly("wal", "mart");
        assertThat(Names.words(List.of("Wal-Mart"))).containsExactly("wal", "mart");
        assertThat(Names.words(List.of("AT&T"))).containsExactly("at&t");
        assertThat(Names.words(List.of("The", "Hague"))).containsExactly("hague");
        assertThat(Names.words(List.of("Anna", "de", "Vries"))).isEqualTo(Names.tokens("Anna de Vries"));
    }

    @Test
    void acronymsSkipTheFunctionWordsOfOneList() {
        assertThat(Names.acronym("European Union")).isEqualTo("eu");
        assertThat(Names.acronym("NATO")).isEqualTo("nato");
        assertThat(Names.acronym("U.S.")).isEqualTo("us");
        assertThat(Names.acronym("Government Accountability Office")).isEqualTo("gao");
        assertThat(Names.acronym("Boeing")).isNull();
        assertThat(Names.isAcronym("USAF")).isTrue();
        assertThat(Names.isAcronym("AT&T")).isTrue();
        assertThat(Names.isAcronym("Nato")).isFalse();
        assertThat(Names.isAcronymSkipWord("Of")).isTrue();
        assertThat(Names.isAcronymSkipWord("to")).isTrue();
        assertThat(Names.isAcronymSkipWord("union")).isFalse();
    }

    @Test
    void aStoredKeySkipsOnlyWordsThatAreAlwaysFunctionWords() {
        assertThat(Names.acronym("Du Pont Co.")).isEqualTo("dpc");
        assertThat(Names.acronym("La Jolla Bancorp")).isEqualTo("ljb");
        assertThat(Names.acronym("A. Philip Randolph Institute")).isEqualTo("apri");
        assertThat(Names.acronym("Committee to Protect Journalists")).isEqualTo("ctpj");
        NameVariantMatcher matcher = new NameVariantMatcher(EntityLexicon.load(), List.of(), java.util.Set.of());
        NameForm full = NameForm.of(List.of("Committee", "to", "Protect", "Journalists"));
        assertThat(matcher.variant(NameForm.of(List.of("CPJ")), EntityType.ORGANIZATION, full,
                EntityType.ORGANIZATION)).isTrue(); // within an article "to" may be skipped ...
        assertThat(matcher.variant(NameForm.of(List.of("CTPJ")), EntityType.ORGANIZATION, full,
                EntityType.ORGANIZATION)).isTrue(); // ... or not
    }

    @Test
    void theEntityLayerAndTheCrossArticleKeysAgreeOnInitials() {
        NameVariantMatcher matcher = new NameVariantMatcher(EntityLexicon.load(), List.of(), java.util.Set.of());
        NameForm gao = NameForm.of(List.of("GAO"));
        NameForm full = NameForm.of(List.of("Government", "Accountability", "Office"));
        assertThat(matcher.variant(gao, EntityType.ORGANIZATION, full, EntityType.ORGANIZATION)).isTrue();
        Entity office = new Entity("E1", EntityType.ORGANIZATION, null, "Government Accountability Office",
                List.of(), List.of(), List.of());
        Entity acronym = new Entity("E2", EntityType.ORGANIZATION, null, "GAO", List.of(), List.of(), List.of());
        assertThat(NameKeys.of(office)).contains("a:gao");
        assertThat(NameKeys.of(acronym)).contains("a:gao");
    }

    @Test
    void mergingSplitsAndNormalizesNamesAsTheNamesApiDoes() {
        for (String name : List.of("Anna de Vries", "Van Jones", "O'Sullivan", "Sean O\u2019Sullivan's", "Al Gore",
                "Bashar al-Assad", "Martin Luther King Jr.", "The Élysée Palace's")) {
            Names.PersonParts parts = Names.person(name);
            assertThat(PersonName.parse(name)).isEqualTo(new PersonName(parts.given(), parts.surname()));
            assertThat(NameKeys.normalize(name)).isEqualTo(Names.normalize(name));
        }
        Entity vries = new Entity("E1", EntityType.PERSON, null, "Anna de Vries", List.of("de Vries"), List.of(),
                List.of());
        assertThat(NameKeys.of(vries)).containsExactly("n:anna de vries", "s:vries", "n:de vries");
    }

    @Test
    void pronounsSayGenderNumberAndUse() {
        assertThat(Names.pronoun("He").gender()).isEqualTo(Gender.MALE);
        assertThat(Names.pronoun("her").gender()).isEqualTo(Gender.FEMALE);
        assertThat(Names.pronoun("her").personal()).isTrue();
        assertThat(Names.pronoun("his").personal()).isFalse();
        assertThat(Names.pronoun("its").gender()).isEqualTo(Gender.NEUTER);
        assertThat(Names.pronoun("it").impersonal()).isTrue();
        assertThat(Names.pronoun("they").plural()).isTrue();
        assertThat(Names.pronoun("they").impersonal()).isTrue();
        assertThat(Names.pronoun("I")).isNull();
        assertThat(Names.pronounsOf(Gender.FEMALE)).containsExactlyInAnyOrder("she", "her", "hers", "herself");
        assertThat(Names.givenNameGender("Alice")).isEqualTo(Gender.FEMALE);
        assertThat(Names.givenNameGender("Zelensky")).isEqualTo(Gender.UNKNOWN);
    }
}

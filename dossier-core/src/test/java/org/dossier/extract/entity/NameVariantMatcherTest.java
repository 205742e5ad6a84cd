package org.dossier.extract.entity;

import org.dossier.model.EntityType;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dossier.model.EntityType.LOCATION;
import static org.dossier.model.EntityType.ORGANIZATION;
import static org.dossier.model.EntityType.PERSON;

class NameVariantMatcherTest {

    private static final EntityLexicon LEXICON = EntityLexicon.load();

    private final NameVariantMatcher matcher = new NameVariantMatcher(LEXICON,
            List.of(new NameLink(List.of("SIA"), List.of("Singapore", "Airlines"))), Set.of("us"));

    private boolean variant(String shorter, EntityType st, String fuller, EntityType ft) {
        return matcher.variant(form(shorter), st, form(fuller), ft);
    }

    private static NameForm form(String name) {
        return NameForm.of(Arrays.asList(name.split(" ")));
    }

    @Test
    void aPersonIsCalledByGivenNameOrSurnameButNotBySomeoneElsesName() {
        assertThat(variant("Mark", PERSON, "Mark Rutte", PERSON)).isTrue();
        assertThat(variant("Rutte", PERSON, "Mark Rutte", PERSON)).isTrue();
        assertThat(variant("Syafii Djamal", PERSON, "Jusuf Syafii Djamal", PERSON)).isTrue();
        assertThat(variant("Jane Smith", PERSON, "John Smith", PERSON)).isFalse();
        assertThat(variant("Rutte", ORGANIZATION, "Mark Rutte", PERSON)).isFalse();
    }

    @Test
    void organizationsDropTheirTailLegalFormOrUseInitials() {
        assertThat(variant("Apple", ORGANIZATION, "Apple Computer", ORGANIZATION)).isTrue();
        assertThat(variant("Aer Lingus", ORGANIZATION, "Aer Lingus Group PLC", ORGANIZATION)).isTrue();
        assertThat(variant("Air Force", ORGANIZATION, "United States Air Force", ORGANIZATION)).isTrue();
        assertThat(variant("GAO", ORGANIZATION, "Government Accountability Office", ORGANIZATION)).isTrue();
        assertThat(variant("USAF", ORGANIZATION, "Air Force", ORGANIZATION)).isTrue();
        assertThat(variant("SIA", ORGANIZATION, "Singapore Airlines", ORGANIZATION)).isTrue();
        assertThat(variant("Wal-Mart", ORGANIZATION, "Wal - Mart", ORGANIZATION)).isTrue();
    }

    @Test
    void differentOrganizationsWithACommonWordAreNoVariants() {
        assertThat(variant("Apple Inc.", ORGANIZATION, "Apple Computer", ORGANIZATION)).isFalse();
        assertThat(variant("EU", ORGANIZATION, "EU Council", ORGANIZATION)).isFalse();
        assertThat(variant("Lockheed", ORGANIZATION, "Martin", ORGANIZATION)).isFalse();
        assertThat(variant("Martin", ORGANIZATION, "Lockheed Martin", ORGANIZATION)).isFalse();
    }

    @Test
    void placesGoByTheirHeadOrInitialsAcrossTypes() {
        assertThat(variant("United States", LOCATION, "United States of America", LOCATION)).isTrue();
        assertThat(variant("U.S.", LOCATION, "United States", LOCATION)).isTrue();
        assertThat(variant("US", LOCATION, "United States of America", LOCATION)).isTrue();
        assertThat(variant("EU", LOCATION, "European Union", ORGANIZATION)).isTrue();
        assertThat(variant("U.S.", LOCATION, "U.N. Security Council", ORGANIZATION)).isFalse();
        assertThat(variant("Korea", LOCATION, "North Korea", LOCATION)).isFalse();
    }
}

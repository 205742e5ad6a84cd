package org.dossier.annotate.lexicon;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The fine-grained name tags that replace CoreNLP's KBP pass: the same decisions, from our own lists. */
class NameLexiconTest {

    private static final NameLexicon NAMES = NameLexicon.standard();

    /** Tags {@code words} ("word/POS/NER" each) and returns the fine-grained tags. */
    private static List<String> tag(String... tokens) {
        List<String> words = java.util.Arrays.stream(tokens).map(t -> t.split("/")[0]).toList();
        List<String> pos = java.util.Arrays.stream(tokens).map(t -> t.split("/")[1]).toList();
        List<String> ner = java.util.Arrays.stream(tokens).map(t -> t.split("/")[2]).toList();
        return List.of(NAMES.tag(words, pos, ner));
    }

    @Test
    void titlesNationalitiesAndPlacesGetTheirTags() {
        assertThat(tag("President/NNP/O", "Obama/NNP/PERSON", "said/VBD/O"))
                .containsExactly("TITLE", "PERSON", "O");
        assertThat(tag("the/DT/O", "French/JJ/MISC", "minister/NN/O"))
                .containsExactly("O", "NATIONALITY", "TITLE");
        assertThat(tag("in/IN/O", "France/NNP/LOCATION")).containsExactly("O", "COUNTRY");
        assertThat(tag("in/IN/O", "Chicago/NNP/LOCATION")).containsExactly("O", "CITY");
        assertThat(tag("Springfield/NNP/LOCATION", ",/,/O", "Ill./NNP/LOCATION"))
                .containsExactly("CITY", "O", "STATE_OR_PROVINCE");
        assertThat(tag("a/DT/O", "Muslim/JJ/MISC", "cleric/NN/O")).containsExactly("O", "RELIGION", "TITLE");
    }

    @Test
    void aPhraseWithMixedTagsIsRetaggedWholeAndOneThatCutsANameNotAtAll() {
        assertThat(tag("Secretary/NNP/O", "of/IN/O", "State/NNP/LOCATION", "Kerry/NNP/PERSON"))
                .containsExactly("TITLE", "TITLE", "TITLE", "PERSON");
        // "press secretary" would cut the organization "White House Press": nothing is retagged, not even "Secretary"
        assertThat(tag("White/NNP/ORGANIZATION", "House/NNP/ORGANIZATION", "Press/NNP/ORGANIZATION",
                "Secretary/NNP/O", "Josh/NNP/PERSON"))
                .containsExactly("ORGANIZATION", "ORGANIZATION", "ORGANIZATION", "O", "PERSON");
        // a place inside a longer location is still the place: "the Florida Straits"
        assertThat(tag("the/DT/O", "Florida/NNP/LOCATION", "Straits/NNPS/LOCATION"))
                .containsExactly("O", "STATE_OR_PROVINCE", "LOCATION");
    }

    @Test
    void citiesReplaceOnlyLocationsAndEveryEntryNeedsANounOrAdjective() {
        assertThat(tag("the/DT/O", "police/NN/O", "said/VBD/O")).containsExactly("O", "O", "O");
        assertThat(tag("LET/VB/O", "HIM/PRP/O", "IN/IN/O")).containsExactly("O", "O", "O");
        assertThat(tag("a/DT/O", "Bill/NNP/PERSON", "Clinton/NNP/PERSON")).containsExactly("O", "PERSON", "PERSON");
    }

    @Test
    void placeCompoundsTakeThePlaceTag() {
        assertThat(tag("a/DT/O", "London-born/JJ/MISC", "writer/NN/O")).containsExactly("O", "CITY", "TITLE");
        assertThat(tag("a/DT/O", "Texas-owned/JJ/O", "firm/NN/O")).containsExactly("O", "STATE_OR_PROVINCE", "O");
        // "New York" is listed first as the state, as in the KBP lists it comes from
        assertThat(tag("the/DT/O", "New/NNP/MISC", "York-born/JJ/MISC", "actor/NN/O"))
                .containsExactly("O", "STATE_OR_PROVINCE", "STATE_OR_PROVINCE", "TITLE");
    }

    @Test
    void addressesAreTaggedByForm() {
        assertThat(tag("write/VB/O", "to/TO/O", "news@example.org/NN/MISC"))
                .containsExactly("O", "O", "EMAIL");
        assertThat(tag("see/VB/O", "www.example.com/NN/O")).containsExactly("O", "URL");
    }

    @Test
    void theListsAreBoundedAndLoadedQuickly() {
        long start = System.nanoTime();
        NameLexicon fresh = NameLexicon.overriding(Path.of(System.getProperty("java.io.tmpdir")));
        assertThat(fresh.size()).isBetween(20_000, 40_000);
        assertThat(fresh.digest()).isEqualTo(NAMES.digest());
        // generous: on a loaded 2-core machine; the KBP pass it replaces read 586,000 rows in tens of seconds
        assertThat((System.nanoTime() - start) / 1e9).isLessThan(10);
    }

    @Test
    void anEditedListChangesTheDigestAndABadRowIsReportedWithItsLine(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("ner-cities.tsv"), "phrase\ttag\treplaces\tmatch\nQeshm\tCITY\tLOCATION\tcaseless\n");
        NameLexicon edited = NameLexicon.overriding(dir);
        assertThat(edited.digest()).isNotEqualTo(NAMES.digest());
        assertThat(edited.tag(List.of("in", "Qeshm"), List.of("IN", "NNP"), List.of("O", "LOCATION")))
                .containsExactly("O", "CITY");
        Files.writeString(dir.resolve("ner-cities.tsv"), "phrase\ttag\treplaces\tmatch\nQeshm\tTOWN\tLOCATION\tcaseless\n");
        assertThatThrownBy(() -> NameLexicon.overriding(dir)).hasMessageContaining("ner-cities.tsv line 2")
                .hasMessageContaining("unknown tag 'TOWN'");
    }
}

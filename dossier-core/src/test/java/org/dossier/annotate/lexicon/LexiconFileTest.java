package org.dossier.annotate.lexicon;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LexiconFileTest {

    private static LexiconFile read(String text) {
        return LexiconFile.read("test.tsv", new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void readsTheHeaderThenRowsByColumnNameSkippingCommentsAndBlankLines() {
        LexiconFile f = read("# a comment\n\nword\tuse\tmodality\nslate\tgovernor\tprediction\n"
                + "  # indented comment\nExpect\tgovernor\tprediction, report\nwill\tauxiliary\t-\n");
        assertThat(f.columns()).containsExactly("word", "use", "modality");
        assertThat(f.rows()).hasSize(3);
        LexiconFile.Row expect = f.rows().get(1);
        assertThat(expect.line()).isEqualTo(6);
        assertThat(expect.get("word")).isEqualTo("Expect");
        assertThat(expect.lower("word")).isEqualTo("expect");
        assertThat(expect.list("modality")).containsExactly("prediction", "report");
        assertThat(f.rows().get(2).get("modality")).isEmpty();
        assertThat(f.rows().get(2).list("modality")).isEqualTo(List.of());
    }

    @Test
    void aShortRowNamesTheFileTheLineAndTheColumnsItNeeds() {
        assertThatThrownBy(() -> read("word\tuse\n# c\nslate\n"))
                .hasMessageContaining("test.tsv line 3")
                .hasMessageContaining("1 tab-separated field(s), the header 2: word, use");
    }

    @Test
    void anEmptyFieldAsksForADash() {
        assertThatThrownBy(() -> read("word\tuse\nslate\t \n"))
                .hasMessageContaining("test.tsv line 2: column 'use' is empty; write - for an empty field");
    }

    @Test
    void aFileWithoutHeaderOrWithTheWrongColumnsIsRefusedByName() {
        assertThatThrownBy(() -> read("# only comments\n")).hasMessageContaining("test.tsv: no header line");
        assertThatThrownBy(() -> read("word\tword\n")).hasMessageContaining("test.tsv line 1")
                .hasMessageContaining("distinct");
        assertThatThrownBy(() -> read("word\n").requireColumns("word", "use"))
                .hasMessageContaining("test.tsv: the header names the columns [word]; this list needs word, use");
    }

    @Test
    void anUnknownColumnIsAnErrorOfItsLine() {
        LexiconFile f = read("word\nslate\n");
        assertThatThrownBy(() -> f.rows().get(0).get("use")).hasMessageContaining("test.tsv line 2: no column 'use'");
    }

    @Test
    void nameParticlesAreOneListForEveryLayer() {
        NameParticles p = Lexicon.standard().nameParticles();
        assertThat(p.isParticle("De")).isTrue();
        assertThat(p.isParticle("van")).isTrue();
        assertThat(p.isParticle("Smith")).isFalse();
        assertThat(p.isAlsoGivenName("Al")).isTrue();
        assertThat(p.isAlsoGivenName("de")).isFalse();
        assertThat(p.alsoGivenNames()).containsExactlyInAnyOrder("al", "van").isSubsetOf(p.all());
        assertThatThrownBy(() -> new NameParticles(read("particle\tgiven-name\nde\tmaybe\n")))
                .hasMessageContaining("test.tsv line 2: given-name is 'maybe'; write yes or no");
    }

    @Test
    void modalityRowsAreCheckedByName() {
        assertThatThrownBy(() -> new ModalityLexicon(read("word\tuse\tmodality\nslate\tgoverner\tprediction\n")))
                .hasMessageContaining("test.tsv line 2: unknown use 'governer'; use one of auxiliary, governor");
        assertThatThrownBy(() -> new ModalityLexicon(read("word\tuse\tmodality\nslate\tgovernor\tforecast\n")))
                .hasMessageContaining("test.tsv line 2: unknown modality 'forecast'; use one of prediction");
        assertThatThrownBy(() -> new ModalityLexicon(read("word\tuse\tmodality\nmay\tauxiliary\tpossibility,"
                + " ability\n"))).hasMessageContaining("test.tsv line 2: 'may' has 2 modalities");
        assertThatThrownBy(() -> new ModalityLexicon(read("word\tuse\tmodality\nmay\tauxiliary\tpossibility\n"
                + "May\tauxiliary\tability\n"))).hasMessageContaining("test.tsv line 3: 'may' is listed twice");
        ModalityLexicon m = new ModalityLexicon(read("word\tuse\tmodality\nexpect\tgovernor\tprediction, report\n"));
        assertThat(m.governor("Expect")).containsExactlyInAnyOrder(Modality.PREDICTION, Modality.REPORT);
        assertThat(m.looksAheadUnder("expect")).isTrue();
        assertThat(m.auxiliary("expect")).isNull();
    }
}

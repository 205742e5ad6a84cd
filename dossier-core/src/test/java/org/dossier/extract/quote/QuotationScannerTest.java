package org.dossier.extract.quote;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Finding quoted passages by their marks, on short texts of our own. */
class QuotationScannerTest {

    private final QuotationScanner scanner = new QuotationScanner();

    private List<String> words(String text) {
        return scanner.scan(text).stream().map(p -> p.inner().text()).toList();
    }

    @Test
    void straightAndCurlyMarksGiveTheWordsWithoutTheClosingComma() {
        assertThat(words("\"We will rebuild the port,\" she said.")).containsExactly("We will rebuild the port");
        assertThat(words("“We will rebuild the port,” she said.")).containsExactly("We will rebuild the port");
        QuotedPassage p = scanner.scan("He wrote: “Talks resume on Monday.”").get(0);
        assertThat(p.inner().text()).isEqualTo("Talks resume on Monday.");
        assertThat(p.outer().text()).isEqualTo("“Talks resume on Monday.”");
        assertThat(p.kind()).isEqualTo(PassageKind.SPEECH);
    }

    @Test
    void partialQuoteInsideASentenceIsShort() {
        List<QuotedPassage> found = scanner.scan("The mayor said the city \"may consider\" the offer.");
        assertThat(found).singleElement().satisfies(p -> {
            assertThat(p.inner().text()).isEqualTo("may consider");
            assertThat(p.kind()).isEqualTo(PassageKind.SHORT);
        });
    }

    @Test
    void quoteSplitByItsAttributionGivesTwoPassages() {
        assertThat(words("“The port is open,” she said. “The ships are late.”"))
                .containsExactly("The port is open", "The ships are late.");
    }

    @Test
    void paragraphOpeningAQuoteWithoutClosingItContinuesInTheNext() {
        String text = "“We will not give up. We never have.\n\n“And we never will,” he said.";
        List<QuotedPassage> found = scanner.scan(text);
        assertThat(found).singleElement().satisfies(p -> {
            assertThat(p.inner().text()).startsWith("We will not give up.").endsWith("And we never will");
            assertThat(p.outer().start()).isZero();
        });
    }

    @Test
    void unclosedQuoteEndsWithItsParagraphWhenTheNextDoesNotReopen() {
        String text = "She said: “the talks failed\nThe union left.";
        assertThat(words(text)).containsExactly("the talks failed");
    }

    @Test
    void nestedSingleQuotesBelongToTheirQuotation() {
        String text = "“They told me ‘wait a week’ and then left,” he said.";
        assertThat(words(text)).containsExactly("They told me ‘wait a week’ and then left");
    }

    @Test
    void apostrophesAreNoQuoteMarks() {
        assertThat(scanner.scan("The union’s leaders didn’t sign the workers’ contract.")).isEmpty();
    }

    @Test
    void singleMarksOutsideDoubleOnesQuoteToo() {
        assertThat(words("Minister: ‘We will settle this week.’")).containsExactly("We will settle this week.");
    }

    @Test
    void typewriterApostrophePairsAreDoubleMarks() {
        assertThat(words("''It is over,'' he said.")).containsExactly("It is over");
    }

    @Test
    void scareQuotesAndTitlesAreToldApartFromSpeech() {
        List<QuotedPassage> found = scanner.scan(
                "The so-called \"reform\" was sung as \"The Long Road Home\" while critics said \"it will never work.\"");
        assertThat(found).extracting(QuotedPassage::kind)
                .containsExactly(PassageKind.SHORT, PassageKind.TITLE, PassageKind.SPEECH);
    }

    @Test
    void passagesComeInTextOrderAndNeverOverlap() {
        List<QuotedPassage> found = scanner.scan("‘Headline words here.’\n\"One thing,\" he said, \"then another.\"");
        assertThat(found).hasSize(3);
        for (int i = 1; i < found.size(); i++) {
            assertThat(found.get(i).outer().start()).isGreaterThanOrEqualTo(found.get(i - 1).outer().end());
        }
    }
}

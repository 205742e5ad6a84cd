package org.dossier.extract.quote;

import org.dossier.annotate.AnnotatedArticle;
import org.dossier.model.Claim;
import org.dossier.model.Quote;
import org.dossier.model.Span;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Quotes take speaker, cue and claim from the claim whose content holds them; terms and titles are no quotes. */
class MarkedQuoteExtractorTest {

    private final MarkedQuoteExtractor extractor = new MarkedQuoteExtractor();

    private static AnnotatedArticle text(String text) {
        return new AnnotatedArticle(text, List.of());
    }

    private static Span span(String text, String words) {
        int s = text.indexOf(words);
        return Span.of(text, s, s + words.length());
    }

    private static Claim claim(String text, String id, String source, String sourceWords, String cue, String content) {
        return new Claim(id, source, span(text, sourceWords), span(text, cue), span(text, content), List.of(), null,
                false);
    }

    @Test
    void quoteTakesSpeakerCueAndClaimFromTheClaimHoldingIt() {
        String t = "“The port stays shut,” Anna said. Later, “we will talk,” Bram told reporters.";
        List<Claim> claims = List.of(
                claim(t, "C1", "E1", "Anna", "said", "“The port stays shut,”"),
                claim(t, "C2", "E2", "Bram", "told", "“we will talk,”"));
        List<Quote> quotes = extractor.extract(text(t), claims);
        assertThat(quotes).extracting(Quote::id).containsExactly("Q1", "Q2");
        assertThat(quotes).extracting(Quote::speaker).containsExactly("E1", "E2");
        assertThat(quotes).extracting(Quote::cue).containsExactly("said", "told");
        assertThat(quotes).extracting(Quote::claim).containsExactly("C1", "C2");
        assertThat(quotes.get(0).span().text()).isEqualTo("The port stays shut");
        assertThat(quotes.get(1).cueSpan().text()).isEqualTo("told");
    }

    @Test
    void shortQuoteIsSpeechOnlyInsideWhatSomeoneSays() {
        String t = "The so-called \"reform\" passed. Anna said the city \"may consider\" it.";
        List<Claim> claims = List.of(claim(t, "C1", "E1", "Anna", "said", "the city \"may consider\" it"));
        List<Quote> quotes = extractor.extract(text(t), claims);
        assertThat(quotes).singleElement().satisfies(q -> {
            assertThat(q.span().text()).isEqualTo("may consider");
            assertThat(q.speaker()).isEqualTo("E1");
        });
    }

    @Test
    void titlesAreNeverQuotesEvenInsideAClaim() {
        String t = "Anna said she loved \"The Long Road Home\" as a child.";
        List<Claim> claims = List.of(claim(t, "C1", "E1", "Anna", "said", "she loved \"The Long Road Home\" as a child"));
        assertThat(extractor.extract(text(t), claims)).isEmpty();
    }

    @Test
    void theTightestHoldingClaimWins() {
        String t = "Anna said Bram believes the plan is \"dead on arrival\".";
        List<Claim> claims = List.of(
                claim(t, "C1", "E1", "Anna", "said", "Bram believes the plan is \"dead on arrival\""),
                claim(t, "C2", "E2", "Bram", "believes", "the plan is \"dead on arrival\""));
        assertThat(extractor.extract(text(t), claims)).singleElement()
                .satisfies(q -> assertThat(q.claim()).isEqualTo("C2"));
    }

    @Test
    void passageNoClaimHoldsIsNoQuote() {
        String t = "Protesters carried signs reading \"no more delays at the port\".";
        assertThat(extractor.extract(text(t), List.of())).isEmpty();
    }
}

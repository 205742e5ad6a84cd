package org.dossier.extract.claim;

import org.dossier.annotate.AnnotatedArticle;
import org.dossier.annotate.CannedArticles;
import org.dossier.annotate.Sentence;
import org.dossier.annotate.Token;
import org.dossier.extract.quote.MarkedQuoteExtractor;
import org.dossier.model.Claim;
import org.dossier.model.Entity;
import org.dossier.model.EntityType;
import org.dossier.model.Quote;
import org.dossier.model.Span;
import org.dossier.model.Timex;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Quotes and claims on a real (canned) CoreNLP annotation of our example article, with its entities given by
 * hand so that the test does not depend on the entity extractor: the layers' contract (spans inside the text,
 * text order, ids, determinism, every quote in its claim) and the constructions the article holds.
 */
class HarborStrikeAttributionTest {

    private final AnnotatedArticle annotated = CannedArticles.harborStrike();
    private final String text = annotated.text();
    private final List<Entity> entities = List.of(
            HandParsed.entity(text, "E1", EntityType.PERSON, "Anna de Vries", "Anna de Vries", "de Vries"),
            HandParsed.entity(text, "E2", EntityType.PERSON, "Maarten Hollander", "Maarten Hollander"),
            HandParsed.entity(text, "E3", EntityType.ORGANIZATION, "Portline Analytics", "Portline Analytics"),
            HandParsed.entity(text, "E4", EntityType.PERSON, "Sanne Verbeek", "Sanne Verbeek"));
    private final CueClaimExtractor claimExtractor = new CueClaimExtractor();
    private final MarkedQuoteExtractor quoteExtractor = new MarkedQuoteExtractor();
    private final List<Claim> claims = claimExtractor.extract(annotated, entities, List.of());
    private final List<Quote> quotes = quoteExtractor.extract(annotated, claims);

    private Claim claimWithCue(String cue) {
        return claims.stream().filter(c -> c.cue() != null && c.cue().text().equals(cue)).findFirst().orElseThrow();
    }

    @Test
    void spansLieInsideTheTextInOrderWithIdsInSequence() {
        List<Span> spans = new ArrayList<>();
        for (int i = 0; i < claims.size(); i++) {
            Claim c = claims.get(i);
            assertThat(c.id()).isEqualTo("C" + (i + 1));
            spans.add(c.content());
            if (c.cue() != null) {
                spans.add(c.cue());
            }
            if (c.sourceSpan() != null) {
                spans.add(c.sourceSpan());
            }
        }
        for (int i = 0; i < quotes.size(); i++) {
            assertThat(quotes.get(i).id()).isEqualTo("Q" + (i + 1));
            spans.add(quotes.get(i).span());
            if (i > 0) {
                assertThat(quotes.get(i).span()).isGreaterThan(quotes.get(i - 1).span());
            }
        }
        for (Span s : spans) {
            assertThat(text.substring(s.start(), s.end())).isEqualTo(s.text());
        }
        assertThat(claims).isNotEmpty();
        assertThat(quotes).isNotEmpty();
    }

    @Test
    void everyQuoteLiesInTheContentOfItsClaim() {
        for (Quote q : quotes) {
            Claim c = claims.stream().filter(x -> x.id().equals(q.claim())).findFirst().orElseThrow();
            assertThat(c.content().contains(q.span())).as(q.span().text()).isTrue();
            assertThat(q.speaker()).isEqualTo(c.source());
        }
    }

    @Test
    void runsAreDeterministicAndAnEmptyArticleHasNone() {
        assertThat(claimExtractor.extract(annotated, entities, List.of())).isEqualTo(claims);
        assertThat(quoteExtractor.extract(annotated, claims)).isEqualTo(quotes);
        String plain = "it rained";
        AnnotatedArticle empty = new AnnotatedArticle(plain, List.of(new Sentence(0, 0, plain.length(), List.of(
                new Token(0, 0, 2, "it", "it", "PRP", "O", "O"),
                new Token(1, 3, 9, "rained", "rain", "VBD", "O", "O")), List.of())));
        assertThat(claimExtractor.extract(empty, List.of(), List.of())).isEmpty();
        assertThat(quoteExtractor.extract(empty, List.of())).isEmpty();
    }

    @Test
    void sourceNamedAfterItsTitleClosesTheSentence() {
        Claim said = claims.get(0);
        assertThat(said.cue().text()).isEqualTo("said");
        assertThat(said.source()).isEqualTo("E1");
        assertThat(said.content().text()).startsWith("Dockworkers at the Port of Rotterdam ended a two-day strike");
    }

    @Test
    void quotationSplitAroundToldReportersIsOneClaimWithTwoQuotes() {
        Claim told = claimWithCue("told");
        assertThat(told.source()).isEqualTo("E1");
        List<Quote> hers = quotes.stream().filter(q -> q.claim().equals(told.id())).toList();
        assertThat(hers).extracting(q -> q.span().text()).containsExactly(
                "We did not want to stop the port, but we had no other way to be heard",
                "The talks on March 10-11 will show whether they listened.");
        assertThat(hers).allSatisfy(q -> assertThat(q.speaker()).isEqualTo("E1"));
    }

    @Test
    void partialQuoteInsideReportedSpeechIsTheSpeakers() {
        Quote partial = quotes.stream().filter(q -> q.span().text().equals("remains committed to a fair agreement"))
                .findFirst().orElseThrow();
        assertThat(partial.speaker()).isEqualTo("E2");
        assertThat(partial.cue()).isEqualTo("said");
    }

    @Test
    void accordingToAFirmNamesItAsTheSource() {
        Claim according = claimWithCue("according to");
        assertThat(according.source()).isEqualTo("E3");
        assertThat(according.sourceSpan().text()).isEqualTo("the shipping data firm Portline Analytics");
        assertThat(according.content().text()).contains("delayed about 120 container ships");
    }

    @Test
    void urgedTakesAddresseeAndInfinitive() {
        Claim urged = claimWithCue("urged");
        assertThat(urged.source()).isEqualTo("E4");
        assertThat(urged.content().text()).startsWith("both sides").contains("to settle the dispute");
    }

    @Test
    void timeOfTheCueBetweenAddresseeAndInfinitiveDatesTheClaimNotTheContentsOwnTimes() {
        List<Timex> timexes = List.of(HandParsed.date(text, "T1", "last week", "2025-W09"),
                HandParsed.date(text, "T2", "Friday", "2025-03-07"),
                HandParsed.date(text, "T3", "Thursday", "2025-03-06"));
        List<Claim> dated = claimExtractor.extract(annotated, entities, timexes);
        Claim urged = dated.stream().filter(c -> c.cue() != null && c.cue().text().equals("urged"))
                .findFirst().orElseThrow();
        assertThat(urged.content().text()).contains("last week");
        assertThat(urged.date()).as("\"urged both sides last week to settle\"").isEqualTo("2025-W09");
        assertThat(dated).filteredOn(c -> c.content().text().contains("by Friday")).singleElement()
                .satisfies(c -> assertThat(c.date()).as("Friday is when traffic returns").isNull());
        assertThat(dated).filteredOn(c -> c.content().text().contains("on Thursday")).singleElement()
                .satisfies(c -> assertThat(c.date()).as("Thursday is when she meets them").isNull());
    }

    @Test
    void thePersonClosingASourcePhraseWinsOverTheOrganizationInHisTitle() {
        // the parse makes "Port" the head of "Port of Rotterdam chief executive Maarten Hollander"; with the
        // port an entity of its own, the source is still the person the phrase ends with
        List<Entity> withPort = new ArrayList<>(entities);
        withPort.add(HandParsed.entity(text, "E5", EntityType.LOCATION, "Port of Rotterdam", "Port of Rotterdam"));
        List<Claim> found = claimExtractor.extract(annotated, withPort, List.of());
        Claim said = found.stream().filter(c -> c.sourceSpan() != null
                && c.sourceSpan().text().endsWith("Maarten Hollander")).findFirst().orElseThrow();
        assertThat(said.source()).isEqualTo("E2");
    }
}

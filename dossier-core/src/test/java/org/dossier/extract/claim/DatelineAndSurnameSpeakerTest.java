package org.dossier.extract.claim;

import org.dossier.annotate.AnnotatedArticle;
import org.dossier.extract.entity.NamedEntityExtractor;
import org.dossier.extract.event.RuleEventExtractor;
import org.dossier.extract.quote.MarkedQuoteExtractor;
import org.dossier.model.Article;
import org.dossier.model.Claim;
import org.dossier.model.Entity;
import org.dossier.model.EntityType;
import org.dossier.model.Event;
import org.dossier.model.Participant;
import org.dossier.model.Quote;
import org.dossier.model.Span;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A wire story of ours through the entity, claim, quote and event layers: the dateline city the parse took for the
 * subject is no actor, and the surname alone the tagger left untagged ("…,” Boric said) is the speaker named in
 * full before it.
 */
class DatelineAndSurnameSpeakerTest {

    private static final Article ARTICLE = new Article("santiago", "Pension talks", "Test Wire", null, "2025-03-04",
            "en", "", "santiago.txt");

    private static AnnotatedArticle santiago() {
        return new HandParsed()
                .sentence("SANTIAGO — President Gabriel Boric met with opposition senators.",
                        "SANTIAGO _ NNP 6 nsubj CITY", "— _ : 1 punct", "President _ NNP 5 compound TITLE",
                        "Gabriel _ NNP 5 compound PERSON", "Boric _ NNP 1 appos PERSON", "met meet VBD 0 root",
                        "with _ IN 9 case", "opposition _ NN 9 compound", "senators senator NNS 6 obl",
                        ". . . 6 punct")
                .paragraph()
                .sentence("“Every worker wins today,” Boric said.", "“ _ `` 9 punct", "Every _ DT 3 det",
                        "worker _ NN 4 nsubj", "wins win VBZ 9 ccomp", "today _ NN 4 obl:tmod", ", , , 9 punct",
                        "” _ '' 9 punct", "Boric _ NNP 9 nsubj", "said say VBD 0 root", ". . . 9 punct")
                .build();
    }

    @Test
    void theBareSurnameIsTheFullNamesMentionAndTheQuotationsSpeaker() {
        AnnotatedArticle a = santiago();
        List<Entity> entities = new NamedEntityExtractor().extract(a, ARTICLE, List.of());
        Entity boric = entities.stream().filter(e -> e.name().equals("Gabriel Boric")).findFirst().orElseThrow();
        assertThat(boric.mentions()).extracting(Span::text).containsExactly("Gabriel Boric", "Boric");
        assertThat(entities).filteredOn(e -> e.type() == EntityType.PERSON).hasSize(1);

        List<Claim> claims = new CueClaimExtractor().extract(a, entities, List.of());
        assertThat(claims).singleElement().satisfies(c -> assertThat(c.source()).isEqualTo(boric.id()));
        List<Quote> quotes = new MarkedQuoteExtractor().extract(a, claims);
        assertThat(quotes).singleElement().satisfies(q -> {
            assertThat(q.span().text()).isEqualTo("Every worker wins today");
            assertThat(q.speaker()).isEqualTo(boric.id());
        });
    }

    @Test
    void theDatelineCityStaysAnEntityButTakesNoPartInTheMeeting() {
        AnnotatedArticle a = santiago();
        List<Entity> entities = new NamedEntityExtractor().extract(a, ARTICLE, List.of());
        Entity santiago = entities.stream().filter(e -> e.type() == EntityType.LOCATION).findFirst().orElseThrow();
        Entity boric = entities.stream().filter(e -> e.name().equals("Gabriel Boric")).findFirst().orElseThrow();
        List<Claim> claims = new CueClaimExtractor().extract(a, entities, List.of());
        List<Event> events = new RuleEventExtractor().extract(a, ARTICLE, entities, List.of(), claims);
        Event met = events.stream().filter(e -> e.predicate().equals("meet")).findFirst().orElseThrow();
        assertThat(met.participants()).extracting(Participant::entity).doesNotContain(santiago.id())
                .contains(boric.id());
        assertThat(met.location()).isNull();
        assertThat(events).allSatisfy(e -> {
            assertThat(e.participants()).extracting(Participant::entity).doesNotContain(santiago.id());
            assertThat(e.location()).isNotEqualTo(santiago.id());
        });
    }
}

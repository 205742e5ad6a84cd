package org.dossier.extract.claim;

import org.dossier.annotate.AnnotatedArticle;
import org.dossier.extract.entity.NamedEntityExtractor;
import org.dossier.extract.entity.References;
import org.dossier.extract.event.RuleEventExtractor;
import org.dossier.model.Article;
import org.dossier.model.Claim;
import org.dossier.model.Entity;
import org.dossier.model.EntityType;
import org.dossier.model.Event;
import org.dossier.model.Participant;
import org.dossier.model.Span;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Pronouns are resolved in the entity layer: claims and events read its resolution (the entities' mentions,
 * {@link References}) instead of resolving again, and what the claim layer asks it beyond that is answered with
 * the same look-back and pronoun list.
 */
class SharedResolutionTest {

    private static final Article ARTICLE = new Article("a1", "Port talks", "Test Wire", null, "2025-03-04", "en",
            "", "a1.txt");

    /** "Anna Berg chairs the board. She said the strike would end." */
    private static AnnotatedArticle annaSaid() {
        return new HandParsed()
                .sentence("Anna Berg chairs the port board.", "Anna _ NNP 2 compound PERSON",
                        "Berg _ NNP 3 nsubj PERSON", "chairs chair VBZ 0 root", "the _ DT 6 det",
                        "port _ NN 6 compound", "board _ NN 3 obj", ". . . 3 punct")
                .sentence("She said the strike would end.", "She _ PRP 2 nsubj", "said say VBD 0 root",
                        "the _ DT 4 det", "strike _ NN 6 nsubj", "would _ MD 6 aux", "end _ VB 2 ccomp",
                        ". . . 2 punct")
                .build();
    }

    @Test
    void claimsAndEventsTakeThePronounTheEntityLayerResolved() {
        AnnotatedArticle a = annaSaid();
        List<Entity> entities = new NamedEntityExtractor().extract(a, ARTICLE, List.of());
        Entity anna = entities.stream().filter(e -> e.name().equals("Anna Berg")).findFirst().orElseThrow();
        assertThat(anna.mentions()).extracting(Span::text).contains("She");
        List<Claim> claims = new CueClaimExtractor().extract(a, entities, List.of());
        assertThat(claims).singleElement().satisfies(c -> {
            assertThat(c.sourceSpan().text()).isEqualTo("She");
            assertThat(c.source()).isEqualTo(anna.id());
        });
        List<Event> events = new RuleEventExtractor().extract(a, ARTICLE, entities, List.of(), claims);
        assertThat(events).filteredOn(e -> e.predicate().equals("say")).singleElement()
                .satisfies(e -> assertThat(e.participants()).extracting(Participant::entity).contains(anna.id()));
    }

    @Test
    void aClaimReadsTheEntityLayersResolutionRatherThanResolvingAgain() {
        AnnotatedArticle a = new HandParsed()
                .sentence("Bram Kok met Jan Smit.", "Bram _ NNP 2 compound PERSON", "Kok _ NNP 3 nsubj PERSON",
                        "met meet VBD 0 root", "Jan _ NNP 5 compound PERSON", "Smit _ NNP 3 obj PERSON",
                        ". . . 3 punct")
                .sentence("He said the talks failed.", "He _ PRP 2 nsubj", "said say VBD 0 root",
                        "the _ DT 4 det", "talks talk NNS 5 nsubj", "failed fail VBD 2 ccomp", ". . . 2 punct")
                .build();
        // the entity layer took "He" for Jan Smit; the claim layer's own look-back would have taken the subject
        List<Entity> entities = List.of(
                HandParsed.entity(a.text(), "E1", EntityType.PERSON, "Bram Kok", "Bram Kok"),
                HandParsed.entity(a.text(), "E2", EntityType.PERSON, "Jan Smit", "Jan Smit", "He"));
        assertThat(new CueClaimExtractor().extract(a, entities, List.of())).singleElement()
                .satisfies(c -> assertThat(c.source()).isEqualTo("E2"));
        List<Entity> unresolved = List.of(entities.get(0),
                HandParsed.entity(a.text(), "E2", EntityType.PERSON, "Jan Smit", "Jan Smit"));
        assertThat(new CueClaimExtractor().extract(a, unresolved, List.of())).singleElement()
                .satisfies(c -> assertThat(c.source()).isEqualTo("E1"));
    }

    /** Anna named, then {@code fillers} sentences without a person, then "She said …". */
    private static AnnotatedArticle annaThen(int fillers) {
        HandParsed h = new HandParsed().sentence("Anna Berg toured the port.", "Anna _ NNP 2 compound PERSON",
                "Berg _ NNP 3 nsubj PERSON", "toured tour VBD 0 root", "the _ DT 5 det", "port _ NN 3 obj",
                ". . . 3 punct");
        for (String noun : List.of("ships", "cranes", "trucks").subList(0, fillers)) {
            h.sentence("The " + noun + " waited.", "The _ DT 2 det", noun + " _ NNS 3 nsubj", "waited wait VBD 0 root",
                    ". . . 3 punct");
        }
        return h.sentence("She said the strike would end.", "She _ PRP 2 nsubj", "said say VBD 0 root",
                "the _ DT 4 det", "strike _ NN 6 nsubj", "would _ MD 6 aux", "end _ VB 2 ccomp", ". . . 2 punct")
                .build();
    }

    @Test
    void claimsLookBackAsFarAsTheEntityLayerAndNoFurther() {
        AnnotatedArticle near = annaThen(References.LOOK_BACK - 1);
        List<Entity> found = new NamedEntityExtractor().extract(near, ARTICLE, List.of());
        assertThat(found).filteredOn(e -> e.name().equals("Anna Berg")).singleElement()
                .satisfies(anna -> assertThat(anna.mentions()).extracting(Span::text).contains("She"));

        AnnotatedArticle far = annaThen(References.LOOK_BACK);
        List<Entity> entities = new NamedEntityExtractor().extract(far, ARTICLE, List.of());
        Entity anna = entities.stream().filter(e -> e.name().equals("Anna Berg")).findFirst().orElseThrow();
        assertThat(anna.mentions()).extracting(Span::text).doesNotContain("She");
        int she = far.text().indexOf("She");
        References refs = new References(far.sentences(), entities, List.of());
        assertThat(refs.antecedent(References.LOOK_BACK + 1, she, EntityType.PERSON, "she")).isNull();
        assertThat(new CueClaimExtractor().extract(far, entities, List.of())).singleElement()
                .satisfies(c -> assertThat(c.source()).isNull());
    }

    @Test
    void aPronounNeverTakesAnEntityTheEntityLayerCallsByTheOtherGender() {
        AnnotatedArticle a = annaThen(1);
        int she = a.text().indexOf("She");
        List<Entity> entities = List.of(
                HandParsed.entity(a.text(), "E1", EntityType.PERSON, "Anna Berg", "Anna Berg", "She"));
        References refs = new References(a.sentences(), entities, List.of());
        assertThat(refs.antecedent(2, she, EntityType.PERSON, "he")).isNull();
        assertThat(refs.antecedent(2, she, EntityType.PERSON, "she")).isEqualTo("E1");
    }

    @Test
    void aSentenceInsideAQuotationNeitherNamesNorCounts() {
        AnnotatedArticle a = annaThen(References.LOOK_BACK);
        int she = a.text().indexOf("She");
        Entity anna = HandParsed.entity(a.text(), "E1", EntityType.PERSON, "Anna Berg", "Anna Berg");
        Span ships = Span.of(a.text(), a.text().indexOf("The ships"), a.text().indexOf("The cranes") - 1);
        References quoted = new References(a.sentences(), List.of(anna), List.of(new References.Quotation(ships, ships)));
        assertThat(quoted.antecedent(3, she, EntityType.PERSON, "she")).isEqualTo("E1");
        References plain = new References(a.sentences(), List.of(anna), List.of());
        assertThat(plain.antecedent(3, she, EntityType.PERSON, "she")).isNull();
    }

    @Test
    void aDescriptionPrefersTheEntityItsNounTitlesAndAPronounTheSubject() {
        AnnotatedArticle a = new HandParsed()
                .sentence("Bram Kok met Jan Smit.", "Bram _ NNP 2 compound PERSON", "Kok _ NNP 3 nsubj PERSON",
                        "met meet VBD 0 root", "Jan _ NNP 5 compound PERSON", "Smit _ NNP 3 obj PERSON",
                        ". . . 3 punct")
                .sentence("He said the talks failed.", "He _ PRP 2 nsubj", "said say VBD 0 root",
                        "the _ DT 4 det", "talks talk NNS 5 nsubj", "failed fail VBD 2 ccomp", ". . . 2 punct")
                .build();
        List<Span> smit = HandParsed.entity(a.text(), "E2", EntityType.PERSON, "Jan Smit", "Jan Smit").mentions();
        List<Entity> entities = List.of(
                HandParsed.entity(a.text(), "E1", EntityType.PERSON, "Bram Kok", "Bram Kok"),
                new Entity("E2", EntityType.PERSON, null, "Jan Smit", List.of(), List.of("head of the union"), smit));
        References refs = new References(a.sentences(), entities, List.of());
        int he = a.text().indexOf("He");
        assertThat(refs.antecedent(1, he, EntityType.PERSON, "he")).isEqualTo("E1");
        assertThat(refs.antecedent(1, he, EntityType.PERSON, "head")).isEqualTo("E2");
    }
}

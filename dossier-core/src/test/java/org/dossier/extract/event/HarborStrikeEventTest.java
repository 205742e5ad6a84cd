package org.dossier.extract.event;

import org.dossier.annotate.AnnotatedArticle;
import org.dossier.annotate.CannedArticles;
import org.dossier.extract.claim.CueClaimExtractor;
import org.dossier.model.Article;
import org.dossier.model.Claim;
import org.dossier.model.Entity;
import org.dossier.model.EntityType;
import org.dossier.model.Event;
import org.dossier.model.EventType;
import org.dossier.model.Participant;
import org.dossier.model.Span;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Events on the real (canned) CoreNLP annotation of our example article, with its entities given by hand (so that
 * the test does not depend on the entity extractor) and its claims from the claim extractor: the parse's own
 * mistakes ("Port" as the subject of "said", "in The Hague" hung on "representatives") are the point.
 */
class HarborStrikeEventTest {

    private final AnnotatedArticle annotated = CannedArticles.harborStrike();
    private final Article article = CannedArticles.harborStrikeArticle();
    private final String text = annotated.text();

    private List<Event> events(String hagueMention) {
        List<Entity> entities = List.of(
                entity("E1", EntityType.PERSON, "Anna de Vries", "Anna de Vries", "de Vries"),
                entity("E2", EntityType.PERSON, "Maarten Hollander", "Maarten Hollander"),
                entity("E3", EntityType.ORGANIZATION, "Portline Analytics", "Portline Analytics"),
                entity("E4", EntityType.PERSON, "Sanne Verbeek", "Sanne Verbeek", "She", "her"),
                entity("E5", EntityType.LOCATION, "The Hague", hagueMention));
        List<Claim> claims = new CueClaimExtractor().extract(annotated, entities, List.of());
        return new RuleEventExtractor().extract(annotated, article, entities, List.of(), claims);
    }

    private Entity entity(String id, EntityType type, String name, String... surfaces) {
        List<Span> mentions = new ArrayList<>();
        for (String s : surfaces) {
            Matcher m = Pattern.compile("\\b" + Pattern.quote(s) + "\\b").matcher(text);
            while (m.find()) {
                mentions.add(Span.of(text, m.start(), m.end()));
            }
        }
        mentions.sort(null);
        return new Entity(id, type, null, name, List.of(), List.of(), mentions);
    }

    private static Event at(List<Event> events, String trigger, int sentence) {
        return events.stream().filter(e -> e.trigger().text().equals(trigger) && e.sentence() == sentence)
                .findFirst().orElseThrow();
    }

    @Test
    void theSayingOfAClaimHasTheClaimsSourceThoughTheParseGaveItAnotherSubject() {
        List<Event> events = events("The Hague");
        Event said = at(events, "said", 3);
        assertThat(said.type()).isEqualTo(EventType.STATEMENT);
        assertThat(said.participants()).containsExactly(new Participant("E2", "source"));
        assertThat(at(events, "said", 0).participants()).containsExactly(new Participant("E1", "source"));
        assertThat(at(events, "told", 1).participants()).containsExactly(new Participant("E1", "source"));
        assertThat(at(events, "urged", 5).participants()).containsExactly(new Participant("E4", "source"));
        assertThat(at(events, "said", 6).participants()).as("'her ministry' is no entity").isEmpty();
    }

    @Test
    void placeHungOnTheObjectLocatesTheMeetingWhateverTheMentionCovers() {
        for (String mention : List.of("The Hague", "Hague")) {
            Event meet = at(events(mention), "meet", 6);
            assertThat(meet.type()).isEqualTo(EventType.MEETING);
            assertThat(meet.location()).as(mention).isEqualTo("E5");
        }
    }
}

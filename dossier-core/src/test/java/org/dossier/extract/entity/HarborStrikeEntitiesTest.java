package org.dossier.extract.entity;

import org.dossier.annotate.AnnotatedArticle;
import org.dossier.annotate.CannedArticles;
import org.dossier.extract.time.RuleTimexTagger;
import org.dossier.model.Article;
import org.dossier.model.Entity;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The entities of our own example article, on CoreNLP's real (canned) tags: a title keeps the whole "Port of
 * Rotterdam", the surname keeps its particle ("de Vries", which CoreNLP tags "de/IN"), "The Hague" keeps its
 * article, and the second "Port of Rotterdam" (CoreNLP tags only "Rotterdam") is a mention of the first.
 */
class HarborStrikeEntitiesTest {

    private final List<Entity> entities = extract();

    private static List<Entity> extract() {
        AnnotatedArticle annotated = CannedArticles.harborStrike();
        Article article = CannedArticles.harborStrikeArticle();
        return new NamedEntityExtractor().extract(annotated, article,
                new RuleTimexTagger().tag(annotated, article.anchor()));
    }

    private Entity named(String name) {
        return entities.stream().filter(e -> e.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no entity named '" + name + "' in " + entities));
    }

    @Test
    void aTitleBeforeANameKeepsTheWholeOrganizationName() {
        assertThat(named("Maarten Hollander").titles())
                .containsExactly("Port of Rotterdam chief executive", "chief executive");
        assertThat(named("Sanne Verbeek").titles()).containsExactly("Dutch Economy Minister", "Economy Minister");
    }

    @Test
    void theSurnameKeepsItsParticle() {
        Entity vries = named("Anna de Vries");
        assertThat(vries.aliases()).containsExactly("de Vries");
        assertThat(vries.titles()).containsExactly("union leader");
        assertThat(vries.mentions()).extracting(m -> m.text()).containsExactly("Anna de Vries", "de Vries");
    }

    @Test
    void theSecondPortOfRotterdamCoreNlpTaggedOnlyInPartIsAMentionOfTheFirst() {
        Entity port = named("Port of Rotterdam");
        assertThat(port.mentions()).extracting(m -> m.text()).containsExactly("Port of Rotterdam", "Port of Rotterdam");
        assertThat(entities).extracting(Entity::name).doesNotContain("Rotterdam");
    }

    @Test
    void theHagueKeepsItsArticle() {
        assertThat(entities).extracting(Entity::name).contains("The Hague").doesNotContain("Hague");
    }
}

package org.dossier.extract.claim;

import org.dossier.annotate.AnnotatedArticle;
import org.dossier.extract.entity.NamedEntityExtractor;
import org.dossier.model.Article;
import org.dossier.model.Entity;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A name followed by a comma and common nouns that run to the end of the sentence, with no full stop ("Anna Berg,
 * the port"), as a piece of a long article or a list ends: the search for an appositive title stops at the
 * sentence's end instead of reading past it (it failed the whole 5 MB benchmark article).
 */
class SentenceEndTitleTest {

    @Test
    void anAppositiveRunningToTheSentencesEndIsReadUpToItsLastWord() {
        AnnotatedArticle a = new HandParsed()
                .sentence("Anna Berg , the port", "Anna _ NNP 2 compound PERSON", "Berg _ NNP 0 root PERSON",
                        ", , , 2 punct", "the _ DT 5 det", "port _ NN 2 appos")
                .build();
        Article article = new Article("a1", "Port", "Test Wire", null, "2025-03-04", "en", a.text(), "a1.txt");
        List<Entity> entities = new NamedEntityExtractor().extract(a, article, List.of());
        assertThat(entities).extracting(Entity::name).contains("Anna Berg");
    }
}

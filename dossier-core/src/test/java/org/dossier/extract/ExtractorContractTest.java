package org.dossier.extract;

import org.dossier.annotate.AnnotatedArticle;
import org.dossier.annotate.CannedArticles;
import org.dossier.annotate.Sentence;
import org.dossier.annotate.Token;
import org.dossier.extract.entity.NamedEntityExtractor;
import org.dossier.extract.event.RuleEventExtractor;
import org.dossier.extract.time.RuleTimexTagger;
import org.dossier.model.Article;
import org.dossier.model.Entity;
import org.dossier.model.Event;
import org.dossier.model.Span;
import org.dossier.model.Timex;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The contract every extractor keeps, checked on a real (canned) annotation: spans inside the text and equal to
 * it, text order, ids in sequence, deterministic output, nothing from an article with nothing in it.
 */
class ExtractorContractTest {

    private final AnnotatedArticle annotated = CannedArticles.harborStrike();
    private final Article article = CannedArticles.harborStrikeArticle();

    private static void assertSpansValid(String text, List<Span> spans) {
        for (Span s : spans) {
            assertThat(s.end()).isLessThanOrEqualTo(text.length());
            assertThat(text.substring(s.start(), s.end())).as("span text").isEqualTo(s.text());
        }
    }

    @Test
    void timexes() {
        RuleTimexTagger tagger = new RuleTimexTagger();
        List<Timex> first = tagger.tag(annotated, article.anchor());
        assertThat(first).isNotEmpty();
        assertSpansValid(annotated.text(), first.stream().map(Timex::span).toList());
        for (int i = 0; i < first.size(); i++) {
            assertThat(first.get(i).id()).isEqualTo("T" + (i + 1));
            if (i > 0) {
                assertThat(first.get(i).span().start()).as("text order, no overlap")
                        .isGreaterThanOrEqualTo(first.get(i - 1).span().end());
            }
        }
        assertThat(tagger.tag(annotated, article.anchor())).isEqualTo(first);
        assertThat(tagger.tag(empty(), Optional.of(LocalDate.of(2025, 3, 4)))).isEmpty();
    }

    @Test
    void entities() {
        NamedEntityExtractor extractor = new NamedEntityExtractor();
        List<Timex> timexes = new RuleTimexTagger().tag(annotated, article.anchor());
        List<Entity> first = extractor.extract(annotated, article, timexes);
        assertThat(first).isNotEmpty();
        List<Span> all = new ArrayList<>();
        for (int i = 0; i < first.size(); i++) {
            Entity e = first.get(i);
            assertThat(e.id()).isEqualTo("E" + (i + 1));
            assertThat(e.mentions()).isNotEmpty().isSorted();
            all.addAll(e.mentions());
            for (Timex t : timexes) {
                assertThat(e.mentions()).noneMatch(m -> m.equals(t.span()));
            }
        }
        assertSpansValid(annotated.text(), all);
        for (int i = 1; i < first.size(); i++) {
            assertThat(first.get(i).mentions().get(0)).as("ids follow first mentions")
                    .isGreaterThan(first.get(i - 1).mentions().get(0));
        }
        assertThat(extractor.extract(annotated, article, timexes)).isEqualTo(first);
        Article plain = new Article("plain", null, null, null, null, "en", empty().text(), "plain.txt");
        assertThat(extractor.extract(empty(), plain, List.of())).isEmpty();
    }

    @Test
    void events() {
        RuleEventExtractor extractor = new RuleEventExtractor();
        List<Timex> timexes = new RuleTimexTagger().tag(annotated, article.anchor());
        List<Entity> entities = new NamedEntityExtractor().extract(annotated, article, timexes);
        List<Event> first = extractor.extract(annotated, article, entities, timexes, List.of());
        assertThat(first).isNotEmpty();
        assertSpansValid(annotated.text(), first.stream().map(Event::trigger).toList());
        Set<String> entityIds = new HashSet<>();
        entities.forEach(e -> entityIds.add(e.id()));
        Set<String> timexIds = new HashSet<>();
        timexes.forEach(t -> timexIds.add(t.id()));
        for (int i = 0; i < first.size(); i++) {
            Event e = first.get(i);
            assertThat(e.id()).isEqualTo("V" + (i + 1));
            if (i > 0) {
                assertThat(e.trigger()).as("text order").isGreaterThan(first.get(i - 1).trigger());
            }
            assertThat(e.participants()).allSatisfy(p -> assertThat(entityIds).contains(p.entity()));
            if (e.location() != null) {
                assertThat(entityIds).contains(e.location());
            }
            if (e.timex() != null) {
                assertThat(timexIds).contains(e.timex());
            }
            assertThat(e.cameo()).isEqualTo(e.type().cameo());
        }
        assertThat(extractor.extract(annotated, article, entities, timexes, List.of())).isEqualTo(first);
        Article plain = new Article("plain", null, null, null, null, "en", empty().text(), "plain.txt");
        assertThat(extractor.extract(empty(), plain, List.of(), List.of(), List.of())).isEmpty();
    }

    /** One sentence with nothing to extract. */
    private static AnnotatedArticle empty() {
        String text = "it rained";
        return new AnnotatedArticle(text, List.of(new Sentence(0, 0, text.length(), List.of(
                new Token(0, 0, 2, "it", "it", "PRP", "O", "O"),
                new Token(1, 3, 9, "rained", "rain", "VBD", "O", "O")), List.of())));
    }
}

package org.dossier.extract.time;

import org.dossier.annotate.AnnotatedArticle;
import org.dossier.model.Timex;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** The output contract: text order, no overlaps, spans inside the text, ids in sequence, determinism. */
class RuleTimexTaggerTest {

    private final RuleTimexTagger tagger = new RuleTimexTagger();

    @Test
    void resultIsOrderedNonOverlappingAndNumbered() {
        AnnotatedArticle a = ArticleFixture.of("Zelensky visited Brussels on Dec. 18 for a two-day summit.",
                "He said Tuesday that talks on Dec. 18-19 would last the two days, as in September 2022.").build();
        List<Timex> out = tagger.tag(a, Optional.of(LocalDate.of(2024, 12, 18)));
        assertThat(out).extracting(t -> t.span().text())
                .containsExactly("Dec. 18", "two-day", "Tuesday", "Dec. 18-19", "the two days", "September 2022");
        for (int i = 0; i < out.size(); i++) {
            Timex t = out.get(i);
            assertThat(t.id()).isEqualTo("T" + (i + 1));
            assertThat(a.text().substring(t.span().start(), t.span().end())).isEqualTo(t.span().text());
            if (i > 0) {
                assertThat(t.span().start()).isGreaterThanOrEqualTo(out.get(i - 1).span().end());
            }
        }
        assertThat(tagger.tag(a, Optional.of(LocalDate.of(2024, 12, 18)))).isEqualTo(out);
    }

    @Test
    void nothingInAnArticleWithoutTime() {
        AnnotatedArticle a = ArticleFixture.of("The cat sat on the mat.").build();
        assertThat(tagger.tag(a, Optional.of(LocalDate.of(2024, 12, 18)))).isEmpty();
        assertThat(tagger.tag(new AnnotatedArticle("", List.of()), Optional.empty())).isEmpty();
    }

    @Test
    void worksWithoutSentencesOrTokens() {
        AnnotatedArticle a = new AnnotatedArticle("Talks began on Dec. 7 in Paris.", List.of());
        assertThat(tagger.tag(a, Optional.of(LocalDate.of(2024, 12, 18))))
                .extracting(Timex::value).containsExactly("2024-12-07");
    }
}

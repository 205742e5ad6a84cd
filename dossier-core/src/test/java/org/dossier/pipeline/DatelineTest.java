package org.dossier.pipeline;

import org.dossier.extract.time.RuleTimexTagger;
import org.dossier.model.Article;
import org.dossier.model.ArticleRecord;
import org.dossier.model.EntityType;
import org.dossier.model.Timex;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** An article without a publication date takes the date at its head, and only that. */
class DatelineTest {

    private static final DossierPipeline PIPELINE = new DossierPipeline(FakePipelines.whitespace(0),
            new Extractors(new RuleTimexTagger(), FakePipelines.capitalizedEntities(EntityType.MISC),
                    (annotated, entities, timexes) -> List.of(), (annotated, claims) -> List.of(),
                    (annotated, article, entities, timexes, claims) -> List.of()));

    private static ArticleRecord undated(String text) {
        return PIPELINE.process(new Article("a", null, null, null, null, "en", text, "a.txt"), List.of());
    }

    private static String value(ArticleRecord r, String text) {
        return r.timexes().stream().filter(t -> t.span().text().equals(text)).map(Timex::value).findFirst()
                .orElseThrow(() -> new AssertionError("no timex '" + text + "' in " + r.timexes()));
    }

    @Test
    void aDateAloneOnALineUnderTheTitleIsThePublicationDate() {
        ArticleRecord r = undated("Airbus test flight delayed\nSeptember 01 , 2007\nA test flight was delayed today.");
        assertThat(value(r, "today")).isEqualTo("2007-09-01");
        assertThat(r.article().published()).isEqualTo("2007-09-01");
        assertThat(r.warnings()).singleElement().asString()
                .contains("dateline 2007-09-01 on line 2").contains("--published");
    }

    @Test
    void aDatelineWithAPlaceBeforeTheStory() {
        ArticleRecord r = undated("KYIV, Dec. 18, 2024 — Officials met on Tuesday.");
        assertThat(value(r, "Tuesday")).isEqualTo("2024-12-17");
    }

    @Test
    void aPublishedLineWithATime() {
        ArticleRecord r = undated("Port strike ends\nPublished: 2025-03-04 10:05\nThe strike ended yesterday.");
        assertThat(value(r, "yesterday")).isEqualTo("2025-03-03");
    }

    @Test
    void aHeadlineThatStartsWithADateIsNotADateline() {
        ArticleRecord r = undated("September 11, 2001 – The day that changed everything\nBy Jane Doe\n"
                + "Twenty-three years ago today, hijackers crashed planes.");
        assertThat(value(r, "today")).isEqualTo("XXXX-XX-XX");
        assertThat(r.article().published()).isNull();
        ArticleRecord colon = undated("January 6, 2021: Remembering the riot\nIt began yesterday.");
        assertThat(value(colon, "yesterday")).isEqualTo("XXXX-XX-XX");
    }

    @Test
    void aBylineWithADate() {
        ArticleRecord r = undated("Port strike ends\nBy Jane Doe | Dec. 18, 2024\nThe strike ended yesterday.");
        assertThat(value(r, "yesterday")).isEqualTo("2024-12-17");
    }

    @Test
    void aDatelineFollowedByALongRunOfBlanksIsReadInOnePass() {
        ArticleRecord r = undated("Title\nSeptember 01, 2007" + " ".repeat(200_000) + "x\nIt rained today.");
        assertThat(value(r, "today")).isEqualTo("XXXX-XX-XX");
    }

    @Test
    void aDateInsideTheStoryIsNotADateline() {
        ArticleRecord r = undated("The war began on May 6, 1999, and ended today.");
        assertThat(value(r, "today")).isEqualTo("XXXX-XX-XX");
        assertThat(r.article().published()).isNull();
        assertThat(r.warnings()).singleElement().asString().contains("left underspecified");
    }

    @Test
    void aDateBelowTheFirstLinesIsNotADateline() {
        ArticleRecord r = undated("Title\n\nByline\n\nFirst paragraph.\n\nSecond paragraph.\n\nMay 6, 1999\n\nIt rained today.");
        assertThat(value(r, "today")).isEqualTo("XXXX-XX-XX");
    }

    @Test
    void aPublicationDateInTheMetadataWins() {
        ArticleRecord r = PIPELINE.process(new Article("a", null, null, null, "2008-01-02", "en",
                "Title\nSeptember 01, 2007\nIt rained today.", "a.txt"), List.of());
        assertThat(value(r, "today")).isEqualTo("2008-01-02");
        assertThat(r.warnings()).isEmpty();
    }
}

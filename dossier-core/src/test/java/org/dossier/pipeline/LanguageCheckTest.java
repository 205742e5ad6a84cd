package org.dossier.pipeline;

import org.dossier.model.Article;
import org.dossier.model.ArticleRecord;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 15, item 6: a Ukrainian and a Russian article (written for this test, a few sentences each) are flagged
 * before annotation, an English one is not, and metadata that names another language than the text's is flagged.
 */
class LanguageCheckTest {

    static final String UKRAINIAN = "Київ, 3 грудня. Міністр закордонних справ України заявив у вівторок, що уряд "
            + "продовжить переговори з європейськими партнерами щодо енергетичної підтримки. За його словами, зима "
            + "буде важкою, але країна має достатні запаси газу. Він також подякував усім, хто допомагає відновлювати "
            + "зруйновану інфраструктуру.";

    static final String RUSSIAN = "Москва, 3 декабря. Представитель министерства заявил во вторник, что "
            + "правительство продолжит переговоры с партнёрами о поставках энергии. По его словам, зима будет "
            + "трудной, но у страны есть достаточные запасы газа. Он также поблагодарил всех, кто помогает "
            + "восстанавливать разрушенную инфраструктуру.";

    static final String ENGLISH = "KYIV, Dec. 3 — Ukraine's foreign minister said on Tuesday that the government "
            + "would continue talks with European partners on energy support. The winter will be hard, he said, but "
            + "the country has enough gas in storage. He also thanked everyone helping to rebuild damaged "
            + "infrastructure.";

    private static Article article(String text, String language) {
        return new Article("a", null, "Wire", null, "2025-12-03", language, text, "a.txt");
    }

    @Test
    void ukrainianAndRussianAreToldApartAndFlagged() {
        assertThat(LanguageCheck.detect(UKRAINIAN)).get().extracting(LanguageCheck.Detected::code).isEqualTo("uk");
        assertThat(LanguageCheck.detect(RUSSIAN)).get().extracting(LanguageCheck.Detected::code).isEqualTo("ru");
        assertThat(LanguageCheck.warnings(article(UKRAINIAN, null))).singleElement().asString()
                .startsWith("the text looks Ukrainian (uk), not English: Dossier's language models read English only")
                .contains("--english-only");
        assertThat(LanguageCheck.warnings(article(RUSSIAN, null))).singleElement().asString()
                .startsWith("the text looks Russian (ru), not English");
        assertThat(LanguageCheck.refusal(article(RUSSIAN, null))).get().asString()
                .isEqualTo("a.txt: the text looks Russian (ru), not English, and --english-only is given; the "
                        + "article was skipped");
    }

    @Test
    void englishIsNotFlagged() {
        assertThat(LanguageCheck.detect(ENGLISH)).get().extracting(LanguageCheck.Detected::code).isEqualTo("en");
        assertThat(LanguageCheck.warnings(article(ENGLISH, "en"))).isEmpty();
        assertThat(LanguageCheck.warnings(article(ENGLISH, "en-GB"))).isEmpty();
        assertThat(LanguageCheck.refusal(article(ENGLISH, null))).isEmpty();
    }

    @Test
    void metadataThatNamesAnotherLanguageIsFlagged() {
        assertThat(LanguageCheck.warnings(article(ENGLISH, "uk"))).containsExactly("the metadata says language 'uk', "
                + "but the text looks English (en); correct \"language\" in the metadata");
        assertThat(LanguageCheck.warnings(article(UKRAINIAN, "ru"))).hasSize(2)
                .anySatisfy(w -> assertThat(w).isEqualTo("the metadata says language 'ru', but the text looks "
                        + "Ukrainian (uk); correct \"language\" in the metadata"));
        assertThat(LanguageCheck.warnings(article(UKRAINIAN, "en"))).as("'en' is the readers' default: the "
                + "not-English warning says it").singleElement().asString().startsWith("the text looks Ukrainian");
        assertThat(LanguageCheck.warnings(article(UKRAINIAN, "uk"))).hasSize(1);
    }

    @Test
    void aTextTooShortForAVerdictIsLeftAlone() {
        assertThat(LanguageCheck.detect("Київ, 3 грудня.")).isEmpty();
        assertThat(LanguageCheck.warnings(article("Київ, 3 грудня.", "en"))).isEmpty();
    }

    @Test
    void thePipelineWarnsInTheRecordBeforeAnnotating() {
        ArticleRecord r = FakePipelines.capitalized(0).process(article(UKRAINIAN, null), List.of("read from a test"));
        assertThat(r.warnings()).hasSize(2).first().asString().isEqualTo("read from a test");
        assertThat(r.warnings().get(1)).startsWith("the text looks Ukrainian (uk), not English");
    }
}

package org.dossier.web;

import org.dossier.ingest.ArticleReader;
import org.dossier.pipeline.DossierPipelines;
import org.dossier.corpus.CorpusIngest;
import org.dossier.store.StoreLocation;
import org.dossier.store.jdbc.JdbcStore;
import org.dossier.testing.Needs;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;

import java.io.InputStream;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The acceptance in the browser, on the founding article ({@code ../shared/corpus/dev}) ingested with the
 * real pipeline (annotations cached in {@code -Ddossier.annotationCache}, default {@code target/annotation-cache}):
 * search for "air defense" finds it; its view highlights Mark Rutte as a person titled NATO Secretary General and
 * "Dec. 18-19" as a date; Volodymyr Zelensky's timeline starts with the September 2022 application. Needs the
 * timex, entity and event extractors.
 */
@Needs.Chromium
@Needs.Shared("corpus/dev")
class FoundingArticleBrowserIT {

    static final String ID = "kyiv-independent-2024-12-18-zelensky-brussels";

    @TempDir
    static Path dir;
    static WebServer server;
    static ChromeDriver browser;

    @BeforeAll
    static void start() {
        Path dev = Needs.shared("corpus/dev");
        Path cache = Path.of(System.getProperty("dossier.annotationCache", "target/annotation-cache"));
        StoreLocation db = new StoreLocation.Sqlite(dir.resolve("founding.db"));
        try (JdbcStore store = JdbcStore.open(db, Clock.systemUTC())) {
            CorpusIngest.Summary s = new CorpusIngest(store, DossierPipelines.cached(cache), 1,
                    CorpusIngest.DEFAULT_MAX_CHARS, a -> a).run(sink -> new ArticleReader(InputStream.nullInputStream())
                    .read(List.of(dev.toString()), sink), new CorpusIngest.Listener() {
                        @Override
                        public void stored(String origin, String id, List<String> warnings) {
                        }

                        @Override
                        public void alreadyStored(String origin, String id, String existingId) {
                        }

                        @Override
                        public void failed(String origin, String message) {
                            throw new AssertionError(origin + ": " + message);
                        }
                    });
            assertThat(s.stored()).isEqualTo(1);
        }
        server = WebServer.start(db, WebOptions.readOnly(0), () -> {
            throw new AssertionError("no ingest here");
        }, Clock.systemUTC());
        browser = Browser.open();
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.quit();
        }
        if (server != null) {
            server.close();
        }
    }

    @Test
    void searchForAirDefenseFindsTheFoundingArticle() {
        browser.get(server.url() + "/search?q=air+defense");
        assertThat(browser.findElements(By.cssSelector("#hits a.title"))).extracting(e -> e.getAttribute("href"))
                .contains(server.url() + "/article/" + ID);
    }

    @Test
    void theArticleViewHighlightsRutteAsATitledPersonAndTheSummitDates() {
        browser.get(server.url() + "/article/" + ID);
        assertThat(browser.findElement(By.id("published")).getText()).isEqualTo("2024-12-18");
        WebElement rutte = browser.findElements(By.cssSelector("#text span.ent-PERSON")).stream()
                .filter(e -> e.getText().equals("Mark Rutte")).findFirst()
                .orElseThrow(() -> new AssertionError("Mark Rutte is not highlighted as a person"));
        new Actions(browser).moveToElement(rutte).perform();
        String entityRef = List.of(rutte.getAttribute("data-refs").split(" ")).stream()
                .filter(r -> r.startsWith("e-")).findFirst().orElseThrow();
        WebElement record = browser.findElement(By.id("rec-" + entityRef));
        assertThat(record.isDisplayed()).isTrue();
        assertThat(record.findElement(By.cssSelector("dd.f-titles")).getText()).contains("NATO Secretary General");
        WebElement range = browser.findElements(By.cssSelector("#text span.tx-DATE")).stream()
                .filter(e -> e.getText().equals("Dec. 18-19")).findFirst()
                .orElseThrow(() -> new AssertionError("Dec. 18-19 is not highlighted as a date"));
        range.click();
        assertThat(browser.findElement(By.id("rec-" + range.getAttribute("data-refs").split(" ")[0])).getText())
                .contains("2024-12-18/2024-12-19");
    }

    @Test
    void zelenskysTimelineStartsWithTheSeptember2022Application() {
        browser.get(server.url() + "/entities?name=Volodymyr%20Zelensky");
        assertThat(browser.findElement(By.id("entity-name")).getText()).isEqualTo("Volodymyr Zelensky");
        List<WebElement> items = browser.findElements(By.cssSelector("#timeline-list li"));
        assertThat(items).isNotEmpty();
        assertThat(items.get(0).getText()).startsWith("2022-09").containsIgnoringCase("application");
    }
}

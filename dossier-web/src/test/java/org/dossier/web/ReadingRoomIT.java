package org.dossier.web;

import org.dossier.testing.Needs;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The reading room in headless Chromium over hand-built records (no models): search, hover a highlight to see its
 * record, the entity timeline and its zoom, a hostile article that must stay inert. Screenshots go to
 * {@code target/screenshots}; with {@code -Ddossier.screenshots=DIR} (e.g. {@code docs}) they are copied there.
 */
@Needs.Chromium
class ReadingRoomIT {

    @TempDir
    static Path dir;
    static WebServer server;
    static ChromeDriver browser;

    @BeforeAll
    static void start() {
        server = WebFixtures.readOnlyServer(dir);
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

    static void screenshot(String name) throws IOException {
        Path out = Path.of("target", "screenshots", name);
        Files.createDirectories(out.getParent());
        Files.write(out, browser.getScreenshotAs(OutputType.BYTES));
        String docs = System.getProperty("dossier.screenshots");
        if (docs != null && !docs.isBlank()) {
            Files.copy(out, Path.of(docs).resolve(name), StandardCopyOption.REPLACE_EXISTING);
        }
    }

    @Test
    void searchHoverAndRecord() throws IOException {
        browser.get(server.url() + "/");
        WebElement box = browser.findElement(By.cssSelector("form.filters input[name=q]"));
        box.sendKeys("air defense");
        box.submit();
        List<WebElement> hits = browser.findElements(By.cssSelector("#hits a.title"));
        assertThat(hits).extracting(WebElement::getText).contains("Zelensky meets Rutte");
        hits.stream().filter(h -> h.getText().equals("Zelensky meets Rutte")).findFirst().orElseThrow().click();

        WebElement rutte = browser.findElements(By.cssSelector("#text span.ent-PERSON")).stream()
                .filter(e -> e.getText().equals("Mark Rutte")).findFirst().orElseThrow();
        WebElement record = browser.findElement(By.id("rec-" + rutte.getAttribute("data-refs")));
        assertThat(record.isDisplayed()).isFalse();
        new Actions(browser).moveToElement(rutte).perform();
        assertThat(record.isDisplayed()).isTrue();
        assertThat(record.getText()).contains("Mark Rutte").contains("PERSON").contains("NATO Secretary General");

        WebElement dec = browser.findElements(By.cssSelector("#text span.tx")).stream()
                .filter(e -> e.getText().equals("Dec. 18-19")).findFirst().orElseThrow();
        dec.click();
        WebElement date = browser.findElement(By.id("rec-" + dec.getAttribute("data-refs")));
        assertThat(date.getText()).contains("2024-12-18/2024-12-19");
        assertThat(browser.findElement(By.id("original")).getAttribute("href")).isEqualTo("https://example.org/kyiv");
        new Actions(browser).moveToElement(rutte).perform();
        screenshot("article-view.png");
    }

    @Test
    void entityTimelineStartsWithTheApplicationAndZooms() throws IOException {
        browser.get(server.url() + "/entities?name=Volodymyr%20Zelensky");
        assertThat(browser.findElement(By.id("entity-name")).getText()).isEqualTo("Volodymyr Zelensky");
        List<WebElement> items = browser.findElements(By.cssSelector("#timeline-list li"));
        assertThat(items.get(0).getText()).contains("2022-09-30").contains("application");
        WebElement first = browser.findElement(By.cssSelector("svg.timeline a.item"));
        String before = first.getAttribute("transform");
        browser.findElement(By.cssSelector("[data-zoom=in]")).click();
        assertThat(first.getAttribute("transform")).isNotEqualTo(before);
        browser.findElement(By.cssSelector("[data-zoom=reset]")).click();
        assertThat(first.getAttribute("transform")).isEqualTo(before);
        assertThat(browser.findElements(By.cssSelector("svg.timeline a.fact-reported circle"))).isNotEmpty();
        screenshot("entity-page.png");
    }

    @Test
    void theEntityTimelineLeadsToACorpusEventAndItsReports() throws IOException {
        browser.get(server.url() + "/entities?name=Volodymyr%20Zelensky");
        List<WebElement> rows = browser.findElements(By.cssSelector("#corpus-events tbody tr"));
        assertThat(rows.get(0).getText()).contains("2022-09-30").contains("REQUEST").contains("1 report");
        WebElement meeting = rows.stream().filter(r -> r.getText().contains("MEETING")).findFirst().orElseThrow();
        meeting.findElement(By.cssSelector("a")).click();
        assertThat(browser.findElement(By.id("event-title")).getText()).contains("MEETING").contains("meet");
        List<WebElement> reports = browser.findElements(By.cssSelector("#reports tbody tr"));
        assertThat(reports).isNotEmpty();
        assertThat(reports.get(0).getText()).contains("Zelensky meets Rutte").contains("Kyiv Independent")
                .contains("asserted");
        screenshot("corpus-event.png");
        browser.get(server.url() + "/timeline?family=other");
        assertThat(browser.findElement(By.cssSelector("select[name=family]")).getAttribute("value")).isEqualTo("other");
    }

    @Test
    void theHostileArticleIsInert() {
        browser.get(server.url() + "/article/" + WebFixtures.XSS);
        assertThatThrownBy(() -> browser.switchTo().alert()).isInstanceOf(NoAlertPresentException.class);
        assertThat(browser.findElements(By.tagName("iframe"))).isEmpty();
        assertThat(browser.findElements(By.cssSelector("#text img, #text a, #text svg, main script"))).isEmpty();
        assertThat(browser.findElements(By.tagName("script"))).extracting(s -> s.getAttribute("src"))
                .containsExactly(server.url() + "/static/dossier.js");
        assertThat(browser.findElement(By.id("text")).getText()).contains("<script>alert('xss')</script>");
        assertThat(browser.findElement(By.id("original")).getTagName()).isEqualTo("span");
        for (WebElement span : browser.findElements(By.cssSelector("#text [data-refs]"))) {
            span.click();
        }
        assertThatThrownBy(() -> browser.switchTo().alert()).isInstanceOf(NoAlertPresentException.class);
        assertThat(browser.findElement(By.cssSelector("h1")).getText()).isEqualTo("<img src=x onerror=alert('title')>");
    }
}

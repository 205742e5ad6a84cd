package org.dossier.web;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** The HTML pages over hand-built records: what they show, and that hostile text stays text. */
class PagesTest {

    @TempDir
    static Path dir;
    static WebServer server;
    static Http http;

    @BeforeAll
    static void start() {
        server = WebFixtures.readOnlyServer(dir);
        http = new Http(server.url());
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    static String page(String path) {
        HttpResponse<String> r = http.get(path);
        assertThat(r.statusCode()).as(path).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type")).get().asString().startsWith("text/html");
        return r.body();
    }

    @Test
    void searchFindsArticlesAndNamesEntities() {
        String html = page("/search?q=air+defense");
        assertThat(html).contains("href=\"/article/" + WebFixtures.KYIV + "\"").contains("Zelensky meets Rutte");
        assertThat(page("/search?q=Rutte")).contains("href=\"/entity/");
        assertThat(page("/search?q=air+defense&from=2024-12-19")).doesNotContain("Zelensky meets Rutte");
        assertThat(page("/")).contains("Ukraine applies to NATO").contains("Zelensky meets Rutte");
        assertThat(page("/search?type=REQUEST")).contains("Ukraine applies to NATO").doesNotContain("Zelensky meets Rutte");
    }

    @Test
    void theArticleViewHighlightsEveryLayerWithItsRecord() {
        String html = page("/article/" + WebFixtures.KYIV);
        assertThat(html).contains("href=\"https://example.org/kyiv\"").contains(">2024-12-18<");
        assertThat(html).containsPattern("<span class=\"ent ent-PERSON\" data-refs=\"e-E2\"[^>]*>Mark Rutte</span>");
        assertThat(html).containsPattern("<span class=\"tx tx-DATE\" data-refs=\"t-T1\"[^>]*>Dec. 18-19</span>");
        assertThat(html).contains("class=\"ev ev-asserted\"").contains("ev ev-hypothetical").contains("ev ev-expected")
                .contains("class=\"qt cl cl-content\"");
        assertThat(html).containsPattern(Pattern.compile("id=\"rec-e-E2\".*?NATO Secretary General", Pattern.DOTALL));
        assertThat(html).containsPattern(Pattern.compile("id=\"rec-t-T1\".*?2024-12-18/2024-12-19", Pattern.DOTALL));
        assertThat(html).containsPattern(Pattern.compile("id=\"rec-c-C1\".*?NATO officials", Pattern.DOTALL));
        assertThat(html).containsPattern(Pattern.compile("id=\"rec-v-V3\".*?expected", Pattern.DOTALL));
        assertThat(html).containsPattern(Pattern.compile("id=\"rec-q-Q1\".*?Volodymyr Zelensky", Pattern.DOTALL));
        assertThat(html).contains("<script src=\"/static/dossier.js\"></script>");
    }

    @Test
    void aHostileArticleRendersAsText() {
        String html = page("/article/" + WebFixtures.XSS);
        assertThat(html).doesNotContain("<script>alert").doesNotContain("<img src=x").doesNotContain("<iframe")
                .doesNotContainPattern("<a[^>]+href=\"\\s*javascript:")
                .doesNotContain("<svg onload").doesNotContain("<b>Evil");
        assertThat(html).contains(">&lt;script&gt;alert('xss')&lt;/script&gt;</span>")
                .contains("&lt;a href=\"javascript:alert('link')\"&gt;here&lt;/a&gt; or javascript:alert('bare')")
                .contains("<h1>&lt;img src=x onerror=alert('title')&gt;</h1>");
        // the javascript: URL is shown, not linked
        assertThat(html).containsPattern("<span class=\"original unsafe\" id=\"original\">javascript:alert");
        // every <script> on the page is ours
        assertThat(Pattern.compile("<script").matcher(html).results().count()).isEqualTo(1);
        String search = page("/search?q=breaking");
        assertThat(search).doesNotContain("<script>alert").doesNotContain("<img src=x");
    }


    @Test
    void theEntityPageShowsNamesTitlesTimelineQuotesAndClaims() {
        HttpResponse<String> redirect = http.get("/entities?name=Volodymyr+Zelensky");
        assertThat(redirect.statusCode()).isEqualTo(302);
        String location = redirect.headers().firstValue("Location").orElseThrow();
        assertThat(location).matches("/entity/\\d+");
        String html = page(location);
        assertThat(html).contains("<h1 id=\"entity-name\">Volodymyr Zelensky</h1>").contains("President");
        int list = html.indexOf("id=\"timeline-list\"");
        assertThat(list).isPositive();
        String items = html.substring(list);
        assertThat(items.indexOf("2022-09-30")).isLessThan(items.indexOf("2024-12-18"));
        assertThat(items).containsPattern(Pattern.compile("<li class=\"fact-asserted\"><time>2022-09-30</time>.*?"
                + "application", Pattern.DOTALL));
        assertThat(html).contains("class=\"item fact-asserted\"").contains("class=\"item fact-reported\"");
        assertThat(html).contains("We need air defense,");
        assertThat(html).contains("id=\"neighbours\"").contains(">Mark Rutte</a>");
        assertThat(page("/entity/" + location.substring(8).strip())).contains("Claims about it");
    }

    @Test
    void theTimelinePageDrawsListsAndOffersDownloads() {
        String html = page("/timeline?entity=Rutte&from=2024-01-01");
        assertThat(html).contains("id=\"download-csv\" href=\"/api/timeline?from=2024-01-01&amp;entity=Rutte&amp;limit=500&amp;format=csv\"");
        assertThat(html).contains("class=\"item fact-expected\"").contains("<path d=\"M0,-7 L7,0 L0,7 L-7,0 Z\">");
        assertThat(html).contains("value=\"Rutte\"");
    }

    @Test
    void errorsArePagesThatSayWhatWasWrong() {
        HttpResponse<String> bad = http.get("/timeline?from=yesterday");
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.body()).contains("parameter 'from': 'yesterday' is not a date");
        HttpResponse<String> missing = http.get("/article/%3Cscript%3Enope");
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.body()).contains("No article '&lt;script&gt;nope'").doesNotContain("<script>nope");
        assertThat(http.get("/entity/424242").statusCode()).isEqualTo(404);
        assertThat(http.get("/ingest").body()).contains("Ingest from the browser is off");
    }
}

package org.dossier.web;

import com.fasterxml.jackson.databind.JsonNode;
import org.dossier.store.StoreLocation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Limits and writes: rate, request size, the token, and a hostile article ingested through the browser route. */
class SecurityTest {

    @TempDir
    Path dir;

    static String resource(String name) {
        try (InputStream in = SecurityTest.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new AssertionError(name, e);
        }
    }

    private WebServer server(WebOptions options) {
        return WebServer.start(new StoreLocation.Sqlite(dir.resolve("web.db")), options, WebFixtures::pipeline,
                Clock.fixed(Instant.parse("2025-01-01T10:00:05Z"), ZoneOffset.UTC));
    }

    @Test
    void aClientOverTheRateLimitGets429WithRetryAfter() {
        try (WebServer s = server(WebOptions.readOnly(0).withRequestsPerMinute(5))) {
            Http http = new Http(s.url());
            for (int i = 0; i < 5; i++) {
                assertThat(http.get("/api/articles").statusCode()).isEqualTo(200);
            }
            HttpResponse<String> r = http.get("/api/articles");
            assertThat(r.statusCode()).isEqualTo(429);
            assertThat(r.headers().firstValue("Retry-After")).contains("55");
            assertThat(r.body()).contains("at most 5 a minute");
        }
    }

    @Test
    void aBodyOverTheSizeLimitGets413() {
        WebOptions o = new WebOptions("127.0.0.1", 0, "a-long-test-token", 100, 4096);
        try (WebServer s = server(o)) {
            HttpResponse<String> r = new Http(s.url()).post("/api/ingest", "a-long-test-token", "text/plain",
                    new byte[10_000]);
            assertThat(r.statusCode()).isEqualTo(413);
            assertThat(r.body()).contains("413").contains("4096 bytes");
        }
    }

    @Test
    void optionsAreCheckedWithTheFix() {
        assertThatThrownBy(() -> new WebOptions("127.0.0.1", 70_000, null, 10, 4096)).hasMessageContaining("not a TCP port");
        assertThatThrownBy(() -> WebOptions.readOnly(0).withIngestToken("short")).hasMessageContaining("at least 8");
    }

    @Test
    void writesNeedTheTokenAndAHostileUploadRendersInert() throws InterruptedException {
        try (WebServer s = server(WebOptions.readOnly(0).withIngestToken("a-long-test-token"))) {
            Http http = new Http(s.url());
            Map<String, String> files = Map.of("xss-article.txt", resource("xss-article.txt"),
                    "xss-article.meta.json", resource("xss-article.meta.json"));
            HttpResponse<String> none = http.multipart("/api/ingest", null, Map.of(), files);
            assertThat(none.statusCode()).isEqualTo(401);
            assertThat(none.body()).contains("needs the server's token");
            assertThat(http.multipart("/api/ingest", "wrong-token-123", Map.of(), files).statusCode()).isEqualTo(403);
            assertThat(http.multipart("/ingest", null, Map.of("token", "wrong-token-123"), files).statusCode())
                    .isEqualTo(403);
            HttpResponse<String> empty = http.multipart("/api/ingest", "a-long-test-token", Map.of(), Map.of());
            assertThat(empty.statusCode()).isEqualTo(400);
            assertThat(empty.body()).contains("nothing to ingest");
            assertThat(http.multipart("/api/ingest", "a-long-test-token", Map.of("url", "javascript:alert(1)"),
                    Map.of()).body()).contains("is not an http(s) address");

            HttpResponse<String> queued = http.multipart("/ingest", null, Map.of("token", "a-long-test-token"), files);
            assertThat(queued.statusCode()).isEqualTo(303);
            String jobPage = queued.headers().firstValue("Location").orElseThrow();
            String job = jobPage.substring(jobPage.lastIndexOf('/') + 1);
            JsonNode progress = null;
            for (int i = 0; i < 100; i++) {
                progress = ApiTest.parse(http.getWithToken("/api/ingest/" + job, "a-long-test-token").body());
                if (!List.of("queued", "running").contains(progress.path("state").asText())) {
                    break;
                }
                Thread.sleep(100);
            }
            assertThat(progress.path("state").asText()).as(progress.toString()).isEqualTo("done");
            assertThat(progress.path("stored").asInt()).isEqualTo(1);
            assertThat(progress.path("articles").get(0).asText()).isEqualTo("xss-uploaded");
            assertThat(http.getWithToken(jobPage, "a-long-test-token").body()).contains("done")
                    .contains("href=\"/article/xss-uploaded\"");
            assertThat(http.getWithToken("/ingest", "a-long-test-token").body()).contains("xss-article.txt");

            String html = http.get("/article/xss-uploaded").body();
            assertThat(html).contains("&lt;script&gt;alert('xss')&lt;/script&gt;")
                    .contains("&lt;script&gt;alert('title')&lt;/script&gt;")
                    .doesNotContainPattern("<a[^>]+href=\"\\s*javascript:")
                    .doesNotContain("<img src=x").doesNotContain("<iframe").doesNotContain("<svg onload")
                    .doesNotContain("<b>Hostile");
            assertThat(Pattern.compile("<script").matcher(html).results().count()).isEqualTo(1);
            // the stored text is the upload, byte for byte
            assertThat(ApiTest.parse(http.get("/api/articles/xss-uploaded").body()).path("document").path("url")
                    .asText()).isEqualTo("javascript:alert('url')");
        }
    }

    @Test
    void uploadNamesLoseTheirFoldersAndStayUnique() {
        assertThat(IngestRoutes.safeName("../../etc/passwd", List.of())).isEqualTo("passwd");
        assertThat(IngestRoutes.safeName("C:\\x\\.hidden.txt", List.of())).isEqualTo("hidden.txt");
        assertThat(IngestRoutes.safeName("a b?.txt", List.of("a_b_.txt"))).isEqualTo("a_b_-2.txt");
        assertThat(IngestRoutes.safeName(null, List.of())).isEqualTo("upload.txt");
    }
}

package org.dossier.web;

import com.fasterxml.jackson.databind.JsonNode;
import org.dossier.store.StoreLocation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Ingest jobs are shown only with the token (header, or the cookie the form sets in the browser that queued them);
 * no response names a server folder; "already stored as X" names the stored article and links to it.
 */
class IngestJobAccessTest {

    static final String TOKEN = "a-long-test-token";
    static final String TEXT = "Volodymyr Zelensky met Mark Rutte in Brussels on Wednesday to ask for more air "
            + "defense systems before the winter.";

    @TempDir
    Path dir;

    private WebServer server() {
        return WebServer.start(new StoreLocation.Sqlite(dir.resolve("web.db")), WebOptions.readOnly(0)
                .withIngestToken(TOKEN), WebFixtures::pipeline, Clock.systemUTC());
    }

    static JsonNode awaitJob(Http http, String job) throws InterruptedException {
        JsonNode progress = null;
        for (int i = 0; i < 150; i++) {
            progress = ApiTest.parse(http.getWithToken("/api/ingest/" + job, TOKEN).body());
            if (!List.of("queued", "running").contains(progress.path("state").asText())) {
                return progress;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("job " + job + " did not end: " + progress);
    }

    private static String queue(Http http, Map<String, String> files) {
        HttpResponse<String> r = http.multipart("/api/ingest", TOKEN, Map.of(), files);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(202);
        return ApiTest.parse(r.body()).path("job").asText();
    }

    @Test
    void jobsAreShownOnlyWithTheToken() throws InterruptedException {
        try (WebServer s = server()) {
            Http http = new Http(s.url());
            String job = queue(http, Map.of("secret-source.txt", TEXT));
            awaitJob(http, job);

            String list = http.get("/ingest").body();
            assertThat(list).contains("<form").doesNotContain(job).doesNotContain("secret-source")
                    .contains("Jobs are listed only");
            HttpResponse<String> api = http.get("/api/ingest/" + job);
            assertThat(api.statusCode()).isEqualTo(401);
            assertThat(api.body()).contains("shown only with the server's token").doesNotContain("secret-source");
            assertThat(http.get("/ingest/jobs/" + job).statusCode()).isEqualTo(401);
            assertThat(http.get("/api/ingest/" + job, Map.of("Authorization", "Bearer wrong-token-123")).statusCode())
                    .isEqualTo(401);
            assertThat(http.get("/api/ingest/" + job, Map.of("Cookie", IngestRoutes.COOKIE + "=forged")).statusCode())
                    .isEqualTo(401);

            assertThat(http.getWithToken("/ingest", TOKEN).body()).contains(job).contains("secret-source.txt");
            assertThat(http.getWithToken("/ingest/jobs/" + job, TOKEN).statusCode()).isEqualTo(200);

            // the browser's way: the form's POST sets a cookie that shows the jobs, and it is not the token
            HttpResponse<String> form = http.multipart("/ingest", null, Map.of("token", TOKEN),
                    Map.of("second.txt", TEXT + " Again."));
            assertThat(form.statusCode()).isEqualTo(303);
            String cookie = form.headers().firstValue("Set-Cookie").orElseThrow();
            assertThat(cookie).contains("HttpOnly").contains("SameSite=Strict").doesNotContain(TOKEN);
            Map<String, String> browser = Map.of("Cookie", cookie.substring(0, cookie.indexOf(';')));
            assertThat(http.get(form.headers().firstValue("Location").orElseThrow(), browser).statusCode())
                    .isEqualTo(200);
            assertThat(http.get("/ingest", browser).body()).contains(job);
        }
    }

    @Test
    void noResponseNamesAServerFolderAndAlreadyStoredNamesTheStoredArticle() throws InterruptedException {
        try (WebServer s = server()) {
            Http http = new Http(s.url());
            awaitJob(http, queue(http, Map.of("first.txt", TEXT)));
            String job = queue(http, Map.of("second.txt", TEXT, "broken.jsonl", "{not json\n"));
            JsonNode done = awaitJob(http, job);
            String json = done.toString();
            String page = http.getWithToken("/ingest/jobs/" + job, TOKEN).body();
            String tmp = System.getProperty("java.io.tmpdir");
            for (String body : List.of(json, page, http.getWithToken("/ingest", TOKEN).body())) {
                assertThat(body).doesNotContain(tmp).doesNotContain("dossier-upload-");
            }
            assertThat(json).contains("second.txt: already stored as first").contains("broken.jsonl");
            assertThat(done.path("articles").get(0).asText()).isEqualTo("first");
            assertThat(page).contains("href=\"/article/first\"");
            assertThat(http.get("/article/first").statusCode()).isEqualTo(200);
        }
    }
}

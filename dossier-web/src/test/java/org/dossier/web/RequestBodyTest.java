package org.dossier.web;

import org.dossier.store.StoreLocation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Bodies: an oversized body without a length (chunked) gets 413, a malformed multipart upload 400, with or
 * without the token; no error names a Java class; the access log has one line per request, without the query.
 */
class RequestBodyTest {

    static final String TOKEN = "a-long-test-token";
    static final String BOUNDARY = "----dossier-test-boundary";

    @TempDir
    Path dir;

    private WebServer server(long maxBytes, List<String> log) {
        return WebServer.start(new StoreLocation.Sqlite(dir.resolve("web.db")), new WebOptions("127.0.0.1", 0, TOKEN,
                1000, maxBytes), WebFixtures::pipeline, Clock.systemUTC(), log == null ? null : log::add);
    }

    /** A POST whose body has no Content-Length: Java's client sends it chunked. */
    static HttpResponse<String> chunked(String url, String token, String contentType, byte[] body)
            throws IOException, InterruptedException {
        HttpRequest.Builder r = HttpRequest.newBuilder(URI.create(url)).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body)));
        if (token != null) {
            r.header("Authorization", "Bearer " + token);
        }
        return HttpClient.newHttpClient().send(r.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    static byte[] upload(int size) {
        String head = "--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"files\"; filename=\"big.txt\""
                + "\r\nContent-Type: text/plain\r\n\r\n";
        String tail = "\r\n--" + BOUNDARY + "--\r\n";
        return (head + "a".repeat(size) + tail).getBytes(StandardCharsets.UTF_8);
    }

    static void noClassNames(String body) {
        assertThat(body).doesNotContainPattern("\\b(java|javax|jakarta|org\\.eclipse|io\\.javalin)\\.[a-z]")
                .doesNotContainPattern("[A-Z]\\w*(Exception|Error)\\b");
    }

    @Test
    void anOversizedChunkedBodyGets413WithOrWithoutTheToken() throws Exception {
        try (WebServer s = server(4096, null)) {
            for (String token : new String[]{TOKEN, null}) {
                for (String path : List.of("/api/ingest", "/ingest")) {
                    HttpResponse<String> r = chunked(s.url() + path, token, "multipart/form-data; boundary="
                            + BOUNDARY, upload(20_000));
                    assertThat(r.statusCode()).as(path + " token " + token + ": " + r.body()).isEqualTo(413);
                    assertThat(r.body()).contains("4096 bytes").contains("--max-request-bytes");
                    noClassNames(r.body());
                }
            }
            HttpResponse<String> form = chunked(s.url() + "/api/ingest", null, "application/x-www-form-urlencoded",
                    ("url=" + "a".repeat(20_000)).getBytes(StandardCharsets.UTF_8));
            assertThat(form.statusCode()).as(form.body()).isEqualTo(413);
        }
    }

    @Test
    void aMalformedMultipartUploadGets400WithOrWithoutTheToken() throws Exception {
        try (WebServer s = server(1_000_000, null)) {
            List<byte[]> broken = List.of(
                    "no boundary here at all".getBytes(StandardCharsets.UTF_8),
                    ("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"files\"; filename=\"a.txt\"\r\n\r\n"
                            + "never closed").getBytes(StandardCharsets.UTF_8));
            for (byte[] body : broken) {
                for (String token : new String[]{TOKEN, null}) {
                    HttpResponse<String> r = chunked(s.url() + "/api/ingest", token, "multipart/form-data; boundary="
                            + BOUNDARY, body);
                    assertThat(r.statusCode()).as(new String(body, StandardCharsets.UTF_8) + " / " + token + ": "
                            + r.body()).isEqualTo(400);
                    assertThat(r.body()).contains("not a well-formed");
                    noClassNames(r.body());
                }
            }
        }
    }

    @Test
    void theAccessLogHasOneLinePerRequestWithoutTheQuery() {
        List<String> log = new CopyOnWriteArrayList<>();
        try (WebServer s = server(4096, log)) {
            Http http = new Http(s.url());
            http.get("/api/search?q=confidential");
            http.get("/no/such/page");
        }
        List<String> lines = new ArrayList<>(log);
        assertThat(lines).hasSize(2);
        assertThat(lines.get(0)).matches("\\d{4}-\\d\\d-\\d\\dT\\S+Z GET /api/search 200 \\d+ms")
                .doesNotContain("confidential");
        assertThat(lines.get(1)).matches("\\S+ GET /no/such/page 404 \\d+ms");
    }

    @Test
    void failuresReadingTheBodyAreToldApartFromServerErrors() {
        assertThat(WebServer.statusOf(new IllegalStateException("Request exceeds maxRequestSize (4096)"))).isEqualTo(413);
        assertThat(WebServer.statusOf(new RuntimeException(new IllegalStateException("Form is larger than max length"))))
                .isEqualTo(413);
        assertThat(WebServer.statusOf(new RuntimeException(new jakarta.servlet.ServletException("bad")))).isEqualTo(400);
        assertThat(WebServer.statusOf(new NullPointerException())).isEqualTo(500);
        assertThat(WebServer.statusOf(new java.io.UncheckedIOException(new IOException("disk full")))).isEqualTo(500);
    }
}

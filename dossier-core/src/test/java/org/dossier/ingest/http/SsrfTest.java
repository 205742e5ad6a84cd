package org.dossier.ingest.http;

import com.sun.net.httpserver.HttpServer;
import org.dossier.ingest.ArticleInput;
import org.dossier.ingest.sources.Sources;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Server-side request forgery: only public addresses are fetched, judged on the address a name resolves to, on
 * every redirect, and a local feed file's item links are fetched only when asked. The tests run two loopback
 * servers: one allowed with --allow-host 127.0.0.1 (standing for a public site), and a "private" one that a
 * redirect or a name pointing at loopback must not reach.
 */
class SsrfTest {

    private HttpServer site;
    private HttpServer secret;
    private String siteBase;
    private int secretPort;
    private final List<String> secretHits = new CopyOnWriteArrayList<>();
    private final List<String> siteHits = new CopyOnWriteArrayList<>();

    static final String PAGE = "<html><head><title>Air defense</title></head><body><article><p>President Zelensky "
            + "visited Brussels on Wednesday and met NATO leaders about air defense and the winter.</p></article>"
            + "</body></html>";

    @BeforeEach
    void serve() throws IOException {
        secret = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        secret.createContext("/", ex -> {
            secretHits.add(ex.getRequestURI().toString());
            respond(ex, 200, "text/html", PAGE, null);
        });
        secret.start();
        secretPort = secret.getAddress().getPort();
        site = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        site.createContext("/", ex -> {
            String path = ex.getRequestURI().getPath();
            siteHits.add(path);
            switch (path) {
                case "/to-secret" -> respond(ex, 302, "text/plain", "", "http://localhost:" + secretPort + "/metadata");
                case "/to-metadata" -> respond(ex, 301, "text/plain", "", "http://169.254.169.254/latest/meta-data/");
                case "/to-page" -> respond(ex, 307, "text/plain", "", "/page");
                case "/loop" -> respond(ex, 302, "text/plain", "", "/loop");
                case "/chunked" -> {
                    ex.getResponseHeaders().add("Content-Type", "text/html");
                    ex.sendResponseHeaders(200, 0);
                    try (OutputStream out = ex.getResponseBody()) {
                        byte[] b = PAGE.getBytes(StandardCharsets.UTF_8);
                        out.write(b, 0, 10);
                        out.flush();
                        out.write(b, 10, b.length - 10);
                    }
                }
                default -> respond(ex, 200, "text/html; charset=utf-8", PAGE, null);
            }
        });
        site.start();
        siteBase = "http://127.0.0.1:" + site.getAddress().getPort();
    }

    private static void respond(com.sun.net.httpserver.HttpExchange ex, int status, String type, String body,
                                String location) throws IOException {
        byte[] b = body.getBytes(StandardCharsets.UTF_8);
        ex.getResponseHeaders().add("Content-Type", type);
        if (location != null) {
            ex.getResponseHeaders().add("Location", location);
        }
        ex.sendResponseHeaders(status, b.length == 0 ? -1 : b.length);
        ex.getResponseBody().write(b);
        ex.close();
    }

    @AfterEach
    void stop() {
        site.stop(0);
        secret.stop(0);
    }

    private static HttpFetcher fetcher(AddressPolicy policy) {
        return new HttpFetcher(null, Duration.ofSeconds(5), Duration.ZERO, System::nanoTime, n -> { }, policy);
    }

    private static AddressPolicy allowSite() {
        return AddressPolicy.allowing(List.of("127.0.0.1"));
    }

    @Test
    void aNameIsJudgedByTheAddressItResolvesTo() {
        assertThatThrownBy(() -> fetcher(AddressPolicy.publicOnly()).get(URI.create("http://localhost:" + secretPort
                + "/x"))).hasMessageContaining("refused").hasMessageContaining("'localhost' is 127.0.0.1")
                .hasMessageContaining("loopback").hasMessageContaining("--allow-host localhost");
        AddressPolicy rebound = AddressPolicy.publicOnly().withResolver(host -> new InetAddress[]{
                InetAddress.getByName("93.184.215.14"), InetAddress.getByName("10.0.0.7")});
        assertThatThrownBy(() -> fetcher(rebound).get(URI.create("http://news.example/story")))
                .hasMessageContaining("'news.example' is 10.0.0.7, a private address");
        assertThat(secretHits).isEmpty();
    }

    @Test
    void aRedirectFromAnAllowedSiteToAPrivateTargetIsRefused() {
        assertThatThrownBy(() -> fetcher(allowSite()).get(URI.create(siteBase + "/to-secret")))
                .hasMessageContaining("http://localhost:" + secretPort + "/metadata (redirected from " + siteBase
                        + "/to-secret)").hasMessageContaining("refused").hasMessageContaining("loopback");
        assertThatThrownBy(() -> fetcher(allowSite()).get(URI.create(siteBase + "/to-metadata")))
                .hasMessageContaining("169.254.169.254").hasMessageContaining("link-local");
        assertThat(siteHits).containsExactly("/to-secret", "/to-metadata");
        assertThat(secretHits).isEmpty();
    }

    @Test
    void redirectsWithinAnAllowedSiteAreFollowedAndBounded() throws IOException {
        HttpFetcher.Page page = fetcher(allowSite()).get(URI.create(siteBase + "/to-page"));
        assertThat(page.uri()).hasToString(siteBase + "/page");
        assertThat(new String(page.body(), StandardCharsets.UTF_8)).isEqualTo(PAGE);
        assertThat(fetcher(allowSite()).get(URI.create(siteBase + "/chunked")).body())
                .isEqualTo(PAGE.getBytes(StandardCharsets.UTF_8));
        assertThatThrownBy(() -> fetcher(allowSite()).get(URI.create(siteBase + "/loop")))
                .hasMessageContaining("more than " + HttpFetcher.MAX_REDIRECTS + " redirects");
    }

    @Test
    void literalAddressesOfEveryNonPublicKindAreRefused() throws UnknownHostException {
        for (String a : List.of("127.0.0.1", "10.1.2.3", "172.16.0.1", "172.31.255.255", "192.168.1.1",
                "169.254.169.254", "100.64.0.1", "100.127.255.254", "224.0.0.1", "0.0.0.0", "255.255.255.255", "::1",
                "::", "fc00::1", "fd12:3456::1", "fe80::1", "ff02::1", "::ffff:127.0.0.1", "::ffff:10.0.0.1",
                "::ffff:169.254.169.254", "::10.0.0.1", "2002:a00:1::")) {
            assertThat(AddressPolicy.whyRefused(InetAddress.getByName(a))).as(a).isNotNull();
        }
        for (String a : List.of("93.184.215.14", "172.32.0.1", "100.128.0.1", "8.8.8.8", "2606:2800:220:1::1")) {
            assertThat(AddressPolicy.whyRefused(InetAddress.getByName(a))).as(a).isNull();
        }
        assertThatThrownBy(() -> fetcher(AddressPolicy.publicOnly()).get(URI.create("http://[::ffff:127.0.0.1]:"
                + secretPort + "/"))).hasMessageContaining("refused");
        assertThatThrownBy(() -> fetcher(AddressPolicy.publicOnly()).get(URI.create("file:///etc/passwd")))
                .hasMessageContaining("not an http(s) address");
        assertThat(secretHits).isEmpty();
    }

    @Test
    void aLocalFeedFileFetchesItsItemLinksOnlyWhenAsked(@TempDir Path dir) throws IOException {
        Path feed = dir.resolve("wire.rss");
        Files.writeString(feed, "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Wire</title>"
                + "<item><title>Air defense</title><link>" + siteBase + "/story-1</link>"
                + "<description>Short.</description><pubDate>Wed, 18 Dec 2024 09:00:00 GMT</pubDate></item>"
                + "</channel></rss>");
        List<ArticleInput> out = new ArrayList<>();
        new Sources(new ByteArrayInputStream(new byte[0]), fetcher(allowSite())).read(List.of(feed.toString()),
                out::add);
        assertThat(siteHits).isEmpty();
        assertThat(out).singleElement().isInstanceOfSatisfying(ArticleInput.Failed.class, f ->
                assertThat(f.message()).contains("not fetched").contains("--fetch-items"));

        out.clear();
        new Sources(new ByteArrayInputStream(new byte[0]), fetcher(allowSite()), true).read(List.of(feed.toString()),
                out::add);
        assertThat(siteHits).containsExactly("/story-1");
        assertThat(out).singleElement().isInstanceOfSatisfying(ArticleInput.Loaded.class, l ->
                assertThat(l.article().text()).contains("President Zelensky visited Brussels"));
    }
}

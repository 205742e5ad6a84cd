package org.dossier.ingest.feed;

import com.sun.net.httpserver.HttpServer;
import org.dossier.ingest.ArticleInput;
import org.dossier.ingest.http.AddressPolicy;
import org.dossier.ingest.http.HttpFetcher;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Feeds and fetching, with pages served from a local HTTP server on loopback (allowed with --allow-host). */
class FeedArticlesTest {

    private HttpServer server;
    private String base;
    private final List<String> userAgents = new CopyOnWriteArrayList<>();
    private final AtomicLong clock = new AtomicLong();
    private final List<Long> slept = new ArrayList<>();

    static final String PAGE = "<html><head><meta property=\"article:published_time\" content=\"2024-12-18\">"
            + "<meta property=\"og:site_name\" content=\"Wire\"></head><body><article><p>President Zelensky visited "
            + "Brussels on Wednesday and met NATO leaders about air defense.</p></article></body></html>";

    @BeforeEach
    void serve() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", ex -> {
            userAgents.add(ex.getRequestHeaders().getFirst("User-Agent"));
            String path = ex.getRequestURI().getPath();
            byte[] body = path.startsWith("/missing") ? new byte[0] : PAGE.getBytes(StandardCharsets.UTF_8);
            ex.getResponseHeaders().add("Content-Type", "text/html; charset=utf-8");
            ex.sendResponseHeaders(path.startsWith("/missing") ? 404 : 200, body.length == 0 ? -1 : body.length);
            ex.getResponseBody().write(body);
            ex.close();
        });
        server.start();
        base = "http://127.0.0.1:" + server.getAddress().getPort();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private HttpFetcher fetcher() {
        return new HttpFetcher(null, Duration.ofSeconds(5), Duration.ofMillis(500), clock::get, n -> {
            slept.add(n);
            clock.addAndGet(n);
        }, AddressPolicy.allowing(List.of("127.0.0.1")));
    }

    private List<ArticleInput> read(String xml) {
        List<ArticleInput> out = new ArrayList<>();
        new FeedArticles(fetcher()).read(xml.getBytes(StandardCharsets.UTF_8), "wire.rss", out::add);
        return out;
    }

    @Test
    void itemPagesAreFetchedPolitelyAndBadDatesNamed() {
        String rss = "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Wire</title><link>" + base
                + "</link><description>d</description>"
                + "<item><title>One</title><link>" + base + "/one</link><pubDate>Wed, 18 Dec 2024 09:30:00 GMT</pubDate></item>"
                + "<item><title>Two</title><link>" + base + "/two</link><pubDate>Tues, 13 Jan</pubDate></item>"
                + "<item><title>Gone</title><link>" + base + "/missing</link></item>"
                + "</channel></rss>";
        List<ArticleInput> in = read(rss);
        assertThat(in).hasSize(3);
        ArticleInput.Loaded one = (ArticleInput.Loaded) in.get(0);
        assertThat(one.article().text()).startsWith("President Zelensky visited Brussels");
        assertThat(one.article().published()).isEqualTo("2024-12-18");
        assertThat(one.article().title()).isEqualTo("One");
        assertThat(one.article().origin()).isEqualTo("wire.rss item 1");
        ArticleInput.Loaded two = (ArticleInput.Loaded) in.get(1);
        assertThat(two.warnings()).anySatisfy(w -> assertThat(w).contains("item 2").contains("'Tues, 13 Jan'")
                .contains("RFC 822"));
        assertThat(in.get(2)).isInstanceOf(ArticleInput.Failed.class);
        assertThat(((ArticleInput.Failed) in.get(2)).message()).contains("wire.rss item 3").contains("HTTP 404");
        assertThat(userAgents).hasSize(3).allSatisfy(ua -> assertThat(ua).startsWith("Dossier/"));
        assertThat(slept).hasSize(2).allSatisfy(n -> assertThat(n).isEqualTo(Duration.ofMillis(500).toNanos()));
    }

    @Test
    void fullTextAtomEntriesAreUsedAsThey() {
        String text = "The port of Rotterdam reopened after a long strike. ".repeat(30);
        String atom = "<?xml version=\"1.0\" encoding=\"utf-8\"?><feed xmlns=\"http://www.w3.org/2005/Atom\">"
                + "<title>Port News</title><id>urn:x</id><updated>2025-03-04T10:00:00Z</updated>"
                + "<entry><title>Strike over</title><id>urn:a</id><link href=\"" + base + "/a\"/>"
                + "<published>2025-03-04T08:00:00Z</published><updated>2025-03-04T08:00:00Z</updated>"
                + "<content type=\"html\">&lt;p&gt;" + text + "&lt;/p&gt;</content></entry></feed>";
        List<ArticleInput> in = read(atom);
        ArticleInput.Loaded a = (ArticleInput.Loaded) in.get(0);
        assertThat(a.article().text()).isEqualTo(text.strip());
        assertThat(a.article().source()).isEqualTo("Port News");
        assertThat(a.article().published()).isEqualTo("2025-03-04T08:00:00Z");
        assertThat(userAgents).isEmpty();
    }

    @Test
    void somethingElseIsNotAFeed() {
        List<ArticleInput> in = read("<html><body>not a feed</body></html>");
        assertThat(in).singleElement().isInstanceOf(ArticleInput.Failed.class);
        assertThat(((ArticleInput.Failed) in.get(0)).message()).startsWith("wire.rss").contains("not an RSS or Atom feed");
        List<ArticleInput> broken = read("<rss><channel><item><title>x</title></item>");
        assertThat(((ArticleInput.Failed) broken.get(0)).message()).contains("wire.rss:1:").contains("XML is broken");
    }

    @Test
    void unreachableHostsFailWithTheUrl() {
        assertThatThrownBy(() -> fetcher().get(URI.create("http://127.0.0.1:1/x")))
                .hasMessageContaining("http://127.0.0.1:1/x").hasMessageContaining("cannot fetch");
    }
}

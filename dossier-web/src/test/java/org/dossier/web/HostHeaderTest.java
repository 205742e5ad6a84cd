package org.dossier.web;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * DNS rebinding: a page on evil.example whose name is rebound to 127.0.0.1 makes the browser send
 * {@code Host: evil.example}; the server answers only Hosts that name it, 421 for any other.
 */
class HostHeaderTest {

    @TempDir
    Path dir;

    /** A raw HTTP/1.1 GET with the given Host header (Java's HttpClient will not send a Host of our choosing). */
    static String get(int port, String path, String host) {
        try (Socket s = new Socket(InetAddress.getLoopbackAddress(), port)) {
            String request = "GET " + path + " HTTP/1.1\r\n" + (host == null ? "" : "Host: " + host + "\r\n")
                    + "Connection: close\r\n\r\n";
            s.getOutputStream().write(request.getBytes(StandardCharsets.ISO_8859_1));
            return new String(s.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static int status(String response) {
        return Integer.parseInt(response.substring(9, 12));
    }

    @Test
    void aForeignHostGets421AndTheServersOwnNamesAreAnswered() {
        try (WebServer s = WebFixtures.readOnlyServer(dir)) {
            int port = s.port();
            String evil = get(port, "/api/articles", "evil.example:" + port);
            assertThat(status(evil)).isEqualTo(421);
            assertThat(evil).contains("answers only requests addressed to it").contains("--allowed-host")
                    .doesNotContain(WebFixtures.KYIV);
            assertThat(status(get(port, "/api/articles", "evil.example"))).isEqualTo(421);
            assertThat(status(get(port, "/", "evil.example:" + port))).isEqualTo(421);
            assertThat(status(get(port, "/static/dossier.css", "evil.example:" + port))).isEqualTo(421);
            assertThat(status(get(port, "/api/articles", "localhost:" + (port == 1 ? 2 : port - 1)))).isEqualTo(421);

            for (String host : List.of("127.0.0.1:" + port, "localhost:" + port, "LOCALHOST:" + port, "[::1]:" + port)) {
                String ok = get(port, "/api/articles", host);
                assertThat(status(ok)).as(host).isEqualTo(200);
                assertThat(ok).contains(WebFixtures.KYIV);
            }
        }
    }

    @Test
    void aNameGivenWithAllowedHostIsAnswered() {
        WebServer base = WebFixtures.readOnlyServer(dir);
        base.close();
        try (WebServer s = WebServer.start(new org.dossier.store.StoreLocation.Sqlite(dir.resolve("web.db")),
                WebOptions.readOnly(0).withAllowedHosts(List.of("dossier.newsroom.example")), WebFixtures::pipeline,
                java.time.Clock.systemUTC())) {
            assertThat(status(get(s.port(), "/api/articles", "dossier.newsroom.example"))).isEqualTo(200);
            assertThat(status(get(s.port(), "/api/articles", "dossier.newsroom.example:8443"))).isEqualTo(200);
            assertThat(status(get(s.port(), "/api/articles", "other.newsroom.example"))).isEqualTo(421);
        }
    }

    @Test
    void theCheckReadsPortsAndBracketsStrictly() {
        HostCheck check = new HostCheck("0.0.0.0", List.of("dossier.example"));
        assertThat(check.accepts("192.168.1.5:8080", 8080, "192.168.1.5")).isTrue();
        assertThat(check.accepts("0.0.0.0:8080", 8080, "192.168.1.5")).isFalse();
        assertThat(check.accepts("localhost", 8080, "127.0.0.1")).isFalse();
        assertThat(check.accepts("localhost", 80, "127.0.0.1")).isTrue();
        assertThat(check.accepts("localhost.:8080", 8080, "127.0.0.1")).isTrue();
        assertThat(check.accepts("localhost:8080@evil.example", 8080, "127.0.0.1")).isFalse();
        assertThat(check.accepts("[::1", 8080, "127.0.0.1")).isFalse();
        assertThat(check.accepts("evil.example:8080", 8080, "127.0.0.1")).isFalse();
        assertThat(check.accepts("DOSSIER.example:443", 8080, "127.0.0.1")).isTrue();
        assertThat(new HostCheck("10.0.0.2", List.of()).accepts("10.0.0.2:8080", 8080, "10.0.0.2")).isTrue();
    }
}

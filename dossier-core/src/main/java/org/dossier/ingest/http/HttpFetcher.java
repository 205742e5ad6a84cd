package org.dossier.ingest.http;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.LongSupplier;

/**
 * GETs a URL with a clear user agent, timeouts, a body size cap and at least {@code delay} between two requests to
 * the same host. Time comes from an injected nanosecond clock and sleeper, so tests need not wait. Thread-safe.
 */
public final class HttpFetcher {

    public static final String DEFAULT_USER_AGENT = "Dossier/0.1 (news-intelligence engine; article ingest)";
    static final long MAX_BYTES = 64L * 1024 * 1024;

    /** Waits, for the per-host delay. */
    public interface Sleeper {
        void sleep(long nanos) throws InterruptedException;
    }

    /** A page fetched: its final URL, status, content type (may be {@code null}) and body. */
    public record Page(URI uri, int status, String contentType, byte[] body) {
    }

    private final HttpClient client;
    private final String userAgent;
    private final Duration timeout;
    private final long delayNanos;
    private final LongSupplier nanoTime;
    private final Sleeper sleeper;
    private final Map<String, Long> lastRequest = new HashMap<>();

    public HttpFetcher(String userAgent, Duration timeout, Duration delay, LongSupplier nanoTime, Sleeper sleeper) {
        this.client = HttpClient.newBuilder().connectTimeout(timeout).followRedirects(HttpClient.Redirect.NORMAL).build();
        this.userAgent = userAgent == null || userAgent.isBlank() ? DEFAULT_USER_AGENT : userAgent;
        this.timeout = timeout;
        this.delayNanos = delay.toNanos();
        this.nanoTime = nanoTime;
        this.sleeper = sleeper;
    }

    /** The fetcher the command line uses: 10 s connect, 30 s read, the given per-host delay. */
    public static HttpFetcher standard(String userAgent, Duration delay) {
        return new HttpFetcher(userAgent, Duration.ofSeconds(30), delay, System::nanoTime, n -> Thread.sleep(n / 1_000_000,
                (int) (n % 1_000_000)));
    }

    public String userAgent() {
        return userAgent;
    }

    /**
     * Fetches {@code url}.
     *
     * @throws IOException with a message naming the URL, what went wrong and what to do
     */
    public Page get(URI url) throws IOException {
        waitForHost(url.getHost() == null ? "" : url.getHost().toLowerCase(Locale.ROOT));
        HttpRequest req = HttpRequest.newBuilder(url).timeout(timeout).header("User-Agent", userAgent)
                .header("Accept", "text/html, application/xhtml+xml, application/rss+xml, application/atom+xml, "
                        + "application/xml;q=0.9, text/plain;q=0.8, */*;q=0.5").GET().build();
        HttpResponse<InputStream> resp;
        try {
            resp = client.send(req, HttpResponse.BodyHandlers.ofInputStream());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(url + ": interrupted");
        } catch (java.net.http.HttpTimeoutException e) {
            throw new IOException(url + ": no answer within " + timeout.toSeconds() + " s; try again later");
        } catch (IOException e) {
            throw new IOException(url + ": cannot fetch (" + e + "); check the URL and the network");
        }
        byte[] body;
        try (InputStream in = resp.body()) {
            body = in.readNBytes((int) MAX_BYTES + 1);
        }
        if (body.length > MAX_BYTES) {
            throw new IOException(url + ": the page is over " + MAX_BYTES / (1024 * 1024) + " MB; not an article");
        }
        if (resp.statusCode() >= 400) {
            throw new IOException(url + ": the server answered HTTP " + resp.statusCode() + "; check the URL");
        }
        return new Page(resp.uri(), resp.statusCode(), resp.headers().firstValue("Content-Type").orElse(null), body);
    }

    private void waitForHost(String host) throws IOException {
        long wait;
        synchronized (lastRequest) {
            long now = nanoTime.getAsLong();
            Long last = lastRequest.get(host);
            wait = last == null ? 0 : Math.max(0, last + delayNanos - now);
            lastRequest.put(host, now + wait);
        }
        if (wait > 0) {
            try {
                sleeper.sleep(wait);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException(host + ": interrupted while waiting to fetch");
            }
        }
    }
}

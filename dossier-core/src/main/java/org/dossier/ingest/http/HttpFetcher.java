package org.dossier.ingest.http;

import javax.net.ssl.SNIHostName;
import javax.net.ssl.SSLException;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.SSLSocketFactory;
import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NoRouteToHostException;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.LongSupplier;
import java.util.zip.GZIPInputStream;

/**
 * GETs a URL with a clear user agent, timeouts, a body size cap and at least {@code delay} between two requests to
 * the same host. Only addresses its {@link AddressPolicy} allows are fetched: the host is resolved, every address
 * checked, and the connection made to a checked address (HTTP/1.1 over a socket of our own, TLS with the host's name
 * for SNI and certificate checks), so DNS cannot answer differently between the check and the connection. Redirects
 * are followed here, at most {@link #MAX_REDIRECTS}, each target checked the same way. Time comes from an injected
 * nanosecond clock and sleeper, so tests need not wait. Thread-safe.
 */
public final class HttpFetcher {

    public static final String DEFAULT_USER_AGENT = "Dossier/0.1 (news-intelligence engine; article ingest)";
    static final long MAX_BYTES = 64L * 1024 * 1024;
    static final int MAX_REDIRECTS = 5;
    private static final int MAX_HEADER_BYTES = 64 * 1024;
    private static final Set<Integer> REDIRECTS = Set.of(301, 302, 303, 307, 308);
    private static final String ACCEPT = "text/html, application/xhtml+xml, application/rss+xml, application/atom+xml, "
            + "application/xml;q=0.9, text/plain;q=0.8, */*;q=0.5";

    /** Waits, for the per-host delay. */
    public interface Sleeper {
        void sleep(long nanos) throws InterruptedException;
    }

    /** A page fetched: its final URL (after redirects), status, content type (may be {@code null}) and body. */
    public record Page(URI uri, int status, String contentType, byte[] body) {
    }

    private final String userAgent;
    private final Duration timeout;
    private final long delayNanos;
    private final LongSupplier nanoTime;
    private final Sleeper sleeper;
    private final AddressPolicy policy;
    private final Map<String, Long> lastRequest = new HashMap<>();

    /** A fetcher of public addresses only. */
    public HttpFetcher(String userAgent, Duration timeout, Duration delay, LongSupplier nanoTime, Sleeper sleeper) {
        this(userAgent, timeout, delay, nanoTime, sleeper, AddressPolicy.publicOnly());
    }

    public HttpFetcher(String userAgent, Duration timeout, Duration delay, LongSupplier nanoTime, Sleeper sleeper,
                       AddressPolicy policy) {
        this.userAgent = userAgent == null || userAgent.isBlank() ? DEFAULT_USER_AGENT : userAgent;
        this.timeout = timeout;
        this.delayNanos = delay.toNanos();
        this.nanoTime = nanoTime;
        this.sleeper = sleeper;
        this.policy = policy;
    }

    /** The fetcher the command line uses: 30 s timeouts, the given per-host delay, the given address policy. */
    public static HttpFetcher standard(String userAgent, Duration delay, AddressPolicy policy) {
        return new HttpFetcher(userAgent, Duration.ofSeconds(30), delay, System::nanoTime, n -> Thread.sleep(n / 1_000_000,
                (int) (n % 1_000_000)), policy);
    }

    public String userAgent() {
        return userAgent;
    }

    /**
     * Fetches {@code url}, following redirects.
     *
     * @throws IOException with a message naming the URL, what went wrong and what to do
     */
    public Page get(URI url) throws IOException {
        URI current = url;
        for (int hop = 0; ; hop++) {
            Response r = fetchOnce(current, url);
            if (REDIRECTS.contains(r.status) && r.location != null) {
                if (hop == MAX_REDIRECTS) {
                    throw new IOException(url + ": more than " + MAX_REDIRECTS + " redirects; give the page's final "
                            + "address");
                }
                URI next;
                try {
                    next = current.resolve(r.location.strip().replace(" ", "%20"));
                } catch (IllegalArgumentException e) {
                    throw new IOException(url + ": the server redirected to '" + r.location + "', which is not an "
                            + "address");
                }
                current = next;
                continue;
            }
            if (r.status >= 400) {
                throw new IOException(current + ": the server answered HTTP " + r.status + "; check the URL");
            }
            return new Page(current, r.status, r.contentType, r.body);
        }
    }

    private record Response(int status, String contentType, String location, byte[] body) {
    }

    private Response fetchOnce(URI uri, URI asked) throws IOException {
        String what = uri.equals(asked) ? uri.toString() : uri + " (redirected from " + asked + ")";
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new IOException(what + ": not an http(s) address; only web pages and feeds are fetched");
        }
        String host = uri.getHost();
        if (host == null || host.isEmpty()) {
            throw new IOException(what + ": the address names no host; check the URL");
        }
        List<InetAddress> addresses = policy.addressesFor(what, host);
        waitForHost(host.toLowerCase(Locale.ROOT));
        int port = uri.getPort() >= 0 ? uri.getPort() : scheme.equals("https") ? 443 : 80;
        long deadline = nanoTime() + 4 * timeout.toNanos();
        IOException last = null;
        for (InetAddress address : addresses) {
            Socket socket = new Socket();
            try {
                socket.connect(new InetSocketAddress(address, port), (int) timeout.toMillis());
            } catch (SocketTimeoutException e) {
                socket.close();
                last = new IOException(what + ": no answer within " + timeout.toSeconds() + " s; try again later");
                continue;
            } catch (IOException e) {
                socket.close();
                last = new IOException(what + ": cannot fetch (" + describe(e) + "); check the URL and the network");
                continue;
            }
            try (Socket s = scheme.equals("https") ? tls(socket, host, port) : socket) {
                s.setSoTimeout((int) timeout.toMillis());
                return exchange(s, uri, host, port, scheme, deadline, what);
            } catch (SocketTimeoutException e) {
                throw new IOException(what + ": no answer within " + timeout.toSeconds() + " s; try again later");
            } catch (SSLException e) {
                throw new IOException(what + ": the secure connection failed (" + describe(e) + "); check the URL, "
                        + "or the site's certificate");
            } catch (HttpProtocolException e) {
                throw new IOException(what + ": " + e.getMessage());
            } catch (IOException e) {
                throw new IOException(what + ": cannot fetch (" + describe(e) + "); check the URL and the network");
            } finally {
                socket.close();
            }
        }
        throw last;
    }

    private long nanoTime() {
        return System.nanoTime();
    }

    private static Socket tls(Socket plain, String host, int port) throws IOException {
        String name = host.startsWith("[") ? host.substring(1, host.length() - 1) : host;
        SSLSocket ssl = (SSLSocket) ((SSLSocketFactory) SSLSocketFactory.getDefault()).createSocket(plain, name, port,
                true);
        SSLParameters p = ssl.getSSLParameters();
        p.setEndpointIdentificationAlgorithm("HTTPS");
        if (!name.matches("[0-9.]+") && !name.contains(":")) {
            p.setServerNames(List.of(new SNIHostName(name)));
        }
        ssl.setSSLParameters(p);
        ssl.startHandshake();
        return ssl;
    }

    private Response exchange(Socket s, URI uri, String host, int port, String scheme, long deadline, String what)
            throws IOException {
        String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
        if (uri.getRawQuery() != null) {
            path += "?" + uri.getRawQuery();
        }
        boolean defaultPort = port == (scheme.equals("https") ? 443 : 80);
        String request = "GET " + path + " HTTP/1.1\r\nHost: " + host + (defaultPort ? "" : ":" + port)
                + "\r\nUser-Agent: " + userAgent + "\r\nAccept: " + ACCEPT
                + "\r\nAccept-Encoding: gzip, identity\r\nConnection: close\r\n\r\n";
        OutputStream out = s.getOutputStream();
        out.write(request.getBytes(StandardCharsets.ISO_8859_1));
        out.flush();
        InputStream in = new BufferedInputStream(s.getInputStream());
        int status;
        Map<String, String> headers;
        do {
            String statusLine = line(in);
            String[] parts = statusLine.split(" ", 3);
            if (parts.length < 2 || !parts[0].startsWith("HTTP/") || !parts[1].matches("\\d{3}")) {
                throw new HttpProtocolException("the server did not answer in HTTP ('" + abbreviate(statusLine)
                        + "'); check the URL");
            }
            status = Integer.parseInt(parts[1]);
            headers = headers(in);
        } while (status >= 100 && status < 200);
        byte[] body;
        if (status == 204 || status == 304 || REDIRECTS.contains(status)) {
            body = new byte[0];
        } else if ("chunked".equalsIgnoreCase(headers.getOrDefault("transfer-encoding", "").strip())) {
            body = chunked(in, deadline, what);
        } else if (headers.containsKey("content-length")) {
            String len = headers.get("content-length").strip();
            if (!len.matches("\\d{1,18}")) {
                throw new HttpProtocolException("the server sent a broken Content-Length '" + abbreviate(len) + "'");
            }
            long n = Long.parseLong(len);
            if (n > MAX_BYTES) {
                throw tooLarge(what);
            }
            body = readUpTo(in, n, deadline, what);
            if (body.length < n) {
                throw new HttpProtocolException("the connection closed after " + body.length + " of " + n + " bytes; "
                        + "try again later");
            }
        } else {
            body = readUpTo(in, MAX_BYTES + 1, deadline, what);
            if (body.length > MAX_BYTES) {
                throw tooLarge(what);
            }
        }
        if ("gzip".equalsIgnoreCase(headers.getOrDefault("content-encoding", "").strip())) {
            try (InputStream gz = new GZIPInputStream(new ByteArrayInputStream(body))) {
                body = gz.readNBytes((int) MAX_BYTES + 1);
            } catch (IOException e) {
                throw new HttpProtocolException("the server sent a broken gzip body; try again later");
            }
            if (body.length > MAX_BYTES) {
                throw tooLarge(what);
            }
        }
        return new Response(status, headers.get("content-type"), headers.get("location"), body);
    }

    private static IOException tooLarge(String what) {
        return new HttpProtocolException("the page is over " + MAX_BYTES / (1024 * 1024) + " MB; not an article");
    }

    private static byte[] chunked(InputStream in, long deadline, String what) throws IOException {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        while (true) {
            String size = line(in).strip();
            int semi = size.indexOf(';');
            String hex = semi < 0 ? size : size.substring(0, semi).strip();
            if (!hex.matches("[0-9a-fA-F]{1,15}")) {
                throw new HttpProtocolException("the server sent a broken chunked body; try again later");
            }
            long n = Long.parseLong(hex, 16);
            if (n == 0) {
                headers(in);
                return body.toByteArray();
            }
            if (body.size() + n > MAX_BYTES) {
                throw tooLarge(what);
            }
            byte[] chunk = readUpTo(in, n, deadline, what);
            if (chunk.length < n) {
                throw new HttpProtocolException("the connection closed in the middle of the page; try again later");
            }
            body.writeBytes(chunk);
            line(in);
        }
    }

    private static byte[] readUpTo(InputStream in, long max, long deadline, String what) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buf = new byte[8192];
        while (out.size() < max) {
            if (System.nanoTime() > deadline) {
                throw new SocketTimeoutException("the page did not arrive in time");
            }
            int n = in.read(buf, 0, (int) Math.min(buf.length, max - out.size()));
            if (n < 0) {
                break;
            }
            out.write(buf, 0, n);
        }
        return out.toByteArray();
    }

    /** One header or status line, without its CRLF, at most {@link #MAX_HEADER_BYTES}. */
    private static String line(InputStream in) throws IOException {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        int c;
        while ((c = in.read()) >= 0 && c != '\n') {
            if (b.size() >= MAX_HEADER_BYTES) {
                throw new HttpProtocolException("the server sent a header line over " + MAX_HEADER_BYTES + " bytes");
            }
            b.write(c);
        }
        if (c < 0 && b.size() == 0) {
            throw new HttpProtocolException("the server closed the connection without an answer; try again later");
        }
        String s = b.toString(StandardCharsets.ISO_8859_1);
        return s.endsWith("\r") ? s.substring(0, s.length() - 1) : s;
    }

    private static Map<String, String> headers(InputStream in) throws IOException {
        Map<String, String> headers = new HashMap<>();
        int total = 0;
        for (String h = line(in); !h.isEmpty(); h = line(in)) {
            total += h.length();
            if (total > MAX_HEADER_BYTES) {
                throw new HttpProtocolException("the server sent over " + MAX_HEADER_BYTES + " bytes of headers");
            }
            int colon = h.indexOf(':');
            if (colon > 0) {
                headers.putIfAbsent(h.substring(0, colon).strip().toLowerCase(Locale.ROOT), h.substring(colon + 1).strip());
            }
        }
        return headers;
    }

    /** What went wrong, in words, without the exception's class name. */
    static String describe(IOException e) {
        if (e instanceof ConnectException) {
            return "connection refused";
        }
        if (e instanceof NoRouteToHostException) {
            return "no route to the host";
        }
        String m = e.getMessage();
        return m == null || m.isBlank() ? "the connection failed" : m.replaceAll("\\b(?:[a-z]+\\.)+[A-Z]\\w*(?:Exception|Error):?\\s*", "");
    }

    private static String abbreviate(String s) {
        return s.length() > 80 ? s.substring(0, 80) + "…" : s;
    }

    /** The server's answer is not HTTP we can read; the message says how. */
    private static final class HttpProtocolException extends IOException {
        HttpProtocolException(String message) {
            super(message);
        }
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

package org.dossier.web;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * How the server runs.
 *
 * @param host              address to bind; {@code 127.0.0.1} unless the user says otherwise
 * @param port              TCP port; 0 picks a free one
 * @param ingestToken       the token write requests must carry; {@code null} turns ingest off
 * @param requestsPerMinute requests one client address may make per minute before getting 429
 * @param maxBodyBytes      largest request body accepted (uploads included)
 * @param allowedHosts      names besides the bound address, {@code localhost}, {@code 127.0.0.1} and {@code [::1]}
 *                          that a request's {@code Host} header may carry ({@code --allowed-host}); any other gets
 *                          421, so that a web page whose name was rebound to this machine cannot read the store
 * @param fetchHosts        hosts that browser ingest may fetch from although they are not public
 *                          ({@code --allow-host}); by default only public addresses are fetched
 */
public record WebOptions(String host, int port, String ingestToken, int requestsPerMinute, long maxBodyBytes,
                         List<String> allowedHosts, List<String> fetchHosts) {

    public static final String DEFAULT_HOST = "127.0.0.1";
    public static final int DEFAULT_PORT = 8080;
    public static final int DEFAULT_REQUESTS_PER_MINUTE = 1200;
    public static final long DEFAULT_MAX_BODY_BYTES = 10L * 1024 * 1024;

    public WebOptions {
        Objects.requireNonNull(host, "host");
        if (port < 0 || port > 65_535) {
            throw new IllegalArgumentException("--port " + port + " is not a TCP port; give 1-65535 (0 for any free one)");
        }
        if (ingestToken != null && ingestToken.length() < 8) {
            throw new IllegalArgumentException("--token must be at least 8 characters; use a long random one, e.g. "
                    + "from 'openssl rand -hex 16'");
        }
        if (requestsPerMinute < 1) {
            throw new IllegalArgumentException("requests per minute must be at least 1, not " + requestsPerMinute);
        }
        if (maxBodyBytes < 1024) {
            throw new IllegalArgumentException("the request size limit must be at least 1024 bytes, not " + maxBodyBytes);
        }
        for (String h : allowedHosts) {
            if (!h.matches("(?i)[a-z0-9.-]+|\\[[0-9a-f:.]+]")) {
                throw new IllegalArgumentException("--allowed-host '" + h + "' is not a host name or address; give the "
                        + "name alone, e.g. --allowed-host dossier.newsroom.example (no scheme, no port)");
            }
        }
        allowedHosts = allowedHosts.stream().map(h -> h.toLowerCase(Locale.ROOT)).toList();
        fetchHosts = List.copyOf(fetchHosts);
    }

    public WebOptions(String host, int port, String ingestToken, int requestsPerMinute, long maxBodyBytes) {
        this(host, port, ingestToken, requestsPerMinute, maxBodyBytes, List.of(), List.of());
    }

    /** Read-only on loopback at {@code port}, default limits. */
    public static WebOptions readOnly(int port) {
        return new WebOptions(DEFAULT_HOST, port, null, DEFAULT_REQUESTS_PER_MINUTE, DEFAULT_MAX_BODY_BYTES);
    }

    public boolean ingestAllowed() {
        return ingestToken != null;
    }

    public WebOptions withIngestToken(String token) {
        return new WebOptions(host, port, token, requestsPerMinute, maxBodyBytes, allowedHosts, fetchHosts);
    }

    public WebOptions withRequestsPerMinute(int n) {
        return new WebOptions(host, port, ingestToken, n, maxBodyBytes, allowedHosts, fetchHosts);
    }

    public WebOptions withAllowedHosts(List<String> names) {
        return new WebOptions(host, port, ingestToken, requestsPerMinute, maxBodyBytes, names, fetchHosts);
    }

    public WebOptions withFetchHosts(List<String> hosts) {
        return new WebOptions(host, port, ingestToken, requestsPerMinute, maxBodyBytes, allowedHosts, hosts);
    }
}

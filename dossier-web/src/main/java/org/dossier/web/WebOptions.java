package org.dossier.web;

import java.util.Objects;

/**
 * How the server runs.
 *
 * @param host              address to bind; {@code 127.0.0.1} unless the user says otherwise
 * @param port              TCP port; 0 picks a free one
 * @param ingestToken       the token write requests must carry; {@code null} turns ingest off
 * @param requestsPerMinute requests one client address may make per minute before getting 429
 * @param maxBodyBytes      largest request body accepted (uploads included)
 */
public record WebOptions(String host, int port, String ingestToken, int requestsPerMinute, long maxBodyBytes) {

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
    }

    /** Read-only on loopback at {@code port}, default limits. */
    public static WebOptions readOnly(int port) {
        return new WebOptions(DEFAULT_HOST, port, null, DEFAULT_REQUESTS_PER_MINUTE, DEFAULT_MAX_BODY_BYTES);
    }

    public boolean ingestAllowed() {
        return ingestToken != null;
    }

    public WebOptions withIngestToken(String token) {
        return new WebOptions(host, port, token, requestsPerMinute, maxBodyBytes);
    }

    public WebOptions withRequestsPerMinute(int n) {
        return new WebOptions(host, port, ingestToken, n, maxBodyBytes);
    }
}

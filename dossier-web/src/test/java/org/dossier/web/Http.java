package org.dossier.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/** A small HTTP client for the tests: GET, form and multipart POST, answers as strings. */
final class Http {

    private final HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private final String base;

    Http(String base) {
        this.base = base;
    }

    HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).GET().build());
    }

    /** GET with headers, e.g. {@code Authorization} or {@code Cookie}. */
    HttpResponse<String> get(String path, Map<String, String> headers) {
        HttpRequest.Builder r = HttpRequest.newBuilder(URI.create(base + path)).GET();
        headers.forEach(r::header);
        return send(r.build());
    }

    /** GET with the server's token. */
    HttpResponse<String> getWithToken(String path, String token) {
        return get(path, Map.of("Authorization", "Bearer " + token));
    }

    /** Multipart POST: {@code fields} as text parts, {@code files} (name to content) as parts named "files". */
    HttpResponse<String> multipart(String path, String bearer, Map<String, String> fields, Map<String, String> files) {
        String boundary = "----dossier-test-boundary";
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        StringBuilder b = new StringBuilder();
        fields.forEach((k, v) -> b.append("--").append(boundary).append("\r\nContent-Disposition: form-data; name=\"")
                .append(k).append("\"\r\n\r\n").append(v).append("\r\n"));
        files.forEach((k, v) -> b.append("--").append(boundary)
                .append("\r\nContent-Disposition: form-data; name=\"files\"; filename=\"").append(k)
                .append("\"\r\nContent-Type: application/octet-stream\r\n\r\n").append(v).append("\r\n"));
        b.append("--").append(boundary).append("--\r\n");
        body.writeBytes(b.toString().getBytes(StandardCharsets.UTF_8));
        HttpRequest.Builder r = HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()));
        if (bearer != null) {
            r.header("Authorization", "Bearer " + bearer);
        }
        return send(r.build());
    }

    HttpResponse<String> post(String path, String bearer, String contentType, byte[] body) {
        HttpRequest.Builder r = HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        if (bearer != null) {
            r.header("Authorization", "Bearer " + bearer);
        }
        return send(r.build());
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(request.uri() + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}

package org.dossier.web;

/** A request the server refuses, with the HTTP status and a message that says what was wrong and how to fix it. */
final class WebError extends RuntimeException {

    private final int status;

    private WebError(int status, String message) {
        super(message);
        this.status = status;
    }

    static WebError badRequest(String message) {
        return new WebError(400, message);
    }

    static WebError notFound(String message) {
        return new WebError(404, message);
    }

    static WebError unauthorized(String message) {
        return new WebError(401, message);
    }

    static WebError forbidden(String message) {
        return new WebError(403, message);
    }

    int status() {
        return status;
    }
}

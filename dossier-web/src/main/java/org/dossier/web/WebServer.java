package org.dossier.web;

import io.javalin.Javalin;
import io.javalin.config.SizeUnit;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.staticfiles.Location;
import jakarta.servlet.DispatcherType;
import org.dossier.corpus.CorpusIngest;
import org.dossier.ingest.sources.Sources;
import org.dossier.pipeline.DossierPipeline;
import org.dossier.store.StoreException;
import org.dossier.store.StoreLocation;
import org.dossier.store.jdbc.JdbcStore;
import org.eclipse.jetty.servlet.FilterHolder;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The Dossier web application over one store: pages, JSON API, static files and (when a token is given) ingest.
 * Every response carries a strict Content-Security-Policy (scripts and styles only from this server, no inline
 * script), {@code nosniff} and no framing; request bodies over the size limit get 413, clients over the rate limit
 * 429. Errors are JSON under {@code /api/}, an HTML page elsewhere, and always say what was wrong.
 */
public final class WebServer implements AutoCloseable {

    /** The policy of every page; Swagger UI (at {@code /api/docs}) needs inline styles, nothing else does. */
    static final String CSP = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "connect-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";
    static final String DOCS_CSP = CSP.replace("style-src 'self'", "style-src 'self' 'unsafe-inline'");

    private final Javalin app;
    private final StorePool pool;
    private final IngestJobs jobs;
    private final String host;

    private WebServer(Javalin app, StorePool pool, IngestJobs jobs, String host) {
        this.app = app;
        this.pool = pool;
        this.jobs = jobs;
        this.host = host;
    }

    /**
     * Opens the store and starts serving it, without an access log.
     *
     * @param pipeline builds the extraction pipeline for browser ingest, on the first job; unused when ingest is off
     * @throws StoreException when the store cannot be opened
     */
    public static WebServer start(StoreLocation location, WebOptions options, Supplier<DossierPipeline> pipeline,
                                  Clock clock) {
        return start(location, options, pipeline, clock, null);
    }

    /**
     * Opens the store and starts serving it.
     *
     * @param pipeline  builds the extraction pipeline for browser ingest, on the first job; unused when ingest is off
     * @param accessLog receives one line per request (time, method, path without the query, status, milliseconds);
     *                  {@code null} for none
     * @throws StoreException when the store cannot be opened
     */
    public static WebServer start(StoreLocation location, WebOptions options, Supplier<DossierPipeline> pipeline,
                                  Clock clock, Consumer<String> accessLog) {
        if (options.ingestAllowed() || location instanceof StoreLocation.Sqlite s && !Files.exists(s.file())) {
            // requests read through read-only connections: browser ingest needs the store made and migrated first,
            // and a new file starts as an empty reading room
            JdbcStore.open(location, clock).close();
        }
        StorePool pool = new StorePool(location, clock, Math.max(4, Runtime.getRuntime().availableProcessors() * 2));
        IngestJobs jobs = options.ingestAllowed() ? new IngestJobs(location, clock, pipeline,
                new Sources(new ByteArrayInputStream(new byte[0]), Sources.fetcher(null, 1000, options.fetchHosts())),
                CorpusIngest.DEFAULT_MAX_CHARS) : null;
        Templates templates = new Templates();
        RateLimiter limiter = new RateLimiter(options.requestsPerMinute(), clock);
        HostCheck hostCheck = new HostCheck(options.host(), options.allowedHosts());
        Javalin app = Javalin.create(config -> {
            config.showJavalinBanner = false;
            config.http.maxRequestSize = options.maxBodyBytes();
            config.jetty.multipartConfig.maxTotalRequestSize(options.maxBodyBytes(), SizeUnit.BYTES);
            config.jetty.multipartConfig.maxFileSize(options.maxBodyBytes(), SizeUnit.BYTES);
            config.staticFiles.add(s -> {
                s.hostedPath = "/static";
                s.directory = "/org/dossier/web/static";
                s.location = Location.CLASSPATH;
            });
            config.staticFiles.enableWebjars();
            config.jetty.modifyServletContextHandler(h -> {
                h.addFilter(new FilterHolder(new BodyLimit(options.maxBodyBytes())), "/*",
                        EnumSet.of(DispatcherType.REQUEST));
                h.setMaxFormContentSize((int) Math.min(Integer.MAX_VALUE, options.maxBodyBytes()));
            });
            if (accessLog != null) {
                config.requestLogger.http((ctx, ms) -> accessLog.accept(accessLine(clock, ctx, ms)));
            }
        });
        app.before(ctx -> {
            headers(ctx);
            hostCheck.check(ctx);
            if (!limiter.allow(ctx.ip())) {
                ctx.header("Retry-After", String.valueOf(limiter.retryAfterSeconds()));
                throw new HttpResponseException(429, "too many requests from " + ctx.ip() + ": at most "
                        + options.requestsPerMinute() + " a minute; retry in " + limiter.retryAfterSeconds() + " s");
            }
            String length = ctx.header("Content-Length");
            if (length != null && length.matches("\\d{1,18}") && Long.parseLong(length) > options.maxBodyBytes()) {
                throw new HttpResponseException(413, tooLarge(options));
            }
        });
        new ApiRoutes(pool).register(app);
        new PageRoutes(pool, templates).register(app);
        new IngestRoutes(options.ingestToken(), jobs, templates).register(app);
        app.get("/api/docs", ctx -> {
            ctx.header("Content-Security-Policy", DOCS_CSP);
            ctx.contentType("text/html; charset=utf-8").result(templates.render("docs.jte", Map.of()));
        });
        app.exception(WebError.class, (e, ctx) -> error(ctx, templates, e.status(), e.getMessage()));
        app.exception(HttpResponseException.class, (e, ctx) -> error(ctx, templates, e.getStatus(),
                e.getStatus() == 404 ? notFound(ctx) : e.getStatus() == 413 ? tooLarge(options) : e.getMessage()));
        app.exception(IllegalArgumentException.class, (e, ctx) -> error(ctx, templates, 400, e.getMessage()));
        app.exception(StoreException.class, (e, ctx) -> {
            System.err.println("error: " + ctx.method() + " " + ctx.path() + ": " + e.getMessage());
            error(ctx, templates, 500, "the store could not answer this request; the server's log says why");
        });
        app.exception(Exception.class, (e, ctx) -> {
            int status = statusOf(e);
            if (status == 413) {
                error(ctx, templates, 413, tooLarge(options));
            } else if (status == 400) {
                error(ctx, templates, 400, "the request body is not a well-formed form or multipart/form-data upload; "
                        + "send the fields and files as a browser's form does");
            } else {
                System.err.println("error: " + ctx.method() + " " + ctx.path() + ": internal error");
                e.printStackTrace();
                error(ctx, templates, 500, "internal error while answering " + ctx.path() + "; the server's log has "
                        + "the details");
            }
        });
        app.error(404, ctx -> {
            if (ctx.result() == null || ctx.result().isEmpty() || ctx.result().equals("Not Found")) {
                error(ctx, templates, 404, notFound(ctx));
            }
        });
        app.error(413, ctx -> error(ctx, templates, 413, tooLarge(options)));
        try {
            app.start(options.host(), options.port());
        } catch (RuntimeException e) {
            pool.close();
            if (jobs != null) {
                jobs.close();
            }
            throw new IllegalStateException("cannot listen on " + options.host() + ":" + options.port() + " ("
                    + e.getMessage() + "); is another server using that port? Pick another with --port", e);
        }
        return new WebServer(app, pool, jobs, options.host());
    }

    private static String tooLarge(WebOptions options) {
        return "the request is larger than the " + options.maxBodyBytes() + " bytes this server accepts; send less at "
                + "a time, or start the server with a larger --max-request-bytes";
    }

    /**
     * The status a failure while reading the request body deserves: 413 when a size limit was hit (Javalin's,
     * Jetty's form and multipart limits, also for chunked bodies that state no length), 400 when the body is not a
     * well-formed form or multipart upload, 500 otherwise.
     */
    static int statusOf(Throwable e) {
        boolean bodyProblem = false;
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof BodyLimit.TooLarge || t instanceof HttpResponseException h && h.getStatus() == 413) {
                return 413;
            }
            String m = t.getMessage() == null ? "" : t.getMessage().toLowerCase(Locale.ROOT);
            String type = t.getClass().getName().toLowerCase(Locale.ROOT);
            if (m.contains("maxrequestsize") || m.contains("maxfilesize") || m.contains("exceeds max")
                    || m.contains("form is larger than") || m.contains("too large") || m.contains("too many keys")
                    || type.contains("badmessage") && m.contains("413")) {
                return 413;
            }
            if (type.contains("multipart") || m.contains("multipart") || m.contains("boundary")
                    || t instanceof jakarta.servlet.ServletException || type.contains("badmessage")
                    || (t instanceof java.io.IOException && readingTheBody(t))) {
                bodyProblem = true;
            }
        }
        return bodyProblem ? 400 : 500;
    }

    private static boolean readingTheBody(Throwable t) {
        for (StackTraceElement f : t.getStackTrace()) {
            String c = f.getClassName();
            if (c.contains("MultiPart") || c.contains("Multipart") || c.contains("FormFields") || c.contains("HttpInput")) {
                return true;
            }
        }
        return false;
    }

    /** One access log line: time, method, path (never the query, which may carry a token), status, milliseconds. */
    static String accessLine(Clock clock, Context ctx, Float ms) {
        return Instant.now(clock) + " " + ctx.method() + " " + ctx.path() + " " + ctx.statusCode() + " "
                + String.format(Locale.ROOT, "%.0f", ms == null ? 0f : ms) + "ms";
    }

    private static String notFound(Context ctx) {
        return "nothing at " + ctx.path() + (ctx.path().startsWith("/api/")
                ? "; the API is described at /api/openapi.json" : "");
    }

    private static void headers(Context ctx) {
        ctx.header("Content-Security-Policy", CSP);
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("X-Frame-Options", "DENY");
        ctx.header("Referrer-Policy", "no-referrer");
        ctx.header("Cross-Origin-Opener-Policy", "same-origin");
    }

    private static void error(Context ctx, Templates templates, int status, String message) {
        headers(ctx);
        ctx.status(status);
        if (ctx.path().startsWith("/api/")) {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("status", status);
            body.put("error", message);
            ctx.json(body);
        } else {
            ctx.contentType("text/html; charset=utf-8").result(templates.render("error.jte",
                    Map.of("status", status, "message", message)));
        }
    }

    public int port() {
        return app.port();
    }

    /** The base address, e.g. {@code http://127.0.0.1:8080}. */
    public String url() {
        return "http://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + port();
    }

    public String describeStore() {
        return pool.describe();
    }

    @Override
    public void close() {
        app.stop();
        if (jobs != null) {
            jobs.close();
        }
        pool.close();
    }
}

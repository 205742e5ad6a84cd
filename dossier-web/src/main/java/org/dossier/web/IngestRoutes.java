package org.dossier.web;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.UploadedFile;
import org.dossier.web.view.IngestPage;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/**
 * Ingest from the browser: off unless the server has a token. Every write (the form's POST and
 * {@code POST /api/ingest}) must carry it, as {@code Authorization: Bearer TOKEN} or a {@code token} form field.
 * Jobs (the list on {@code /ingest}, job pages, {@code /api/ingest/ID}) are shown only with the token too: the
 * header, or the cookie the form's POST sets in the browser that queued them (HttpOnly, SameSite=Strict, a value
 * derived from the token, not the token). Messages name uploaded files by their own names, never by the server's
 * folders.
 */
final class IngestRoutes {

    private final String token;
    private final IngestJobs jobs;
    private final Templates templates;

    /** {@code jobs} is {@code null} when ingest is off. */
    IngestRoutes(String token, IngestJobs jobs, Templates templates) {
        this.token = token;
        this.jobs = jobs;
        this.templates = templates;
    }

    static final String COOKIE = "dossier-ingest";

    void register(Javalin app) {
        app.get("/ingest", ctx -> templates.page(ctx, "ingest.jte", Map.of("page",
                new IngestPage(jobs != null, jobs == null || !mayReadJobs(ctx) ? List.of() : jobs.recent(),
                        jobs != null && !mayReadJobs(ctx) ? "Jobs are listed only in the browser that queued them "
                                + "with the token, or with 'Authorization: Bearer TOKEN'." : null))));
        app.post("/ingest", ctx -> {
            IngestJobs.Job job = submit(ctx);
            ctx.header("Set-Cookie", COOKIE + "=" + session() + "; Path=/; HttpOnly; SameSite=Strict");
            ctx.redirect("/ingest/jobs/" + job.id(), io.javalin.http.HttpStatus.SEE_OTHER);
        });
        app.get("/ingest/jobs/{id}", ctx -> templates.page(ctx, "job.jte", Map.of("job", job(ctx).view())));
        app.post("/api/ingest", ctx -> {
            IngestJobs.Job job = submit(ctx);
            ctx.status(202).json(Map.of("job", job.id(), "status", "/api/ingest/" + job.id()));
        });
        app.get("/api/ingest/{id}", ctx -> ctx.json(job(ctx).view()));
    }

    private IngestJobs.Job job(Context ctx) {
        if (jobs == null) {
            throw WebError.notFound("ingest is off on this server (start it with --allow-ingest --token TOKEN)");
        }
        if (!mayReadJobs(ctx)) {
            throw WebError.unauthorized("ingest jobs are shown only with the server's token: send 'Authorization: "
                    + "Bearer TOKEN', or open the job in the browser that queued it");
        }
        String id = ctx.pathParam("id");
        return jobs.get(id).orElseThrow(() -> WebError.notFound("no ingest job '" + id + "' (only the last "
                + IngestJobs.KEPT_JOBS + " jobs since the server started are kept)"));
    }

    private IngestJobs.Job submit(Context ctx) {
        if (jobs == null) {
            throw WebError.forbidden("ingest is off on this server; start it with --allow-ingest --token TOKEN");
        }
        checkToken(ctx);
        String url = ctx.formParam("url");
        List<UploadedFile> files = ctx.isMultipartFormData() ? ctx.uploadedFiles("files") : List.of();
        files = files.stream().filter(f -> f.size() > 0).toList();
        if ((url == null || url.isBlank()) && files.isEmpty()) {
            throw WebError.badRequest("nothing to ingest: upload files (form field 'files') or give a 'url'");
        }
        if (url != null && !url.isBlank()) {
            String u = url.strip();
            if (!u.matches("^https?://[^\\s]+$")) {
                throw WebError.badRequest("url '" + u + "' is not an http(s) address");
            }
            if (!files.isEmpty()) {
                throw WebError.badRequest("give files or a url, not both");
            }
            return jobs.submit(u, List.of(u), null);
        }
        Path dir = jobs.uploadDir();
        List<String> paths = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (UploadedFile f : files) {
            String name = safeName(f.filename(), names);
            Path target = dir.resolve(name);
            try (InputStream in = f.content()) {
                Files.copy(in, target);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot keep the upload " + name + " on the server's disk", e);
            }
            paths.add(target.toString());
            names.add(name);
        }
        return jobs.submit(String.join(", ", names), paths, dir);
    }

    /** Whether the request carries the token (header) or the cookie the form's POST set. */
    private boolean mayReadJobs(Context ctx) {
        if (token == null) {
            return false;
        }
        String auth = ctx.header("Authorization");
        if (auth != null && auth.startsWith("Bearer ")) {
            return same(auth.substring(7).strip(), token);
        }
        String cookie = ctx.cookie(COOKIE);
        return cookie != null && same(cookie, session());
    }

    /** The cookie's value: an HMAC of a fixed label under the token, so the cookie never holds the token itself. */
    private String session() {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(token.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal("dossier ingest jobs".getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is missing from this Java runtime", e);
        }
    }

    private static boolean same(String a, String b) {
        return MessageDigest.isEqual(a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8));
    }

    private void checkToken(Context ctx) {
        String given = null;
        String auth = ctx.header("Authorization");
        if (auth != null && auth.startsWith("Bearer ")) {
            given = auth.substring(7).strip();
        } else {
            given = ctx.formParam("token");
        }
        if (given == null || given.isEmpty()) {
            throw WebError.unauthorized("this write needs the server's token: send 'Authorization: Bearer TOKEN' "
                    + "or a 'token' form field");
        }
        if (!same(given, token)) {
            throw WebError.forbidden("wrong token");
        }
    }

    /**
     * The file's own name reduced to letters, digits, '.', '-' and '_' (no folders, no hidden file), made unique
     * among {@code taken} by a number before the extension; the name is kept otherwise, since it gives the article
     * id and pairs a text with its {@code .meta.json}.
     */
    static String safeName(String original, List<String> taken) {
        String base = original == null ? "" : original.replace('\\', '/');
        base = base.substring(base.lastIndexOf('/') + 1).replaceAll("[^A-Za-z0-9._-]", "_").replaceAll("^[.]+", "");
        if (base.isEmpty()) {
            base = "upload.txt";
        }
        String name = base;
        int dot = base.indexOf('.');
        for (int n = 2; taken.contains(name); n++) {
            name = dot < 0 ? base + "-" + n : base.substring(0, dot) + "-" + n + base.substring(dot);
        }
        return name;
    }
}

package org.dossier.web;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.UploadedFile;
import org.dossier.web.view.IngestPage;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Ingest from the browser: off unless the server has a token. Every write (the form's POST and
 * {@code POST /api/ingest}) must carry it, as {@code Authorization: Bearer TOKEN} or a {@code token} form field.
 * Job pages are read by their unguessable id.
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

    void register(Javalin app) {
        app.get("/ingest", ctx -> templates.page(ctx, "ingest.jte", Map.of("page",
                new IngestPage(jobs != null, jobs == null ? List.of() : jobs.recent(), null))));
        app.post("/ingest", ctx -> {
            IngestJobs.Job job = submit(ctx);
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
                throw new UncheckedIOException("cannot keep the upload " + name + ": " + e.getMessage(), e);
            }
            paths.add(target.toString());
            names.add(name);
        }
        return jobs.submit(String.join(", ", names), paths, dir);
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
        if (!MessageDigest.isEqual(given.getBytes(StandardCharsets.UTF_8), token.getBytes(StandardCharsets.UTF_8))) {
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

package org.dossier.web;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import org.dossier.export.Csv;
import org.dossier.export.DossierJson;
import org.dossier.query.ArticleFilter;
import org.dossier.query.CorpusEventCsv;
import org.dossier.query.CorpusEventQueries;
import org.dossier.query.Rows;
import org.dossier.query.TimelineQuery;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** The JSON API under {@code /api/}: the same data as the pages, described by {@code /api/openapi.json}. */
final class ApiRoutes {

    static final Set<String> FILTERS = Set.of("from", "to", "entity", "type", "source");
    static final Set<String> ENTITY_TYPES = Set.of("PERSON", "ORGANIZATION", "LOCATION", "MISC");

    private final StorePool pool;
    private final String openApi;

    ApiRoutes(StorePool pool) {
        this.pool = pool;
        try (InputStream in = ApiRoutes.class.getResourceAsStream("openapi.json")) {
            if (in == null) {
                throw new IllegalStateException("openapi.json is missing from the dossier-web jar");
            }
            this.openApi = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void register(Javalin app) {
        app.get("/api/openapi.json", ctx -> ctx.contentType("application/json").result(openApi));
        app.get("/api/articles", get(Set.of("limit", "offset"), FILTERS, this::articles));
        app.get("/api/articles/{id}", get(Set.of(), Set.of(), this::article));
        app.get("/api/entities", get(Set.of("name", "type", "limit", "offset"), Set.of(), this::entities));
        app.get("/api/entities/{id}", get(Set.of(), Set.of(), this::entity));
        app.get("/api/events", get(Set.of("limit", "family"), FILTERS, ctx -> ctx.json(Map.of("events", events(ctx)))));
        app.get("/api/timeline", get(Set.of("limit", "format", "family"), FILTERS, this::timeline));
        app.get("/api/corpus-events", get(Set.of("limit", "format", "family"), FILTERS, this::corpusEvents));
        app.get("/api/corpus-events/{id}", get(Set.of(), Set.of(), this::corpusEvent));
        app.get("/api/conflicts", get(Set.of("limit", "family", "since"), FILTERS, this::conflicts));
        app.get("/api/quotes", get(Set.of("speaker", "limit"), Set.of(), this::quotes));
        app.get("/api/claims", get(Set.of("source", "about", "limit"), Set.of(), this::claims));
        app.get("/api/search", get(Set.of("q", "limit"), FILTERS, this::search));
    }

    /** A handler that first refuses parameters it does not know (a typo would otherwise be silently ignored). */
    private static Handler get(Set<String> own, Set<String> filters, Handler h) {
        Set<String> known = new TreeSet<>(own);
        known.addAll(filters);
        return ctx -> {
            for (String name : ctx.queryParamMap().keySet()) {
                if (!known.contains(name)) {
                    throw WebError.badRequest("unknown parameter '" + name + "'" + (known.isEmpty()
                            ? "; this endpoint takes none" : "; this endpoint takes " + String.join(", ", known)));
                }
            }
            h.handle(ctx);
        };
    }

    private void articles(Context ctx) {
        Params p = new Params(ctx);
        ArticleFilter f = p.filter();
        int limit = p.limit(50);
        int offset = p.offset();
        ctx.json(Map.of("articles", pool.with(l -> l.queries().articles(f, limit, offset)), "limit", limit,
                "offset", offset));
    }

    private void article(Context ctx) {
        String id = ctx.pathParam("id");
        var record = pool.with(l -> l.store().get(id)).orElseThrow(() -> WebError.notFound("no article '" + id
                + "' in the store; article ids are listed by /api/articles and found by /api/search"));
        ctx.json(DossierJson.toTree(record));
    }

    private void entities(Context ctx) {
        Params p = new Params(ctx);
        String name = p.text("name");
        String type = p.oneOf("type", ENTITY_TYPES);
        int limit = p.limit(50);
        int offset = p.offset();
        List<Rows.EntitySummary> out = pool.with(l -> {
            if (name == null) {
                return l.queries().entities(type, limit, offset);
            }
            List<Long> ids = l.queries().findEntities(name);
            return l.queries().entitySummaries(ids).stream().filter(e -> type == null || e.type().equals(type))
                    .skip(offset).limit(limit).toList();
        });
        ctx.json(Map.of("entities", out, "limit", limit, "offset", offset));
    }

    private void entity(Context ctx) {
        long id = new Params(ctx).entityId("id");
        Map<String, Object> out = pool.with(l -> l.queries().profile(id).map(profile -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("profile", profile);
            m.put("claimsAbout", l.queries().claimsAbout(id, 50));
            return m;
        })).orElseThrow(() -> WebError.notFound("no entity " + id + " in the store; entity ids are listed by "
                + "/api/entities"));
        ctx.json(out);
    }

    private List<Rows.Event> events(Context ctx) {
        Params p = new Params(ctx);
        ArticleFilter f = p.filter();
        TimelineQuery q = p.timeline(f, 200);
        return pool.with(l -> l.queries().timeline(q, null, f.source()));
    }

    private void timeline(Context ctx) {
        String format = format(new Params(ctx));
        List<Rows.Event> events = events(ctx);
        if ("csv".equals(format)) {
            ctx.header("Content-Disposition", "attachment; filename=\"timeline.csv\"");
            ctx.contentType("text/csv; charset=utf-8").result(Csv.records(Rows.Event.class, events));
        } else {
            ctx.json(Map.of("events", events));
        }
    }

    /** One row per corpus event for the filters, as JSON or as the GDELT-style events CSV. */
    private void corpusEvents(Context ctx) {
        Params p = new Params(ctx);
        String format = format(p);
        ArticleFilter f = p.filter();
        TimelineQuery q = p.timeline(f, 200);
        if ("csv".equals(format)) {
            List<Rows.CorpusEventDetail> ds = pool.with(l -> {
                CorpusEventQueries ce = l.queries().corpusEvents();
                return ce.events(ce.timeline(q, null, f.source()).stream().map(Rows.CorpusEvent::id).toList(), false);
            });
            StringBuilder csv = new StringBuilder(CorpusEventCsv.eventHeader());
            ds.forEach(d -> csv.append(CorpusEventCsv.event(d)));
            ctx.header("Content-Disposition", "attachment; filename=\"events.csv\"");
            ctx.contentType("text/csv; charset=utf-8").result(csv.toString());
        } else {
            ctx.json(Map.of("events", pool.with(l -> l.queries().corpusEvents().timeline(q, null, f.source()))));
        }
    }

    private void corpusEvent(Context ctx) {
        long id = new Params(ctx).corpusEventId("id");
        ctx.json(pool.with(l -> l.queries().corpusEvents().event(id)).orElseThrow(() -> WebError.notFound(
                "no event " + id + " in the store; event ids are listed by /api/corpus-events")));
    }

    /** The corpus events whose reports disagree, with their reports; {@code since=true} adds developments. */
    private void conflicts(Context ctx) {
        Params p = new Params(ctx);
        ArticleFilter f = p.filter();
        TimelineQuery q = p.timeline(f, 50);
        String since = p.text("since");
        if (since != null && !since.equals("true") && !since.equals("false")) {
            throw WebError.badRequest("parameter 'since': '" + since + "' is not true or false");
        }
        ctx.json(Map.of("events", pool.with(l -> l.queries().corpusEvents().conflicts(q, null, f.source(),
                "true".equals(since)))));
    }

    private static String format(Params p) {
        String format = p.text("format");
        if (format != null && !format.equals("json") && !format.equals("csv")) {
            throw WebError.badRequest("parameter 'format': '" + format + "' is not json or csv");
        }
        return format;
    }

    private void quotes(Context ctx) {
        Params p = new Params(ctx);
        String speaker = p.text("speaker");
        int limit = p.limit(50);
        ctx.json(Map.of("quotes", pool.with(l -> l.queries().quotes(speaker, limit))));
    }

    private void claims(Context ctx) {
        Params p = new Params(ctx);
        String source = p.text("source");
        String about = p.text("about");
        int limit = p.limit(50);
        if (source != null && about != null) {
            throw WebError.badRequest("give 'source' (who makes the claims) or 'about' (an entity id the claims "
                    + "mention), not both");
        }
        if (about != null) {
            long id;
            try {
                id = Long.parseLong(about);
            } catch (NumberFormatException e) {
                throw WebError.badRequest("parameter 'about': '" + about + "' is not an entity id (a whole number "
                        + "from /api/entities)");
            }
            ctx.json(Map.of("claims", pool.with(l -> {
                if (l.queries().profile(id).isEmpty()) {
                    throw WebError.notFound("no entity " + id + " in the store; entity ids are listed by /api/entities");
                }
                return l.queries().claimsAbout(id, limit);
            })));
            return;
        }
        ctx.json(Map.of("claims", pool.with(l -> l.queries().claims(source, limit))));
    }

    /** A search hit with the title, source and day of its article. */
    record Hit(String kind, String article, String id, double score, String snippet, String title, String source,
               String day) {
    }

    private void search(Context ctx) {
        Params p = new Params(ctx);
        String q = p.required("q");
        ArticleFilter f = p.filter();
        int limit = p.limit(50);
        List<Hit> hits = pool.with(l -> {
            List<Rows.Hit> raw = l.queries().search(q, f, limit);
            Map<String, Rows.ArticleSummary> articles = l.queries().articleSummaries(
                    raw.stream().map(Rows.Hit::article).distinct().toList());
            return raw.stream().map(h -> {
                Rows.ArticleSummary a = articles.get(h.article());
                return new Hit(h.kind(), h.article(), h.id(), h.score(), h.snippet(), a == null ? null : a.title(),
                        a == null ? null : a.source(), a == null ? null : a.day());
            }).toList();
        });
        ctx.json(Map.of("query", q, "hits", hits));
    }
}

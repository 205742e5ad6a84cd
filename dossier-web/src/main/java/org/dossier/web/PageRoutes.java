package org.dossier.web;

import io.javalin.Javalin;
import io.javalin.http.Context;
import org.dossier.query.ArticleFilter;
import org.dossier.query.CorpusQueries;
import org.dossier.query.Rows;
import org.dossier.query.TimelineQuery;
import org.dossier.model.EventFamily;
import org.dossier.web.view.ArticlePages;
import org.dossier.web.view.CorpusEventList;
import org.dossier.web.view.CorpusEventPage;
import org.dossier.web.view.EntityPage;
import org.dossier.web.view.Filters;
import org.dossier.web.view.Links;
import org.dossier.web.view.SearchPage;
import org.dossier.web.view.TimelineChart;
import org.dossier.web.view.TimelinePage;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The reading room: search, article, entity, timeline and corpus event pages, server-rendered. */
final class PageRoutes {

    /** How many events the entity page draws. */
    static final int ENTITY_EVENTS = 500;

    private final StorePool pool;
    private final Templates templates;

    PageRoutes(StorePool pool, Templates templates) {
        this.pool = pool;
        this.templates = templates;
    }

    void register(Javalin app) {
        app.get("/", this::search);
        app.get("/search", this::search);
        app.get("/article/{id}", this::article);
        app.get("/entity/{id}", this::entity);
        app.get("/entities", this::entities);
        app.get("/timeline", this::timeline);
        app.get("/event/{id}", this::corpusEvent);
    }

    private void search(Context ctx) {
        Params p = new Params(ctx);
        String q = p.text("q");
        ArticleFilter f = p.filter();
        int limit = p.limit(50);
        SearchPage page = pool.with(l -> {
            if (q == null) {
                return new SearchPage(Filters.of(q, f), List.of(), Map.of(), l.queries().articles(f, limit, 0),
                        List.of());
            }
            List<Rows.Hit> hits = l.queries().search(q, f, limit);
            return new SearchPage(Filters.of(q, f), hits, l.queries().articleSummaries(
                    hits.stream().map(Rows.Hit::article).distinct().toList()), List.of(),
                    l.queries().entitySummaries(l.queries().findEntities(q).stream().limit(5).toList()));
        });
        templates.page(ctx, "search.jte", Map.of("page", page));
    }

    private void article(Context ctx) {
        String id = ctx.pathParam("id");
        var page = pool.with(l -> l.store().get(id).map(r -> ArticlePages.build(r, l.queries().articleEntities(id))))
                .orElseThrow(() -> WebError.notFound("No article '" + id + "' in the store. Search for it instead."));
        templates.page(ctx, "article.jte", Map.of("page", page));
    }

    private void entity(Context ctx) {
        Params p = new Params(ctx);
        long id = p.entityId("id");
        EventFamily family = p.family();
        TimelineQuery q = new TimelineQuery(null, null, null, null, family, ENTITY_EVENTS);
        EntityPage page = pool.with(l -> l.queries().profile(id).map(profile -> new EntityPage(profile,
                new CorpusEventList(l.queries().corpusEvents().timeline(q, id, null)), storyChart(l.queries(), id, q),
                l.queries().claimsAbout(id, 50), family == null ? null : family.cliName())))
                .orElseThrow(() -> WebError.notFound("No entity " + id + " in the store."));
        templates.page(ctx, "entity.jte", Map.of("page", page));
    }

    private void corpusEvent(Context ctx) {
        long id = new Params(ctx).corpusEventId("id");
        CorpusEventPage page = pool.with(l -> l.queries().corpusEvents().event(id)).map(CorpusEventPage::new)
                .orElseThrow(() -> WebError.notFound("No event " + id + " in the store."));
        templates.page(ctx, "event.jte", Map.of("page", page));
    }

    /**
     * The entity's own events, and faded among them the other events of the articles that mention it (the story
     * it is part of), earliest first: of the types {@code q} shows.
     */
    static TimelineChart storyChart(CorpusQueries queries, long id, TimelineQuery q) {
        List<Rows.Event> own = queries.timeline(q, id, null);
        Set<String> ownKeys = new HashSet<>();
        own.forEach(e -> ownKeys.add(e.article() + "#" + e.event()));
        Map<String, Rows.Event> all = new LinkedHashMap<>();
        for (Rows.Event e : queries.storyTimeline(id, q.kinds(), ENTITY_EVENTS)) {
            all.put(e.article() + "#" + e.event(), e);
        }
        own.forEach(e -> all.putIfAbsent(e.article() + "#" + e.event(), e));
        List<Rows.Event> events = new ArrayList<>(all.values());
        events.sort(Comparator.comparing(Rows.Event::day, Comparator.nullsLast(
                Comparator.naturalOrder())));
        return TimelineChart.of(events, e -> ownKeys.contains(e.article() + "#" + e.event()));
    }

    private void entities(Context ctx) {
        Params p = new Params(ctx);
        String name = p.text("name");
        int limit = p.limit(100);
        List<Rows.EntitySummary> list = pool.with(l -> name == null ? l.queries().entities(null, limit, 0)
                : l.queries().entitySummaries(l.queries().findEntities(name)));
        if (name != null && list.size() == 1) {
            ctx.redirect(Links.entity(list.get(0).entity()));
            return;
        }
        templates.page(ctx, "entities.jte", Map.of("entities", list, "name", name == null ? "" : name));
    }

    private void timeline(Context ctx) {
        Params p = new Params(ctx);
        ArticleFilter f = p.filter();
        int limit = p.limit(500);
        TimelineQuery q = p.timeline(f, 500);
        TimelinePage page = pool.with(l -> {
            List<Rows.Event> events = l.queries().timeline(q, null, f.source());
            return new TimelinePage(Filters.of(null, f, q.family()), events, TimelineChart.of(events), limit,
                    new CorpusEventList(l.queries().corpusEvents().timeline(q, null, f.source())));
        });
        templates.page(ctx, "timeline.jte", Map.of("page", page));
    }
}

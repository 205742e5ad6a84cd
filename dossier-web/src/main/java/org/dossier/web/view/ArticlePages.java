package org.dossier.web.view;

import org.dossier.model.ArticleRecord;
import org.dossier.model.Claim;
import org.dossier.model.Entity;
import org.dossier.model.Event;
import org.dossier.model.Participant;
import org.dossier.model.Quote;
import org.dossier.model.Span;
import org.dossier.model.Timex;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Builds an {@link ArticlePage}: the text cut at every highlight boundary, so overlapping layers (a name inside a
 * quote inside a claim) all show, each piece carrying the classes and records of everything covering it.
 */
public final class ArticlePages {

    private record Mark(String ref, String cls, Span span) {
    }

    private ArticlePages() {
    }

    /** {@code corpusIds}: the corpus entity of each of the article's entities, for links to entity pages. */
    public static ArticlePage build(ArticleRecord r, Map<String, Long> corpusIds) {
        String text = r.article().text();
        Map<String, Entity> entities = r.entities().stream().collect(Collectors.toMap(Entity::id, e -> e, (a, b) -> a));
        Map<String, Claim> claims = r.claims().stream().collect(Collectors.toMap(Claim::id, c -> c, (a, b) -> a));
        Function<String, String> name = id -> id == null ? null
                : entities.containsKey(id) ? entities.get(id).name() : id;
        List<Mark> marks = new ArrayList<>();
        List<Detail> details = new ArrayList<>();
        for (Entity e : r.entities()) {
            String ref = "e-" + e.id();
            List<Field> f = new ArrayList<>();
            f.add(new Field("type", e.type().name() + (e.subtype() != null ? " (" + e.subtype() + ")" : "")));
            if (!e.titles().isEmpty()) {
                f.add(new Field("titles", String.join("; ", e.titles())));
            }
            if (!e.aliases().isEmpty()) {
                f.add(new Field("aliases", String.join("; ", e.aliases())));
            }
            Long corpus = corpusIds.get(e.id());
            details.add(new Detail(ref, "entity", e.name(), f, corpus == null ? null : "/entity/" + corpus));
            e.mentions().forEach(m -> marks.add(new Mark(ref, "ent ent-" + e.type().name(), m)));
        }
        for (Timex t : r.timexes()) {
            String ref = "t-" + t.id();
            details.add(new Detail(ref, "date", t.span().text(), List.of(new Field("type", t.type().name()),
                    new Field("value", t.value() == null ? "(not normalized)" : t.value())), null));
            marks.add(new Mark(ref, "tx tx-" + t.type().name(), t.span()));
        }
        for (Quote q : r.quotes()) {
            String ref = "q-" + q.id();
            List<Field> f = new ArrayList<>();
            f.add(new Field("speaker", q.speaker() == null ? "unknown" : name.apply(q.speaker())));
            if (q.cue() != null) {
                f.add(new Field("cue", q.cue()));
            }
            if (q.claim() != null) {
                f.add(new Field("claim", q.claim()));
            }
            details.add(new Detail(ref, "quote", "Quote " + q.id(), f, null));
            marks.add(new Mark(ref, "qt", q.span()));
        }
        for (Claim c : r.claims()) {
            String ref = "c-" + c.id();
            List<Field> f = new ArrayList<>();
            String source = c.source() != null ? name.apply(c.source())
                    : c.sourceSpan() != null ? c.sourceSpan().text() : "unnamed";
            f.add(new Field("source", source));
            if (c.cue() != null) {
                f.add(new Field("cue", c.cue().text()));
            }
            if (!c.via().isEmpty()) {
                f.add(new Field("via", String.join("; ", c.via())));
            }
            if (c.date() != null) {
                f.add(new Field("said on", c.date()));
            }
            f.add(new Field("hedged", c.hedged() ? "yes" : "no"));
            details.add(new Detail(ref, "claim", "Claim " + c.id() + " by " + source, f, null));
            if (c.sourceSpan() != null) {
                marks.add(new Mark(ref, "cl cl-source", c.sourceSpan()));
            }
            if (c.cue() != null) {
                marks.add(new Mark(ref, "cl cl-cue", c.cue()));
            }
            if (c.content() != null) {
                marks.add(new Mark(ref, "cl cl-content", c.content()));
            }
        }
        for (Event v : r.events()) {
            String ref = "v-" + v.id();
            List<Field> f = new ArrayList<>();
            f.add(new Field("type", v.type().name() + (v.cameo() != null ? " (CAMEO " + v.cameo() + ")" : "")));
            f.add(new Field("factuality", v.factuality().label()));
            if (v.date() != null) {
                f.add(new Field("date", v.date()));
            }
            for (Participant p : v.participants()) {
                f.add(new Field(p.role() == null ? "participant" : p.role(), name.apply(p.entity())));
            }
            if (v.location() != null) {
                f.add(new Field("location", name.apply(v.location())));
            }
            if (v.attribution() != null) {
                Claim via = claims.get(v.attribution());
                f.add(new Field("known through", via == null ? v.attribution()
                        : "claim " + via.id() + (via.source() != null ? " by " + name.apply(via.source()) : "")));
            }
            details.add(new Detail(ref, "event", v.predicate() + " (" + v.type().name() + ")", f, null));
            marks.add(new Mark(ref, "ev ev-" + v.factuality().label(), v.trigger()));
        }
        Map<String, Detail> byRef = details.stream().collect(Collectors.toMap(Detail::ref, d -> d, (a, b) -> a));
        return new ArticlePage(r.article().id(), r.article().title(), r.article().source(),
                ArticlePage.safeUrl(r.article().url()), r.article().url(), r.article().published(),
                pieces(text, marks, byRef), details, r.warnings());
    }

    private static List<Piece> pieces(String text, List<Mark> marks, Map<String, Detail> details) {
        List<Mark> valid = marks.stream()
                .filter(m -> m.span().end() <= text.length() && m.span().start() < m.span().end()).toList();
        TreeSet<Integer> cuts = new TreeSet<>(List.of(0, text.length()));
        valid.forEach(m -> {
            cuts.add(m.span().start());
            cuts.add(m.span().end());
        });
        List<Piece> out = new ArrayList<>();
        Integer start = null;
        for (int cut : cuts) {
            if (start != null && cut > start) {
                Set<String> classes = new LinkedHashSet<>();
                Set<String> refs = new LinkedHashSet<>();
                for (Mark m : valid) {
                    if (m.span().start() <= start && cut <= m.span().end()) {
                        classes.addAll(List.of(m.cls().split(" ")));
                        refs.add(m.ref());
                    }
                }
                String tooltip = refs.stream().map(details::get).map(Detail::summary).collect(Collectors.joining("\n"));
                out.add(new Piece(text.substring(start, cut), String.join(" ", classes), List.copyOf(refs), tooltip));
            }
            start = cut;
        }
        return out;
    }
}

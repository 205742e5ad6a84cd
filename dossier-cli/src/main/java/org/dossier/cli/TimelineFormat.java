package org.dossier.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.dossier.export.Csv;
import org.dossier.model.ArticleRecord;
import org.dossier.model.Event;
import org.dossier.timeline.EventDate;
import org.dossier.timeline.Timeline;
import org.dossier.timeline.TimelineEntry;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/** The forms {@code dossier timeline} writes. */
enum TimelineFormat {

    /** Two lines per event, at most 100 columns: the facts, then the sentence it comes from. */
    table {
        @Override
        void write(Timeline t, List<ArticleRecord> articles, PrintWriter out) {
            for (int i = 0; i < articles.size(); i++) {
                out.println(fit("[" + (i + 1) + "] " + articles.get(i).article().id()
                        + published(articles.get(i)), WIDTH));
            }
            out.println();
            out.println(String.format("%-21s  %-16s  %-12s  %s", "DATE", "TYPE", "FACTUALITY", "WHO \u2192 WHOM @ WHERE | VIA"));
            t.dated().forEach(e -> row(e, out));
            if (!t.undated().isEmpty()) {
                out.println();
                out.println("Undated");
                t.undated().forEach(e -> row(e, out));
            }
        }

        private static String published(ArticleRecord r) {
            return r.article().published() == null ? "" : " (published " + r.article().published() + ")";
        }

        private static void row(TimelineEntry e, PrintWriter out) {
            Event v = e.event();
            String when = e.date() != null ? e.date().value()
                    : e.reportedOn() != null ? "(rep. " + e.reportedOn().value() + ")" : "-";
            StringBuilder who = new StringBuilder(e.who());
            if (e.place() != null) {
                who.append(" @ ").append(e.place());
            }
            if (e.source() != null) {
                who.append(" | via ").append(e.source());
            }
            out.println(fit(String.format("%-21s  %-16s  %-12s  %s", when, v.type().name(), v.factuality().label(), who),
                    WIDTH));
            String where = "     [" + (e.articleIndex() + 1) + "] s" + v.sentence() + " \"" + v.trigger().text() + "\": ";
            out.println(fit(where + e.sentence(), WIDTH));
        }
    },

    /** A JSON array of entries: dated ones first, in order, then the undated ones ({@code "date": null}). */
    json {
        @Override
        void write(Timeline t, List<ArticleRecord> articles, PrintWriter out) {
            ObjectMapper m = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
            ArrayNode arr = m.createArrayNode();
            for (TimelineEntry e : all(t)) {
                ObjectNode o = arr.addObject();
                Event v = e.event();
                o.put("date", value(e.date()));
                o.put("reported_on", value(e.reportedOn()));
                o.put("type", v.type().name());
                o.put("cameo", v.cameo());
                o.put("predicate", v.predicate());
                o.put("trigger", v.trigger().text());
                o.put("factuality", v.factuality().label());
                ArrayNode ps = o.putArray("participants");
                e.participants().forEach(p -> ps.addObject().put("name", p.name()).put("role", p.role()));
                o.put("place", e.place());
                o.put("source", e.source());
                o.put("article", e.article());
                o.put("sentence", v.sentence());
                o.put("event", v.id());
                o.put("text", e.sentence());
            }
            try {
                out.println(m.writeValueAsString(arr));
            } catch (com.fasterxml.jackson.core.JsonProcessingException ex) {
                throw new IllegalStateException("cannot write the timeline as JSON", ex);
            }
        }
    },

    /** CSV ({@link Csv}) with a header; participants joined by "; ". */
    csv {
        @Override
        void write(Timeline t, List<ArticleRecord> articles, PrintWriter out) {
            out.print(Csv.line("date", "reported_on", "type", "cameo", "predicate", "trigger", "factuality",
                    "participants", "place", "source", "article", "sentence", "event", "text"));
            for (TimelineEntry e : all(t)) {
                Event v = e.event();
                List<String> f = List.of(value(e.date()) == null ? "" : value(e.date()),
                        value(e.reportedOn()) == null ? "" : value(e.reportedOn()), v.type().name(),
                        v.cameo() == null ? "" : v.cameo(), v.predicate(), v.trigger().text(), v.factuality().label(),
                        String.join("; ", e.participants().stream().map(p -> p.name() + " (" + p.role() + ")").toList()),
                        e.place() == null ? "" : e.place(),
                        e.source() == null ? "" : e.source(), e.article(), Integer.toString(v.sentence()), v.id(),
                        e.sentence());
                out.print(Csv.line(f));
            }
        }
    };

    static final int WIDTH = 100;

    abstract void write(Timeline t, List<ArticleRecord> articles, PrintWriter out);

    static List<TimelineEntry> all(Timeline t) {
        List<TimelineEntry> out = new ArrayList<>(t.dated());
        out.addAll(t.undated());
        return out;
    }

    static String value(EventDate d) {
        return d == null ? null : d.value();
    }

    static String fit(String line, int width) {
        String one = line.replace('\n', ' ');
        return one.length() <= width ? one : one.substring(0, width - 1) + "\u2026";
    }
}

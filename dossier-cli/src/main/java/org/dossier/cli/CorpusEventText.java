package org.dossier.cli;

import org.dossier.query.CorpusEventCsv;
import org.dossier.query.Rows;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A corpus event as {@code dossier event} and {@code dossier conflicts} print it: a head (type, predicate, days, who
 * acts on whom and where, how many reports, articles and sources, first reported), its disagreements, then its
 * reports side by side, one table row each (article, publication day, who carries it, factuality, date, place,
 * participants as that report gives them), and each report's sentence (with the merge reason under {@code --why}).
 */
final class CorpusEventText {

    /** One report as a row of the side-by-side table. */
    record ReportRow(String n, String article, String published, String carriedBy, String factuality, String date,
                     String place, String participants) {
    }

    private CorpusEventText() {
    }

    static void head(PrintWriter out, Rows.CorpusEvent e) {
        out.println("corpus event " + e.id() + ": " + e.type() + " \"" + e.predicate() + "\", "
                + (e.day() == null ? "undated" : e.day() + (e.lastDay() != null && !e.lastDay().equals(e.day())
                ? " to " + e.lastDay() : "")));
        String who = e.who();
        if (!who.isEmpty()) {
            out.println("  " + who);
        }
        out.println("  " + e.reports() + (e.reports() == 1 ? " report" : " reports") + " in " + e.articles()
                + (e.articles() == 1 ? " article" : " articles") + " from " + e.sources()
                + (e.sources() == 1 ? " source" : " sources")
                + (e.firstReported() == null ? "" : "; first reported " + e.firstReported()));
    }

    static void print(PrintWriter out, Rows.CorpusEventDetail d, boolean why) {
        head(out, d.event());
        disagreements(out, d.disagreements(), "  ");
        out.println();
        reports(out, d.reports(), why);
    }

    static void disagreements(PrintWriter out, List<Rows.Disagreement> ds, String indent) {
        if (ds.isEmpty()) {
            out.println(indent + "the reports agree");
            return;
        }
        for (Rows.Disagreement x : ds) {
            out.println(indent + (x.conflict() ? "! " : "~ ") + x.kind() + ": " + x.summary());
        }
    }

    static void reports(PrintWriter out, List<Rows.Report> reports, boolean why) {
        List<ReportRow> rows = new ArrayList<>();
        for (int i = 0; i < reports.size(); i++) {
            Rows.Report r = reports.get(i);
            rows.add(new ReportRow("[" + (i + 1) + "]", r.article(), r.published(), carrier(r), r.factuality(),
                    r.date(), r.place(), parties(r)));
        }
        OutputFormat.table(out, ReportRow.class, rows, 40);
        out.println();
        for (int i = 0; i < reports.size(); i++) {
            Rows.Report r = reports.get(i);
            out.println(TimelineFormat.fit("[" + (i + 1) + "] " + r.article() + " s" + r.sentence() + " \""
                    + r.trigger() + "\": " + (r.text() == null ? "" : r.text()), TimelineFormat.WIDTH));
            if (why && r.mergeReason() != null) {
                out.println("    why: " + r.mergeReason());
            }
        }
    }

    /** The rows of one disagreement side by side: each reading, then the reports that give it. */
    static void sides(PrintWriter out, Rows.Disagreement x, List<Rows.Report> reports) {
        Map<String, Rows.Report> byKey = new HashMap<>();
        reports.forEach(r -> byKey.put(r.key(), r));
        out.println("  " + (x.conflict() ? "! " : "~ ") + x.kind() + ": " + x.summary());
        for (Rows.Side s : x.sides()) {
            out.println("    " + s.value() + ":");
            for (String k : s.reports()) {
                Rows.Report r = byKey.get(k);
                if (r != null) {
                    out.println("      " + r.article() + " (" + (r.published() == null ? "undated" : r.published())
                            + ", " + carrier(r) + ") \"" + r.trigger() + "\":");
                    out.println("        " + (r.text() == null ? "" : r.text().replace('\n', ' ')));
                }
            }
        }
    }

    /** Who carries the report: the article's publication, or the claim's source with its via and hedging. */
    static String carrier(Rows.Report r) {
        if (!r.attributed()) {
            return r.carrier();
        }
        return r.carrier() + (r.claimCue() == null ? "" : " (" + r.claimCue() + ")")
                + (r.via().isEmpty() ? "" : " via " + String.join(", ", r.via())) + (r.hedged() ? ", hedged" : "");
    }

    static String parties(Rows.Report r) {
        List<String> out = new ArrayList<>();
        r.participants().forEach(p -> out.add(p.name() + " (" + p.role() + ")"));
        return String.join("; ", out);
    }

    /** The reports as mentions-table CSV (the form of {@code dossier export --format mentions-csv}). */
    static void csv(PrintWriter out, List<Rows.CorpusEventDetail> ds) {
        out.print(CorpusEventCsv.mentionHeader());
        ds.forEach(d -> out.print(CorpusEventCsv.mentions(d)));
    }

    /** {@code d} without merge reasons (JSON without {@code --why}). */
    static Rows.CorpusEventDetail withoutWhy(Rows.CorpusEventDetail d) {
        List<Rows.Report> rs = d.reports().stream().map(r -> new Rows.Report(r.article(), r.event(), r.published(),
                r.outlet(), r.title(), r.url(), r.sentence(), r.text(), r.trigger(), r.type(), r.predicate(),
                r.factuality(), r.date(), r.day(), r.place(), r.placeEntity(), r.placeKind(), r.participants(),
                r.carrier(), r.attributed(), r.claimCue(), r.via(), r.hedged(), null)).toList();
        return new Rows.CorpusEventDetail(d.event(), rs, d.disagreements());
    }
}

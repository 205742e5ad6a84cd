package org.dossier.web.view;

import org.dossier.query.Rows;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A corpus event's page: its head, where its reports disagree (each reading with the reports that give it), and
 * every report side by side (article, publication day, who carries it, factuality, date, place, participants, the
 * sentence, and why it was merged).
 */
public record CorpusEventPage(Rows.CorpusEventDetail detail) {

    /** One reading of a disagreement, with the reports (and their numbers on the page) that give it. */
    public record Reading(String value, List<Rows.Report> reports, List<Integer> numbers) {
    }

    public Rows.CorpusEvent event() {
        return detail.event();
    }

    public List<Rows.Report> reports() {
        return detail.reports();
    }

    public List<Rows.Disagreement> disagreements() {
        return detail.disagreements();
    }

    public String title() {
        Rows.CorpusEvent e = detail.event();
        return e.type() + " \u201c" + e.predicate() + "\u201d" + (e.day() == null ? "" : ", " + e.day());
    }

    /** "5 reports in 5 articles from 4 sources" (singular where one). */
    public String counts() {
        Rows.CorpusEvent e = detail.event();
        return e.reports() + (e.reports() == 1 ? " report" : " reports") + " in " + e.articles()
                + (e.articles() == 1 ? " article" : " articles") + " from " + e.sources()
                + (e.sources() == 1 ? " source" : " sources");
    }

    /** "A → B @ Place", or empty. */
    public String who() {
        return detail.event().who();
    }

    /** The readings of {@code d}, with the reports resolved. */
    public List<Reading> readings(Rows.Disagreement d) {
        Map<String, Integer> numbers = new HashMap<>();
        for (int i = 0; i < detail.reports().size(); i++) {
            numbers.put(detail.reports().get(i).key(), i + 1);
        }
        List<Reading> out = new ArrayList<>();
        for (Rows.Side s : d.sides()) {
            List<Rows.Report> rs = new ArrayList<>();
            List<Integer> ns = new ArrayList<>();
            for (String k : s.reports()) {
                Integer n = numbers.get(k);
                if (n != null) {
                    rs.add(detail.reports().get(n - 1));
                    ns.add(n);
                }
            }
            out.add(new Reading(s.value(), rs, ns));
        }
        return out;
    }

    /** Who carries a report: its publication, or the claim's source with its cue, whom it cites and hedging. */
    public static String carrier(Rows.Report r) {
        if (!r.attributed()) {
            return r.carrier();
        }
        return r.carrier() + (r.claimCue() == null ? "" : " (" + r.claimCue() + ")")
                + (r.via().isEmpty() ? "" : " via " + String.join(", ", r.via())) + (r.hedged() ? ", hedged" : "");
    }

    /** The participants as the report gives them: "Zelensky (source); Rutte (target)". */
    public static String parties(Rows.Report r) {
        List<String> out = new ArrayList<>();
        r.participants().forEach(p -> out.add(p.name() + " (" + p.role() + ")"));
        return String.join("; ", out);
    }

    /** The CSS class of a disagreement: {@code conflict}, or {@code development} for "happened since". */
    public static String kindClass(Rows.Disagreement d) {
        return d.conflict() ? "conflict" : "development";
    }
}

package org.dossier.query;

import org.dossier.export.Csv;
import org.dossier.model.EventType;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Corpus events as CSV in GDELT's shape ({@link Csv}: RFC 4180, formula-leading fields defused): an events table,
 * one row per corpus event with GDELT's {@code NumMentions} (its reports), {@code NumArticles} and
 * {@code NumSources} (distinct publications), and a mentions table, one row per report, keyed by
 * {@code GLOBALEVENTID} (the corpus event's id in the store). GDELT's names are used where the field means the same;
 * its dates are days here ({@code YYYYMMDD}), since an article's publication gives no time of day. Our own columns
 * follow in CamelCase.
 */
public final class CorpusEventCsv {

    public static final List<String> EVENT_COLUMNS = List.of("GLOBALEVENTID", "SQLDATE", "LastDate", "EventType",
            "EventFamily", "QuadClass", "EventRootCode", "Predicate", "Actor1Name", "Actor2Name",
            "ActionGeo_FullName", "NumMentions", "NumArticles", "NumSources", "DATEADDED", "SOURCEURL",
            "Disagreements");

    public static final List<String> MENTION_COLUMNS = List.of("GLOBALEVENTID", "EventTimeDate", "MentionTimeDate",
            "MentionSourceName", "MentionIdentifier", "ArticleID", "EventID", "SentenceID", "Trigger", "EventType",
            "Predicate", "Factuality", "Date", "Place", "Participants", "Carrier", "Via", "Hedged", "MergeReason",
            "Sentence");

    private CorpusEventCsv() {
    }

    public static String eventHeader() {
        return Csv.line(EVENT_COLUMNS);
    }

    public static String mentionHeader() {
        return Csv.line(MENTION_COLUMNS);
    }

    /** The events-table line of {@code d}. */
    public static String event(Rows.CorpusEventDetail d) {
        Rows.CorpusEvent e = d.event();
        EventType type = type(e.type());
        String url = d.reports().stream().map(Rows.Report::url).filter(u -> u != null && !u.isBlank()).findFirst()
                .orElse(null);
        return Csv.line(Arrays.asList(Long.toString(e.id()), gdeltDay(e.day()), gdeltDay(e.lastDay()), e.type(),
                type == null ? null : type.family().cliName(), quadClass(type), type == null ? null : type.cameo(),
                e.predicate(), e.actors(), e.targets(), e.location(), Integer.toString(e.reports()),
                Integer.toString(e.articles()), Integer.toString(e.sources()), gdeltDay(e.firstReported()), url,
                e.disagree()));
    }

    /** The mentions-table lines of {@code d}, one per report. */
    public static String mentions(Rows.CorpusEventDetail d) {
        StringBuilder b = new StringBuilder();
        for (Rows.Report r : d.reports()) {
            b.append(mention(d.event().id(), r));
        }
        return b.toString();
    }

    /** One report as a mentions-table line. */
    public static String mention(long corpusEvent, Rows.Report r) {
        List<String> parties = new ArrayList<>();
        r.participants().forEach(p -> parties.add(p.name() + " (" + p.role() + ")"));
        return Csv.line(Arrays.asList(Long.toString(corpusEvent), gdeltDay(r.day()), gdeltDay(r.published()),
                r.outlet(), r.url() != null ? r.url() : r.article(), r.article(), r.event(),
                Integer.toString(r.sentence()), r.trigger(), r.type(), r.predicate(), r.factuality(), r.date(),
                r.place(), String.join("; ", parties), r.carrier(), String.join("; ", r.via()),
                r.attributed() ? Boolean.toString(r.hedged()) : null, r.mergeReason(), r.text()));
    }

    /** GDELT's QuadClass: 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict. */
    static String quadClass(EventType type) {
        if (type == null) {
            return null;
        }
        return switch (type.family()) {
            case VERBAL_COOPERATION -> "1";
            case MATERIAL_COOPERATION -> "2";
            case VERBAL_CONFLICT -> "3";
            case MATERIAL_CONFLICT -> "4";
            default -> null;
        };
    }

    private static EventType type(String name) {
        try {
            return name == null ? null : EventType.valueOf(name);
        } catch (IllegalArgumentException e) {
            return null; // a type a newer Dossier stored: written as is, without family
        }
    }

    /** {@code 2024-12-18} as GDELT writes a day, {@code 20241218}. */
    static String gdeltDay(String isoDay) {
        return isoDay == null || isoDay.length() < 10 ? isoDay : isoDay.substring(0, 10).replace("-", "");
    }
}

package org.dossier.export;

import org.dossier.model.ArticleRecord;
import org.dossier.model.Event;
import org.dossier.model.EventType;
import org.dossier.model.Factuality;
import org.dossier.model.Span;
import org.dossier.model.Timex;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * An article as a TimeML 1.2 document (the TempEval-3 layout): {@code DOCID}, the {@code DCT} (the publication
 * date as the creation-time TIMEX3 {@code t0}), the {@code TITLE}, the {@code TEXT} with {@code TIMEX3} and
 * {@code EVENT} tags inline, then one {@code MAKEINSTANCE} per event. TimeML tags cannot overlap, so a tag that
 * overlaps one placed before it (longer and earlier first) is left out and named in {@link Result#skipped()}.
 * Stateless.
 */
public final class TimeMlExporter {

    /** The document, and what could not be tagged. */
    public record Result(String xml, List<String> skipped) {
        public Result {
            skipped = List.copyOf(skipped);
        }
    }

    private record Tag(Span span, String open, String close, String what) {
    }

    private TimeMlExporter() {
    }

    public static Result export(ArticleRecord r) {
        List<Tag> tags = new ArrayList<>();
        for (int i = 0; i < r.timexes().size(); i++) {
            Timex t = r.timexes().get(i);
            tags.add(new Tag(t.span(), "<TIMEX3 tid=\"t" + (i + 1) + "\" type=\"" + t.type().name() + "\" value=\""
                    + attr(t.value() == null ? "" : t.value()) + "\" temporalFunction=\"false\" "
                    + "functionInDocument=\"NONE\">", "</TIMEX3>", "timex " + t.id()));
        }
        for (int i = 0; i < r.events().size(); i++) {
            Event e = r.events().get(i);
            tags.add(new Tag(e.trigger(), "<EVENT eid=\"e" + (i + 1) + "\" class=\"" + eventClass(e.type()) + "\">",
                    "</EVENT>", "event " + e.id()));
        }
        tags.sort(Comparator.comparingInt((Tag t) -> t.span().start()).thenComparingInt(t -> -t.span().end()));
        List<String> skipped = new ArrayList<>();
        String text = r.article().text();
        StringBuilder body = new StringBuilder();
        int at = 0;
        for (Tag t : tags) {
            if (t.span().start() < at || t.span().end() > text.length() || t.span().length() == 0) {
                skipped.add(t.what() + " [" + t.span().start() + ", " + t.span().end() + ") overlaps another tag or "
                        + "lies outside the text");
                continue;
            }
            body.append(text(text.substring(at, t.span().start()))).append(t.open())
                    .append(text(text.substring(t.span().start(), t.span().end()))).append(t.close());
            at = t.span().end();
        }
        body.append(text(text.substring(at)));

        StringBuilder x = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        x.append("<TimeML xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" "
                + "xsi:noNamespaceSchemaLocation=\"http://timeml.org/timeMLdocs/TimeML_1.2.1.xsd\">\n");
        x.append("<DOCID>").append(text(r.article().id())).append("</DOCID>\n");
        r.article().anchor().ifPresent(day -> x.append("<DCT><TIMEX3 tid=\"t0\" type=\"DATE\" value=\"").append(day)
                .append("\" temporalFunction=\"false\" functionInDocument=\"CREATION_TIME\">").append(day)
                .append("</TIMEX3></DCT>\n"));
        if (r.article().title() != null) {
            x.append("<TITLE>").append(text(r.article().title())).append("</TITLE>\n");
        }
        x.append("<TEXT>").append(body).append("</TEXT>\n");
        for (int i = 0; i < r.events().size(); i++) {
            Event e = r.events().get(i);
            x.append("<MAKEINSTANCE eventID=\"e").append(i + 1).append("\" eiid=\"ei").append(i + 1)
                    .append("\" tense=\"NONE\" aspect=\"NONE\" polarity=\"")
                    .append(e.factuality() == Factuality.NEGATED ? "NEG" : "POS").append("\" pos=\"UNKNOWN\"/>\n");
        }
        x.append("</TimeML>\n");
        return new Result(x.toString(), skipped);
    }

    /** TimeML's event classes: reporting verbs, intentional actions, and occurrences. */
    static String eventClass(EventType t) {
        return switch (t) {
            case STATEMENT -> "REPORTING";
            case REQUEST, INTENT, DEMAND, THREAT -> "I_ACTION";
            default -> "OCCURRENCE";
        };
    }

    private static String text(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                default -> {
                    if (c < 0x20 && c != '\n' && c != '\r' && c != '\t') {
                        b.append(' '); // not allowed in XML 1.0
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.toString();
    }

    private static String attr(String s) {
        return text(s).replace("\"", "&quot;");
    }
}

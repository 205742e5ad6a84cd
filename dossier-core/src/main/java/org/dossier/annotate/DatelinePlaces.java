package org.dossier.annotate;

import org.dossier.model.Span;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The datelines that open an article or one of its paragraphs: the place the report was filed from, in capitals,
 * perhaps with a region or a date after a comma and an agency in parentheses, then a dash that starts the story
 * ("FRANKFURT —", "SAN JOSE, Calif. -", "KYIV, Dec. 18 (Reuters) —"), or a place in title case when an agency
 * follows it ("Kyiv (Reuters) —"). The place is where the copy comes from, not something the story reports: the
 * layers that read who takes part in what skip the names inside a dateline. Stateless.
 */
public final class DatelinePlaces {

    /** A place word in capitals, of two characters or more ("ST.", "KYIV", "AL-ARISH"). */
    private static final String CAPS = "\\p{Lu}[\\p{Lu}.'’-]++";
    /** A place word in title case ("Kyiv", "Rio"), or a lower-case particle inside it ("de", "al-"). */
    private static final String TITLE = "\\p{Lu}[\\p{L}.'’-]*+";
    /** What may follow the place before the dash: a region or a date after a comma. */
    private static final String AFTER_COMMA = "(?:,\\h*+[^\\n—–()]{1,40}?)?\\h*+";
    private static final String AGENCY = "\\([^)\\n]{1,40}\\)\\h*+";
    private static final String DASH = "(?:[—–]|(?:--|-)(?=\\h))";
    private static final Pattern DATELINE = Pattern.compile("(?m)^\\h*+(?:"
            + "(?<caps>" + CAPS + "(?:\\h++" + CAPS + ")*+)" + AFTER_COMMA + "(?:" + AGENCY + ")?"
            + "|(?<title>" + TITLE + "(?:\\h++" + TITLE + ")*+)" + AFTER_COMMA + AGENCY
            + ")" + DASH);

    private DatelinePlaces() {
    }

    /** The datelines of {@code text}, each from the start of its place to the end of its dash, in text order. */
    public static List<Span> find(String text) {
        List<Span> out = new ArrayList<>();
        Matcher m = DATELINE.matcher(text);
        while (m.find()) {
            int start = m.start("caps") >= 0 ? m.start("caps") : m.start("title");
            out.add(Span.of(text, start, m.end()));
        }
        return out;
    }

    /** Whether {@code [start, end)} lies inside one of {@code datelines}. */
    public static boolean inside(List<Span> datelines, int start, int end) {
        for (Span d : datelines) {
            if (start >= d.start() && end <= d.end()) {
                return true;
            }
        }
        return false;
    }
}

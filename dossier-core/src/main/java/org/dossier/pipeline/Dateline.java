package org.dossier.pipeline;

import org.dossier.model.Timex;
import org.dossier.model.TimexType;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The date an article carries at its head when its metadata has none: a full date (with its year, possibly with a
 * time) alone on one of the first lines ("September 01, 2007"), after a place ("KYIV, Dec. 18, 2024 — ..."), or
 * after "Published" or "Updated" ("Updated: 2024-12-18 10:05") or a byline ("By Jane Doe | Dec. 18, 2024"). Wire
 * copy and pages saved from the web often keep that line and lose the metadata; relative dates are then resolved
 * against it rather than left underspecified. Nothing else in the text is taken for it, not a headline that
 * starts with a date.
 */
final class Dateline {

    /** How many lines from the top a dateline may sit on (title, byline, then the date). */
    static final int LINES = 4;

    /**
     * What may come before the date on its line (trimmed): a place in capitals or title case and a comma
     * (group {@code place}), a publishing word ("Published:", "Updated on"), or a byline ("By Jane Doe |"); then
     * perhaps a weekday.
     */
    private static final Pattern BEFORE = Pattern.compile(
            "(?:(?<place>\\p{Lu}[\\p{L}.'’-]*+(?:\\h++\\p{Lu}[\\p{L}.'’-]*+)*+),\\h*+"
                    + "|(?i:(?:first\\h++)?(?:published|updated|posted)(?:\\h++on)?:?\\h*+)"
                    + "|(?i:by)\\h++[\\p{L}.'’ -]{1,60}?\\h*+[|·•]\\h*+)?"
                    + "(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?\\h*+)?");
    /**
     * What may follow it (trimmed): a clock time ("10:05 a.m. EST") and an agency in parentheses, then either
     * nothing or, after a place only, a dash or colon that starts the story ("KYIV, Dec. 18, 2024 — ..."). A date
     * followed by a dash and words without a place before it is a headline ("September 11, 2001 – The day that
     * changed everything"), not a dateline.
     */
    private static final Pattern AFTER = Pattern.compile("(?:,?\\h*+(?:at\\h++)?\\d{1,2}[:.]\\d\\d(?::\\d\\d)?"
            + "(?:\\h*+(?i:[ap]\\.?m\\.?))?(?:\\h*+\\p{Lu}{2,4})?)?\\h*+(?:\\([^)]{1,40}\\)\\h*+)?"
            + "(?<story>[-—–:|].*)?");
    private static final Pattern FULL_DAY = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})(?:T.*)?");

    /** A dateline found: the day and its line (1-based). */
    record Found(LocalDate date, int line) {
    }

    private Dateline() {
    }

    /**
     * The dateline of {@code text}, among {@code timexes} tagged without an anchor (so only dates that carry
     * their own year have a full value).
     */
    static Optional<Found> find(String text, List<Timex> timexes) {
        int lineStart = 0;
        int line = 1;
        while (line <= LINES && lineStart <= text.length()) {
            int nl = text.indexOf('\n', lineStart);
            int lineEnd = nl < 0 ? text.length() : nl;
            for (Timex t : timexes) {
                int s = t.span().start();
                int e = t.span().end();
                Matcher day = FULL_DAY.matcher(t.value());
                if (s < lineStart || e > lineEnd || t.type() != TimexType.DATE && t.type() != TimexType.TIME
                        || !day.matches()) {
                    continue;
                }
                Matcher before = BEFORE.matcher(text.substring(lineStart, s).strip());
                Matcher after = AFTER.matcher(text.substring(e, lineEnd).strip());
                boolean headline = after.matches() && after.group("story") != null;
                if (before.matches() && after.matches() && (!headline || before.group("place") != null)) {
                    return Optional.of(new Found(LocalDate.parse(day.group(1)), line));
                }
            }
            if (nl < 0) {
                break;
            }
            if (lineEnd > lineStart && !text.substring(lineStart, lineEnd).isBlank()) {
                line++;
            }
            lineStart = nl + 1;
        }
        return Optional.empty();
    }
}

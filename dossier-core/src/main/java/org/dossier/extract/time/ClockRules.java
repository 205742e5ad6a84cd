package org.dossier.extract.time;

import org.dossier.extract.time.Meaning.Base;
import org.dossier.extract.time.Meaning.ClockTime;
import org.dossier.extract.time.Meaning.Direction;
import org.dossier.extract.time.Meaning.PartOfDay;
import org.dossier.extract.time.Meaning.PartialDate;
import org.dossier.extract.time.Meaning.Shift;
import org.dossier.extract.time.Meaning.Weekday;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import static org.dossier.extract.time.CalendarWords.dayOfMonth;
import static org.dossier.extract.time.CalendarWords.monthBeforeDay;
import static org.dossier.extract.time.CalendarWords.weekday;
import static org.dossier.extract.time.CalendarWords.year;

/**
 * Times of day: "3 p.m.", "10:35 a.m. EST Friday", "1750 GMT", "noon Saturday", "Friday morning", "last
 * night", "this afternoon".
 */
final class ClockRules {

    private static final String ZONE = "(?<zone>GMT|UTC|Z|EST|EDT|CST|CDT|MST|MDT|PST|PDT|BST|CET|CEST)";
    /** A day named right after the time ("5 p.m. EST Nov. 9", "midnight Friday"). */
    private static final String DAY = "(?:\\h*,?\\h*(?:" + weekday("cwd")
            + "|(?<cday>(?i:today|yesterday|tomorrow|tonight))|" + monthBeforeDay("cm") + "\\h*" + dayOfMonth("cd")
            + "(?:\\h*,\\h*" + year("cy") + ")?))?";
    private static final String PART = "(?<part>(?i:morning|afternoon|evening|night|overnight))";
    private static final Set<String> CLOCK_CUES = Set.of("at", "by", "until", "till", "before", "after", "around",
            "about", "from", "to", "since", "approximately");

    private ClockRules() {
    }

    static List<Rule> rules() {
        return List.of(
                Rule.of("clock-ampm", "(?<h>1[0-2]|0?[1-9])(?:[:.](?<min>[0-5]\\d))?\\h*(?<ap>(?i:a\\.m\\.?|p\\.m\\.?"
                        + "|am|pm)(?![\\w]))(?:\\h*\\(?" + ZONE + "\\)?)?" + DAY, ClockRules::ampm),
                Rule.of("clock-24", "(?<h>[01]\\d|2[0-3]):?(?<min>[0-5]\\d)\\h*" + ZONE + DAY, ClockRules::clock24),
                Rule.of("clock-colon", "(?<h>[01]?\\d|2[0-3]):(?<min>[0-5]\\d)(?![:\\d])" + DAY, ClockRules::clockColon),
                Rule.of("noon", "(?<w>(?i:noon|midnight|midday))" + DAY, ClockRules::noon),
                Rule.of("in-the-morning", "(?<n>1[0-2]|0?[1-9]|(?i:one|two|three|four|five|six|seven|eight|nine|ten"
                        + "|eleven|twelve))(?:\\h+(?i:o'clock))?\\h+(?i:in\\h+the)\\h+(?<p>(?i:morning|afternoon"
                        + "|evening))", ClockRules::inThe),
                Rule.of("day-part", "(?:(?i:early|late)\\h+)?(?:" + weekday("wd") + "|(?<rd>(?i:today|yesterday"
                        + "|tomorrow|this)))\\h+" + PART, ClockRules::dayPart),
                Rule.of("last-night", "(?i:last)\\h+(?<part>(?i:night|evening))", m -> Optional.of(Reading.time(
                        new PartOfDay(new Shift(Base.ANCHOR, Granularity.DAY, -1, Granularity.DAY),
                                code(m.lower("part")))))),
                Rule.of("part-then-day", "(?:(?i:early|late|mid)[-\\h]?)?" + PART + "\\h+(?:(?i:of|on)\\h+)?(?:"
                        + weekday("wd") + "|(?<rd>(?i:today|yesterday|tomorrow)))", ClockRules::dayPart),
                Rule.of("bare-part", "(?<mod>(?i:the|early|late|mid|mid-))[-\\h]*" + PART, ClockRules::barePart));
    }

    /** "10:35 a.m. (0735 GMT)": the same time again in another zone, which TimeML does not tag twice. */
    private static boolean restatesTime(RuleMatch m) {
        return m.textBefore(16).matches("(?s).*(?:[apAP]\\.?[mM]\\.?|\\d)\\h*\\(\\h*$");
    }

    private static Optional<Reading> ampm(RuleMatch m) {
        if (restatesTime(m)) {
            return Optional.empty();
        }
        int h = Integer.parseInt(m.group("h"));
        int min = m.has("min") ? Integer.parseInt(m.group("min")) : 0;
        boolean pm = m.lower("ap").startsWith("p");
        int hour = h % 12 + (pm ? 12 : 0);
        return Optional.of(Reading.time(new ClockTime(day(m), hour, min, utc(m))));
    }

    private static Optional<Reading> clock24(RuleMatch m) {
        if (restatesTime(m)) {
            return Optional.empty();
        }
        return Optional.of(Reading.time(new ClockTime(day(m), Integer.parseInt(m.group("h")),
                Integer.parseInt(m.group("min")), utc(m))));
    }

    private static Optional<Reading> clockColon(RuleMatch m) {
        if (!CLOCK_CUES.contains(m.wordBefore())) {
            return Optional.empty(); // a score or a ratio
        }
        return Optional.of(Reading.time(new ClockTime(day(m), Integer.parseInt(m.group("h")),
                Integer.parseInt(m.group("min")), false)));
    }

    private static Optional<Reading> noon(RuleMatch m) {
        if (Character.isUpperCase(m.group("w").charAt(0)) && !m.textBefore(3).matches("(?s)(^|.*[.!?\"'`]\\h*)$")) {
            return Optional.empty(); // "High Noon": a title
        }
        int h = m.lower("w").equals("midnight") ? 24 : 12;
        return Optional.of(Reading.time(new ClockTime(day(m), h, 0, false)));
    }

    private static Optional<Reading> inThe(RuleMatch m) {
        Double n = NumberWords.value(m.group("n"));
        if (n == null) {
            return Optional.empty();
        }
        int h = n.intValue() % 12 + (m.lower("p").equals("morning") ? 0 : 12);
        return Optional.of(Reading.time(new ClockTime(null, h, 0, false)));
    }

    private static Optional<Reading> dayPart(RuleMatch m) {
        Meaning day;
        if (m.has("wd")) {
            day = new Weekday(CalendarWords.weekdayOf(m.group("wd")), Direction.BY_TENSE);
        } else {
            int offset = switch (m.lower("rd")) {
                case "yesterday" -> -1;
                case "tomorrow" -> 1;
                default -> 0;
            };
            day = new Shift(Base.ANCHOR, Granularity.DAY, offset, Granularity.DAY);
        }
        if (m.lower("part").equals("night") && m.has("wd")) {
            return Optional.of(Reading.date(day)); // "Friday night" is annotated as the day itself
        }
        return Optional.of(Reading.time(new PartOfDay(day, code(m.lower("part")))));
    }

    private static Optional<Reading> barePart(RuleMatch m) {
        String mod = m.lower("mod");
        if (mod.equals("the") && !Set.of("in", "during", "on", "by", "until", "through").contains(m.wordBefore())) {
            return Optional.empty();
        }
        if (m.lower("part").equals("overnight") || m.lower("part").equals("night")) {
            return Optional.empty();
        }
        return Optional.of(Reading.time(new PartOfDay(null, code(m.lower("part")))));
    }

    private static String code(String part) {
        return switch (part.toLowerCase(Locale.ROOT)) {
            case "morning" -> "MO";
            case "afternoon" -> "AF";
            case "evening" -> "EV";
            default -> "NI";
        };
    }

    private static boolean utc(RuleMatch m) {
        String z = m.group("zone");
        return z != null && (z.equals("GMT") || z.equals("UTC") || z.equals("Z"));
    }

    /** The day named with the time, or {@code null} (then the sentence's day or the anchor). */
    private static Meaning day(RuleMatch m) {
        if (m.has("cwd")) {
            return new Weekday(CalendarWords.weekdayOf(m.group("cwd")), Direction.BY_TENSE);
        }
        if (m.has("cday")) {
            int offset = switch (m.lower("cday")) {
                case "yesterday" -> -1;
                case "tomorrow" -> 1;
                default -> 0;
            };
            return new Shift(Base.ANCHOR, Granularity.DAY, offset, Granularity.DAY);
        }
        if (m.has("cm")) {
            int month = CalendarWords.monthNumber(m.group("cm"));
            int d = Integer.parseInt(m.group("cd"));
            if (m.has("cy")) {
                return new Meaning.Fixed(m.group("cy") + "-" + Granularity.two(month) + "-" + Granularity.two(d));
            }
            return new PartialDate(month, d, Direction.BY_TENSE, null);
        }
        return null;
    }
}

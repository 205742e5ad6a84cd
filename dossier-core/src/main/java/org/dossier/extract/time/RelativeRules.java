package org.dossier.extract.time;

import org.dossier.annotate.Token;
import org.dossier.extract.time.Meaning.Base;
import org.dossier.extract.time.Meaning.Direction;
import org.dossier.extract.time.Meaning.Shift;
import org.dossier.extract.time.Meaning.Weekday;
import org.dossier.extract.time.Meaning.Weekend;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import static org.dossier.extract.time.CalendarWords.weekday;

/**
 * Dates that count from the publication date: "yesterday", "last week", "this year", "two years ago", "Friday",
 * "last Monday", "the weekend", "year-end", "the week of March 6".
 */
final class RelativeRules {

    static final String HEDGE = "(?:(?i:about|almost|nearly|roughly|some|just|only|more\\h+than|less\\h+than"
            + "|at\\h+least|over|around|barely|exactly|approximately|fully|well\\h+over)\\h+)?";
    static final String COUNT = "(?<n>" + NumberWords.PATTERN + "|(?i:a|an|one))";
    static final String UNIT = "(?<u>(?i:" + DurationUnit.WORDS + "))";

    /** "the day before" / "the day after" in front of a named day. */
    static final String DAY_BEFORE_AFTER = "(?:(?<dd>(?i:(?:the\\h+)?day\\h+(?:before|after)))\\h+)?";

    /** The meaning of a named day, shifted when "the day before/after" comes in front of it. */
    static Meaning dayBeforeAfter(RuleMatch m, Meaning day) {
        if (!m.has("dd")) {
            return day;
        }
        return new Meaning.DayOffset(day, m.lower("dd").endsWith("before") ? -1 : 1);
    }

    private RelativeRules() {
    }

    static List<Rule> rules() {
        return List.of(
                Rule.of("day-word", "(?:(?i:early|late|earlier|later)\\h+)?(?:(?<dd>(?i:the\\h+day\\h+(?:before|after)))"
                        + "\\h+)?(?<w>(?i:today|yesterday|tomorrow|tonight))(?:'s)?", RelativeRules::dayWord),
                Rule.of("this-last-next", DateRules.MOD + "(?<rel>(?i:this\\h+past|this\\h+coming|this|last|next|past"
                        + "|previous|coming|current|the\\h+past|the\\h+last|the\\h+current|the\\h+coming"
                        + "|the\\h+previous))\\h+(?:(?i:fiscal|calendar|financial)\\h+)?(?<u>(?i:week|month|year|quarter"
                        + "|decade|century|weekend))(?:'s)?", RelativeRules::thisLastNext),
                Rule.of("ago", HEDGE + "(?:" + COUNT + "|(?<vague>(?i:several|a\\h+few|few|many|some)))[-\\h]+" + UNIT
                        + "(?:\\h+(?i:or\\h+so))?\\h+(?i:ago)", RelativeRules::ago),
                Rule.of("from-now", HEDGE + COUNT + "[-\\h]+" + UNIT + "\\h+(?i:from\\h+now|hence)", RelativeRules::fromNow),
                Rule.of("week-of", "(?i:the)\\h+(?i:week)\\h+(?i:of)\\h+" + CalendarWords.monthBeforeDay("m") + "\\h*"
                        + CalendarWords.dayOfMonth("d"), RelativeRules::weekOf),
                Rule.of("weekday", DAY_BEFORE_AFTER + "(?:(?<rel>(?i:last|next|this|this\\h+coming|this\\h+past|the\\h+previous"
                        + "|the\\h+following|coming))\\h+|(?i:early|late|earlier|later)\\h+)?" + weekday("wd")
                        + "(?:'s)?", RelativeRules::weekdayName),
                Rule.of("weekend", "(?<rel>(?i:this|last|next|the\\h+past|this\\h+past|the\\h+coming|the|coming))\\h+"
                        + "(?i:weekend)", RelativeRules::weekend),
                Rule.of("year-end", "(?i:year[-\\h]end|year's\\h+end)", m -> Optional.of(Reading.date(
                        new Shift(Base.ANCHOR, Granularity.YEAR, 0, Granularity.YEAR)))));
    }

    private static Optional<Reading> dayWord(RuleMatch m) {
        Token t = m.tokenAt("w");
        if (t != null && "ORGANIZATION".equals(t.coarseNer()) && m.lower("w").equals("today")) {
            return Optional.empty(); // "USA Today"
        }
        if (m.lower("w").equals("today") && m.group().endsWith("'s") && isGenericToday(m)) {
            return Optional.empty(); // "in today's world", "many of today's computers": the present age, no day
        }
        int offset = switch (m.lower("w")) {
            case "yesterday" -> -1;
            case "tomorrow" -> 1;
            default -> 0;
        };
        if (m.has("dd")) {
            offset += m.lower("dd").endsWith("before") ? -1 : 1;
        }
        return Optional.of(Reading.date(new Shift(Base.ANCHOR, Granularity.DAY, offset, Granularity.DAY)));
    }

    /** Nouns that "today's" turns into the present age rather than a day's doings ("today's youth"). */
    private static final Pattern GENERIC_AGE = Pattern.compile("^\\h+(?:[a-z]+\\h+)?(?i:world|youth|society"
            + "|generations?|children|kids|teenagers|young\\h+people|economy|culture)\\b");
    private static final Pattern QUANTIFIER_OF = Pattern.compile("(?i)\\b(?:many|most|some|all|much)\\h+of\\h+$");

    private static boolean isGenericToday(RuleMatch m) {
        return GENERIC_AGE.matcher(m.textAfter(30)).find() || QUANTIFIER_OF.matcher(m.textBefore(20)).find();
    }

    private static Optional<Reading> thisLastNext(RuleMatch m) {
        if (isTitle(m)) {
            return Optional.empty(); // "ABC's \"This Week\"": a programme's name
        }
        String rel = m.lower("rel").replaceAll("\\s+", " ").replaceFirst("^the ", "");
        int amount = switch (rel) {
            case "this", "current" -> 0;
            case "next", "coming", "this coming" -> 1;
            default -> -1;
        };
        String u = m.lower("u");
        if (u.equals("weekend")) {
            Direction d = amount == 0 ? Direction.CURRENT : amount < 0 ? Direction.PAST : Direction.FUTURE;
            return Optional.of(Reading.date(new Weekend(d)));
        }
        if (u.equals("decade") && rel.equals("past")) {
            return Optional.of(Reading.duration("P10Y")); // "over the past decade": the last ten years
        }
        if (u.equals("century") && amount == 0) {
            return Optional.of(Reading.duration("P100Y")); // TimeBank reads "this century" as the last hundred years
        }
        Granularity g = DurationUnit.of(u).period();
        return Optional.of(Reading.date(new Shift(Base.ANCHOR, g, amount, g)));
    }

    /** Every word capitalized, not at the start of a sentence: a name or title ("This Week With David Brinkley"). */
    private static boolean isTitle(RuleMatch m) {
        String[] words = m.group().split("\\h+");
        for (String w : words) {
            if (!Character.isUpperCase(w.charAt(0))) {
                return false;
            }
        }
        return words.length > 1 && !m.textBefore(3).matches("(?s)(^|.*[.!?]\\h*)$");
    }

    private static Optional<Reading> ago(RuleMatch m) {
        if (m.has("vague")) {
            return Optional.of(Reading.date("PAST_REF"));
        }
        return counted(m, Base.ANCHOR, -1);
    }

    private static Optional<Reading> fromNow(RuleMatch m) {
        return counted(m, Base.ANCHOR, 1);
    }

    /** "two years ago": the anchor's year minus two; "a year ago", "a year earlier": the same period a year back. */
    static Optional<Reading> counted(RuleMatch m, Base base, int sign) {
        DurationUnit unit = DurationUnit.of(m.group("u"));
        Double n = NumberWords.value(m.group("n"));
        if (unit == null || unit.period() == null || n == null || n != Math.rint(n)) {
            return Optional.empty();
        }
        int amount = (int) (sign * n);
        Granularity g = unit.period();
        if (unit == DurationUnit.DECADE || unit == DurationUnit.CENTURY) {
            return Optional.of(Reading.date(new Shift(base, Granularity.YEAR, amount * (unit == DurationUnit.DECADE
                    ? 10 : 100), Granularity.YEAR)));
        }
        if (n == 1 && g == Granularity.YEAR) {
            return Optional.of(Reading.date(new Shift(Base.REFERENCE, Granularity.YEAR, sign, null)));
        }
        return Optional.of(Reading.date(new Shift(base, g, amount, g)));
    }

    /** "the week of March 6": the ISO week holding that day. */
    private static Optional<Reading> weekOf(RuleMatch m) {
        int month = CalendarWords.monthNumber(m.group("m"));
        int day = Integer.parseInt(m.group("d"));
        if (day > java.time.YearMonth.of(2000, month).lengthOfMonth()) {
            return Optional.empty();
        }
        return Optional.of(Reading.date(new Meaning.WeekOf(new Meaning.PartialDate(month, day, Direction.BY_TENSE, null))));
    }

    private static Optional<Reading> weekdayName(RuleMatch m) {
        Token t = m.tokenAt("wd");
        if (t != null && "PERSON".equals(t.coarseNer())) {
            return Optional.empty();
        }
        String rel = m.lower("rel").replaceAll("\\s+", " ");
        if (rel.equals("the previous") || rel.equals("the following")) {
            return Optional.of(Reading.date(dayBeforeAfter(m, new Meaning.WeekdayFromStory(
                    CalendarWords.weekdayOf(m.group("wd")), rel.equals("the following")))));
        }
        return Optional.of(Reading.date(dayBeforeAfter(m,
                new Weekday(CalendarWords.weekdayOf(m.group("wd")), Direction.of(m.lower("rel"))))));
    }

    private static Optional<Reading> weekend(RuleMatch m) {
        return Optional.of(Reading.date(new Weekend(Direction.of(m.lower("rel")))));
    }
}

package org.dossier.extract.time;

import org.dossier.annotate.Token;
import org.dossier.extract.time.Meaning.Direction;
import org.dossier.extract.time.Meaning.PartialDate;
import org.dossier.extract.time.Meaning.Range;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.dossier.extract.time.CalendarWords.dayOfMonth;
import static org.dossier.extract.time.CalendarWords.month;
import static org.dossier.extract.time.CalendarWords.monthBeforeDay;
import static org.dossier.extract.time.CalendarWords.weekday;
import static org.dossier.extract.time.CalendarWords.year;

/**
 * Calendar dates written out, whole or in part: "Dec. 18, 2024", "Dec. 18-19", "September 2022", "April",
 * "1998", "nineteen ninety-six", "Thanksgiving Day", "7/8/07".
 */
final class DateRules {

    /** "early", "mid-", "the end of" ...: part of the expression, not of its value (TIMEX3 puts it in mod). */
    static final String MOD = "(?:(?i:(?:the\\h+)?(?:very\\h+)?(?:beginning|start|end|middle|close|turn|rest"
            + "|remainder)\\h+of\\h+|(?:early|late|mid|middle|earlier|later)(?:\\h+in)?(?:-|\\h+|-\\h*)))?";

    /** Words before a bare month name that make it a date ("in May", "last May"), not a verb or a name. */
    private static final Set<String> MONTH_CUES = Set.of("in", "since", "until", "till", "by", "during", "through",
            "throughout", "last", "next", "this", "early", "late", "mid", "before", "after", "from", "to", "of",
            "between", "and", "or", "around", "past", "coming", "for", "on", "end", "beginning", "middle", "start",
            "-", "mid-", "every", "each", "into");
    private static final Set<String> DETERMINERS = Set.of("the", "a", "an", "its", "his", "her", "their", "our");
    /** Words before "Christmas" that make it the day rather than the season ("on Christmas"). */
    private static final Set<String> HOLIDAY_CUES = Set.of("on", "at", "before", "after", "until", "since", "by",
            "over", "for", "till");
    /** Words that make a four-digit number a count rather than a year. */
    private static final Set<String> COUNT_HEDGES = Set.of("than", "about", "some", "nearly", "almost",
            "approximately", "only", "just");
    /** A year said in words, as broadcast transcripts write it ("nineteen ninety-seven", "two thousand"). */
    private static final String SPOKEN_YEAR = "(?<yw>(?i:nineteen|eighteen)[-\\h](?:(?i:hundred)|" + NumberWords.WORDS
            + ")|(?i:two\\h+thousand)(?:\\h+(?i:and\\h+)?" + NumberWords.WORDS + ")?)";

    /** Tags of a word after a number that make the number a count: a noun, adjective, determiner, number. */
    private static final List<String> COUNTED = List.of("NN", "JJ", "DT", "CD", "PRP");

    /** A month and day right before "and"/"or", ending the text before a coordinated day. */
    private static final Pattern COORDINATED = Pattern.compile(
            "\\b(" + CalendarWords.MONTH_NAMES + ")\\.?\\h+(\\d{1,2})\\h+(?:and|or|&)\\h+$");
    private static final Set<String> DATE_CLAUSE_VERBS = Set.of("VBD", "VBZ", "VBP", "MD");

    private DateRules() {
    }

    static List<Rule> rules() {
        return List.of(
                Rule.of("month-day-range", MOD + monthBeforeDay("m") + "\\h*" + dayOfMonth("d") + "\\h*[-\u2013]\\h*"
                        + "(?:" + monthBeforeDay("m2") + "\\h*)?" + dayOfMonth("d2")
                        + "(?:\\h*,?\\h*" + year("y") + ")?", DateRules::monthDayRange),
                Rule.of("month-day", RelativeRules.DAY_BEFORE_AFTER + "(?:" + weekday("wd") + "(?:'s)?,?\\h+)?" + MOD
                        + "(?:(?<rel>(?i:last|next|this))\\h+)?" + monthBeforeDay("m") + "\\h*"
                        + dayOfMonth("d") + "(?:\\h*,?\\h*" + year("y") + ")?", DateRules::monthDay),
                Rule.of("day-month", "(?:" + weekday("wd") + ",?\\h+)?(?:the\\h+)?" + dayOfMonth("d")
                        + "\\h+(?:of\\h+)?" + month("m") + "(?:\\h*,?\\h*" + year("y") + ")?", DateRules::monthDay),
                Rule.of("coordinated-day", dayOfMonth("d") + "(?:\\h*,\\h*" + year("y") + ")?",
                        DateRules::coordinatedDay),
                Rule.of("month-year", MOD + "(?:the\\h+)?" + month("m") + "(?:\\h*,\\h*|\\h+(?:of\\h+)?)"
                        + "(?:" + year("y") + "|'(?<yy>\\d\\d))", DateRules::monthYear),
                Rule.of("month", MOD + "(?:(?<rel>(?i:last|next|this|past|coming|this\\h+past|this\\h+coming))\\h+)?"
                        + month("m") + "(?:\\h+(?:of\\h+)?(?<yrel>(?i:last|this|next))\\h+year)?", DateRules::bareMonth),
                Rule.of("year", MOD + "(?:(?i:the\\h+)?(?:(?i:fiscal|calendar|financial|model|the)\\h+)?(?<fy>(?i:year"
                        + "|fiscal|FY|calendar)\\h*)?)?" + year("y"), DateRules::plainYear),
                Rule.of("spoken-year", "(?:(?i:the\\h+year)\\h+)?" + SPOKEN_YEAR, DateRules::spokenYear),
                Rule.of("month-spoken-year", month("m") + "\\h+(?:(?i:of)\\h+)?" + SPOKEN_YEAR,
                        DateRules::monthSpokenYear),
                Rule.of("holiday-week", "(?:(?<rel>(?i:last|next|this))\\h+)?(?<hol>Easter|Christmas|Thanksgiving)"
                        + "\\h+(?i:week)", m -> Holiday.of(m.group("hol")).map(h -> Reading.date(new Meaning.WeekOf(
                        new Meaning.Holiday(h, Direction.of(m.lower("rel"))))))),
                Rule.of("holiday", "(?:(?<rel>(?i:last|next|this))\\h+)?(?<hol>Christmas\\h+(?:Day|Eve)|New\\h+Year's"
                        + "\\h+(?:Day|Eve)|Thanksgiving(?:\\h+Day)?|Independence\\h+Day|Halloween|Valentine's\\h+Day"
                        + "|Election\\h+Day|Memorial\\h+Day|Labor\\h+Day|Easter(?:\\h+Sunday)?|Christmas|New\\h+Year's)",
                        DateRules::holiday),
                Rule.of("numeric-date", "(?<nm>1[0-2]|0?[1-9])/(?<nd>3[01]|[12]\\d|0?[1-9])/(?<ny>\\d{4}|\\d{2})"
                        + "(?![/\\d])", DateRules::numericDate),
                Rule.of("iso-date", "(?<iy>(?:1[5-9]|20)\\d\\d)-(?<im>0[1-9]|1[0-2])-(?<id>0[1-9]|[12]\\d|3[01])"
                        + "(?![-\\d])", DateRules::isoDate));
    }

    private static Optional<Reading> monthDay(RuleMatch m) {
        int month = CalendarWords.monthNumber(m.group("m"));
        int day = Integer.parseInt(m.group("d"));
        if (!valid(2000, month, day)) {
            return Optional.empty();
        }
        if (m.has("y")) {
            int y = Integer.parseInt(m.group("y"));
            return valid(y, month, day) ? Optional.of(Reading.date(RelativeRules.dayBeforeAfter(m,
                    new Meaning.Fixed(Granularity.DAY.format(LocalDate.of(y, month, day)))))) : Optional.empty();
        }
        if (m.group("m").equals("May") && !m.has("wd") && isVerb(m.tokenAt("m"))) {
            return Optional.empty();
        }
        return Optional.of(Reading.date(RelativeRules.dayBeforeAfter(m,
                new PartialDate(month, day, Direction.of(m.lower("rel")), null))));
    }

    /**
     * The second day of "April 24 and 25" (the first is a date of its own): the month of the day before it,
     * the year given after it if any. Not a count ("Dec. 18 and 19 people", "Dec. 2 and 20 of the wounded").
     */
    private static Optional<Reading> coordinatedDay(RuleMatch m) {
        Matcher before = COORDINATED.matcher(m.textBefore(30));
        if (!before.find()) {
            return Optional.empty();
        }
        Token next = m.tokenAfter();
        if (!m.has("y") && next != null && (COUNTED.stream().anyMatch(next.pos()::startsWith)
                || next.word().equalsIgnoreCase("of"))) {
            return Optional.empty(); // "Dec. 18 and 19 people", "20 of the wounded", "12 more soldiers"
        }
        int month = CalendarWords.monthNumber(before.group(1));
        int day = Integer.parseInt(m.group("d"));
        int first = Integer.parseInt(before.group(2));
        if (month < 1 || !valid(2000, month, day) || day <= first) {
            return Optional.empty();
        }
        if (m.has("y")) {
            int y = Integer.parseInt(m.group("y"));
            return valid(y, month, day) ? Optional.of(Reading.date(Granularity.DAY.format(LocalDate.of(y, month, day))))
                    : Optional.empty();
        }
        return Optional.of(Reading.date(new PartialDate(month, day, Direction.BY_TENSE, null)));
    }

    private static Optional<Reading> monthDayRange(RuleMatch m) {
        int month = CalendarWords.monthNumber(m.group("m"));
        int month2 = m.has("m2") ? CalendarWords.monthNumber(m.group("m2")) : month;
        int day = Integer.parseInt(m.group("d"));
        int day2 = Integer.parseInt(m.group("d2"));
        if (!valid(2000, month, day) || !valid(2000, month2, day2) || (month2 == month && day2 <= day)) {
            return Optional.empty();
        }
        if (m.has("y")) {
            int y = Integer.parseInt(m.group("y"));
            if (!valid(y, month, day) || !valid(y, month2, day2)) {
                return Optional.empty();
            }
            return Optional.of(Reading.date(Granularity.DAY.format(LocalDate.of(y, month, day)) + "/"
                    + Granularity.DAY.format(LocalDate.of(y, month2, day2))));
        }
        return Optional.of(Reading.date(new Range(new PartialDate(month, day, Direction.BY_TENSE, null),
                new PartialDate(month2, day2, Direction.BY_TENSE, null))));
    }

    private static Optional<Reading> monthYear(RuleMatch m) {
        int month = CalendarWords.monthNumber(m.group("m"));
        int y = m.has("y") ? Integer.parseInt(m.group("y")) : twoDigitYear(Integer.parseInt(m.group("yy")));
        return Optional.of(Reading.date(Granularity.year(y) + "-" + Granularity.two(month)));
    }

    private static Optional<Reading> bareMonth(RuleMatch m) {
        int month = CalendarWords.monthNumber(m.group("m"));
        Integer yearOffset = null;
        if (m.has("yrel")) {
            yearOffset = switch (m.lower("yrel")) {
                case "last" -> -1;
                case "next" -> 1;
                default -> 0;
            };
        }
        Direction dir = Direction.of(m.lower("rel"));
        boolean cued = m.has("rel") || m.has("yrel") || !m.group().equals(m.group("m"));
        if (!cued && !bareMonthIsDate(m)) {
            return Optional.empty();
        }
        return Optional.of(Reading.date(new PartialDate(month, 0, dir, yearOffset)));
    }

    /** A month name standing alone is a date after "in", "since", "last" ..., and not the modal "may". */
    private static boolean bareMonthIsDate(RuleMatch m) {
        Token t = m.tokenAt("m");
        if (t == null) {
            return false;
        }
        if (isVerb(t) || "PERSON".equals(t.coarseNer()) || t.pos().startsWith("VB") || t.pos().equals("JJ")) {
            return false;
        }
        String before = m.wordBefore();
        if (MONTH_CUES.contains(before) || before.endsWith("-")) {
            return true;
        }
        Token next = m.tokenAfter();
        if (DETERMINERS.contains(before) && next != null && (next.pos().equals("NN") || next.pos().equals("NNS"))) {
            return true; // "the October slaying", "a June agreement"
        }
        if (m.group("m").equals("May") || m.group("m").equals("March")) {
            return false;
        }
        // "September's figures", "sales rose in September, ...": a capitalized month followed by 's or punctuation
        String after = m.textAfter(2);
        return after.startsWith("'s") || after.startsWith(",") || after.startsWith(".") || after.isEmpty()
                || DATE_CLAUSE_VERBS.contains(m.tokenAfter() == null ? "" : m.tokenAfter().pos());
    }

    /** A modal or verb ("May he come?", "they march"), as the tagger reads the month name's token. */
    private static boolean isVerb(Token t) {
        return t != null && (t.pos().equals("MD") || t.pos().startsWith("VB"));
    }

    /**
     * A four-digit year standing alone, unless the context makes it an amount ("$1990", "2000 people", "about
     * 1500", "1990-91"'s second half) or, before 1900, gives no sign of being a year.
     */
    private static Optional<Reading> plainYear(RuleMatch m) {
        int y = Integer.parseInt(m.group("y"));
        String before = m.textBefore(2);
        String after = m.textAfter(3);
        if (before.endsWith("$") || before.endsWith("#") || before.matches("\\d[-/.,:]")) {
            return Optional.empty(); // money, or the second half of "1988-89"
        }
        if (after.matches("^(%|-\\d|/\\d|\\.\\d|:\\d|,\\d).*") || after.matches("^\\h*(?i:per).*")) {
            return Optional.empty();
        }
        boolean cued = !m.group().equals(m.group("y"));
        Token t = m.tokenAt("y");
        if (t != null && !cued && !t.pos().equals("CD") && !t.pos().equals("NNP") && !t.pos().equals("JJ")) {
            return Optional.empty();
        }
        Token next = m.tokenAfter();
        if (!cued && next != null && next.pos().equals("NNS") && t != null && t.word().equals(m.group("y"))
                && !MONTH_CUES.contains(m.wordBefore()) && !DETERMINERS.contains(m.wordBefore())) {
            return Optional.empty(); // "2000 people": a count
        }
        String w = m.wordBefore();
        if (!cued && COUNT_HEDGES.contains(w)) {
            return Optional.empty(); // "about 1500", "more than 2000"
        }
        if (y < 1900 && !cued && !MONTH_CUES.contains(w)) {
            return Optional.empty();
        }
        return Optional.of(Reading.date(Granularity.year(y)));
    }

    private static Optional<Reading> spokenYear(RuleMatch m) {
        Double v = NumberWords.value(m.group("yw").replaceAll("(?i)^(nineteen|eighteen)[-\\h]", "")
                .replaceAll("(?i)^two\\h+thousand(\\h+and)?\\h*", ""));
        String w = m.group("yw").toLowerCase(Locale.ROOT);
        int y;
        if (w.startsWith("two")) {
            y = 2000 + (w.trim().equals("two thousand") ? 0 : v == null ? 0 : v.intValue());
        } else {
            int century = w.startsWith("nineteen") ? 1900 : 1800;
            if (w.matches("(nineteen|eighteen)[-\\h]hundred")) {
                y = century;
            } else if (v == null || v < 10 || v > 99) {
                return Optional.empty();
            } else {
                y = century + v.intValue();
            }
        }
        return Optional.of(Reading.date(Granularity.year(y)));
    }

    /** "January nineteen ninety-seven". */
    private static Optional<Reading> monthSpokenYear(RuleMatch m) {
        String month = Granularity.two(CalendarWords.monthNumber(m.group("m")));
        return spokenYear(m).map(r -> Reading.date(((Meaning.Fixed) r.meaning()).value() + "-" + month));
    }

    private static Optional<Reading> holiday(RuleMatch m) {
        String h = m.group("hol");
        if ((h.equals("Christmas") || h.equals("New Year's") || h.equals("Easter")) && !m.has("rel")
                && !HOLIDAY_CUES.contains(m.wordBefore())) {
            return Optional.empty(); // "Christmas sales", "Easter week": the season, not the day
        }
        return Holiday.of(h).map(x -> Reading.date(new Meaning.Holiday(x, Direction.of(m.lower("rel")))));
    }

    private static Optional<Reading> numericDate(RuleMatch m) {
        int month = Integer.parseInt(m.group("nm"));
        int day = Integer.parseInt(m.group("nd"));
        String ys = m.group("ny");
        int y = ys.length() == 4 ? Integer.parseInt(ys) : twoDigitYear(Integer.parseInt(ys));
        if (!valid(y, month, day)) {
            return Optional.empty();
        }
        return Optional.of(Reading.date(Granularity.DAY.format(LocalDate.of(y, month, day))));
    }

    private static Optional<Reading> isoDate(RuleMatch m) {
        int y = Integer.parseInt(m.group("iy"));
        int month = Integer.parseInt(m.group("im"));
        int day = Integer.parseInt(m.group("id"));
        return valid(y, month, day) ? Optional.of(Reading.date(m.group())) : Optional.empty();
    }

    /** "'98" is 1998, "'07" 2007: two-digit years up to 30 are read in this century. */
    private static int twoDigitYear(int yy) {
        return yy <= 30 ? 2000 + yy : 1900 + yy;
    }

    private static boolean valid(int y, int month, int day) {
        try {
            LocalDate.of(y, month, day);
            return true;
        } catch (DateTimeException e) {
            return false;
        }
    }
}

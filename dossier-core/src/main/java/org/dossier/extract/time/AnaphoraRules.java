package org.dossier.extract.time;

import org.dossier.extract.time.Meaning.Base;
import org.dossier.extract.time.Meaning.Shift;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import static org.dossier.extract.time.RelativeRules.COUNT;
import static org.dossier.extract.time.RelativeRules.HEDGE;
import static org.dossier.extract.time.RelativeRules.UNIT;

/**
 * Dates that count from the time the story is talking about rather than from the publication date: "a year
 * earlier", "the year-ago quarter", "the same period last year", "that day", "the following year", "the
 * quarter", "for the year".
 */
final class AnaphoraRules {

    private AnaphoraRules() {
    }

    static List<Rule> rules() {
        return List.of(
                Rule.of("earlier-later", HEDGE + COUNT + "[-\\h]+" + UNIT + "\\h+(?<dir>(?i:earlier|later|before"
                        + "|afterward|afterwards|after))",
                        AnaphoraRules::earlierLater),
                Rule.of("year-ago", "(?:(?i:the|a)\\h+)?(?:(?i:comparable|corresponding|same|prior)\\h+)?(?i:year)[-\\h]"
                        + "(?i:ago|earlier)(?:\\h+(?:(?i:first|second|third|fourth|fiscal)[-\\h]+)*"
                        + "(?<noun>(?i:quarter|period)))?", AnaphoraRules::yearAgo),
                Rule.of("same-period-last-year", "(?i:the\\h+(?:(?:same|corresponding|comparable|year-earlier)\\h+)?"
                        + "(?<noun>period|quarter)(?:\\h+(?:of|in|a))?\\h+(?:last\\h+year|the\\h+(?:previous|prior)"
                        + "\\h+year|a\\h+year\\h+(?:ago|earlier)))", AnaphoraRules::yearAgo),
                Rule.of("last-years-period", "(?i:last\\h+year's|the\\h+previous\\h+year's)\\h+(?:(?i:first|second"
                        + "|third|fourth|fiscal)[-\\h]+)*(?<noun>(?i:quarter|period))", AnaphoraRules::yearAgo),
                Rule.of("that-period", "(?:(?i:earlier|later)\\h+(?:(?i:in|on)\\h+)?)?(?<det>(?i:that|the\\h+same"
                        + "|that\\h+same))\\h+(?<u>(?i:day|week|month|year|quarter))", AnaphoraRules::thatPeriod),
                Rule.of("the-period", DateRules.MOD + "(?<det>(?i:the|its|their|the\\h+latest|the\\h+most\\h+recent|the\\h+recent"
                        + "|the\\h+full|the\\h+fiscal|its\\h+latest|its\\h+fiscal|the\\h+just-ended|the\\h+just\\h+ended))"
                        + "\\h+(?<u>(?i:year|quarter|week|month|period))", AnaphoraRules::thePeriod),
                Rule.of("next-period", "(?i:the)\\h+(?<rel>(?i:following|next|previous|prior|preceding))\\h+"
                        + "(?<u>(?i:day|week|month|year|morning|evening|night))", AnaphoraRules::nextPeriod));
    }

    /**
     * "a year earlier" is the same period a year back; "three days later" is tagged, as in TimeBank, as the
     * duration it counts. "before"/"after" only count when they end the phrase ("two days after the vote" is a
     * duration before a clause, left to the duration rules).
     */
    private static Optional<Reading> earlierLater(RuleMatch m) {
        String dir = m.lower("dir");
        if ((dir.equals("before") || dir.equals("after")) && !m.textAfter(2).matches("^(\\h*[.,;:)]|\\h*$).*")) {
            return Optional.empty();
        }
        DurationUnit unit = DurationUnit.of(m.group("u"));
        if (unit != DurationUnit.YEAR) {
            Double n = NumberWords.value(m.group("n"));
            return unit == null || n == null ? Optional.empty() : Optional.of(Reading.duration(unit.duration(n)));
        }
        int sign = dir.equals("earlier") || dir.equals("before") ? -1 : 1;
        return RelativeRules.counted(m, Base.REFERENCE, sign);
    }

    private static Optional<Reading> yearAgo(RuleMatch m) {
        Granularity g = m.lower("noun").equals("quarter") ? Granularity.QUARTER : null;
        return Optional.of(Reading.date(new Shift(Base.REFERENCE, Granularity.YEAR, -1, g)));
    }

    private static Optional<Reading> thatPeriod(RuleMatch m) {
        Granularity g = DurationUnit.of(m.group("u")).period();
        return Optional.of(Reading.date(new Shift(Base.REFERENCE, g, 0, g)));
    }

    private static Optional<Reading> thePeriod(RuleMatch m) {
        String det = m.lower("det").replaceAll("\\s+", " ");
        String u = m.lower("u");
        String after = m.textAfter(12).toLowerCase(Locale.ROOT);
        boolean latest = det.contains("latest") || det.contains("recent") || det.contains("just");
        if (after.startsWith("-")) {
            return Optional.empty(); // "its quarter-century low", "the year-earlier results": part of a compound
        }
        if (u.equals("period")) {
            if (!latest) {
                return Optional.empty();
            }
            return Optional.of(Reading.date(new Shift(Base.REFERENCE, Granularity.QUARTER, 0, Granularity.QUARTER)));
        }
        Granularity g = DurationUnit.of(u).period();
        if (g == Granularity.YEAR && after.matches("^\\h+(ended|ending|ends|to|through)\\b.*")) {
            return Optional.of(Reading.duration("P1Y"));
        }
        if (g == Granularity.QUARTER || latest) {
            return Optional.of(Reading.date(new Shift(Base.REFERENCE, g, 0, g)));
        }
        if (det.equals("the") || det.equals("the full") || det.equals("the fiscal") || det.equals("its fiscal")) {
            boolean part = m.start("det") > m.start(); // "the end of the month"
            if (g == Granularity.MONTH && !part && !after.matches("^\\h+(of|before|after)\\b.*")) {
                return Optional.empty();
            }
            // "for the year", "the end of the month": the current one (a story rarely says "the year" of another)
            return Optional.of(Reading.date(new Shift(Base.ANCHOR, g, 0, g)));
        }
        return Optional.empty();
    }

    private static Optional<Reading> nextPeriod(RuleMatch m) {
        String rel = m.lower("rel");
        int amount = rel.equals("following") || rel.equals("next") ? 1 : -1;
        String u = m.lower("u");
        if (u.equals("morning") || u.equals("evening") || u.equals("night")) {
            String code = u.equals("morning") ? "MO" : u.equals("evening") ? "EV" : "NI";
            return Optional.of(Reading.time(new Meaning.PartOfDay(
                    new Shift(Base.REFERENCE, Granularity.DAY, amount, Granularity.DAY), code)));
        }
        Granularity g = DurationUnit.of(u).period();
        return Optional.of(Reading.date(new Shift(Base.REFERENCE, g, amount, g)));
    }
}

package org.dossier.extract.time;

import java.util.List;
import java.util.Optional;

import static org.dossier.extract.time.CalendarWords.month;
import static org.dossier.extract.time.CalendarWords.weekday;

/** Recurring times: "every week", "each Thursday", "daily", "$33 million a year", "twice a week". */
final class SetRules {

    private SetRules() {
    }

    static List<Rule> rules() {
        return List.of(
                Rule.of("every-unit", "(?i:every|each|per)\\h+(?:(?<other>(?i:other))\\h+)?(?:(?<n>"
                        + NumberWords.PATTERN + ")\\h+)?(?<u>(?i:" + DurationUnit.WORDS + "))", SetRules::everyUnit),
                Rule.of("every-named", "(?i:every|each)\\h+(?:" + weekday("wd") + "|" + month("m")
                        + "|(?<s>(?i:spring|summer|fall|autumn|winter))|(?<p>(?i:morning|afternoon|evening|night)))",
                        SetRules::everyNamed),
                Rule.of("weekday-plural", "(?:(?i:on)\\h+)" + "(?<wd>Mondays|Tuesdays|Wednesdays|Thursdays|Fridays"
                        + "|Saturdays|Sundays)", m -> Optional.of(Reading.set("XXXX-WXX-" + CalendarWords.weekdayOf(
                        m.group("wd").substring(0, m.group("wd").length() - 1)).getValue()))),
                Rule.of("frequency-adverb", "(?<w>(?i:daily|weekly|monthly|hourly|nightly|biweekly))", SetRules::adverb),
                Rule.of("rate", "(?i:a|an)\\h+(?<u>(?i:minute|hour|day|week|month|year))", SetRules::rate));
    }

    private static Optional<Reading> everyUnit(RuleMatch m) {
        DurationUnit unit = DurationUnit.of(m.group("u"));
        Double n = m.has("n") ? NumberWords.value(m.group("n")) : Double.valueOf(m.has("other") ? 2 : 1);
        if (unit == null || n == null) {
            return Optional.empty();
        }
        return Optional.of(Reading.set(unit.duration(n)));
    }

    private static Optional<Reading> everyNamed(RuleMatch m) {
        if (m.has("wd")) {
            return Optional.of(Reading.set("XXXX-WXX-" + CalendarWords.weekdayOf(m.group("wd")).getValue()));
        }
        if (m.has("m")) {
            return Optional.of(Reading.set("XXXX-" + Granularity.two(CalendarWords.monthNumber(m.group("m")))));
        }
        if (m.has("s")) {
            return Optional.of(Reading.set("XXXX-" + Granularity.SEASONS.get(CalendarWords.seasonIndex(m.group("s")))));
        }
        String p = m.lower("p");
        String code = switch (p) {
            case "morning" -> "MO";
            case "afternoon" -> "AF";
            case "evening" -> "EV";
            default -> "NI";
        };
        return Optional.of(Reading.set("XXXX-XX-XXT" + code));
    }

    /**
     * "daily", "weekly" ... ("quarterly" and "annually" mostly qualify dividends and growth rates, which TimeML
     * leaves untagged, so they are not read).
     */
    private static Optional<Reading> adverb(RuleMatch m) {
        String value = switch (m.lower("w")) {
            case "daily", "nightly" -> "P1D";
            case "weekly" -> "P1W";
            case "biweekly" -> "P2W";
            case "monthly" -> "P1M";
            default -> "PT1H";
        };
        return Optional.of(Reading.set(value));
    }

    private static Optional<Reading> rate(RuleMatch m) {
        return DurationRules.isRate(m)
                ? Optional.of(Reading.set(DurationUnit.of(m.group("u")).duration(1.0)))
                : Optional.empty();
    }
}

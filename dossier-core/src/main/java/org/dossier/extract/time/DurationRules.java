package org.dossier.extract.time;

import org.dossier.annotate.Token;
import org.dossier.model.TimexType;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** Lengths of time: "two days", "the past 20 years", "a two-day summit", "several months", "for years". */
final class DurationRules {

    private static final String LEAD = "(?:(?i:the|its|their|his|her|our|this|that|each\\h+of\\h+the|all|during"
            + "\\h+the)\\h+)?(?:(?i:first|last|past|next|previous|coming|following|final|remaining|latest|initial"
            + "|additional|entire|whole|full|same|ensuing|preceding|subsequent|other|further|intervening)\\h+)*";
    private static final String HEDGE = "(?:(?i:about|almost|nearly|roughly|some|just|only|more\\h+than|less\\h+than"
            + "|at\\h+least|at\\h+most|over|around|up\\h+to|no\\h+more\\h+than|fewer\\h+than|approximately|under"
            + "|barely|well\\h+over|fully|within)\\h+)?";
    private static final String UNIT = "(?<u>(?i:" + DurationUnit.WORDS + "))";
    private static final String PLURAL_UNIT = "(?<u>(?i:seconds|minutes|hours|days|weeks|months|quarters|years"
            + "|decades|centuries))";
    /** Words before a bare plural that make it a length of time ("for years", "within weeks"). */
    private static final String BARE_PLURAL_CUE = "(?i)(?:^|.*\\W)(?:for|within|in|coming|over\\h+the|the\\h+coming"
            + "|the\\h+early|after|for\\h+many)\\h+$";
    private static final Set<String> RATE_CUES = Set.of("times", "twice", "once", "thrice", "percent", "%");

    private DurationRules() {
    }

    static List<Rule> rules() {
        return List.of(
                Rule.of("count-unit", LEAD + HEDGE + "(?<n>" + NumberWords.PATTERN + ")(?:(?i:\\h+to\\h+|-|\\h+or\\h+)"
                        + NumberWords.PATTERN + ")?[-\\h]+(?:(?i:more|additional|full|straight|consecutive|long|short"
                        + "|trading|business|calendar|working|extra|further|successive|separate)\\h+)?" + UNIT
                        + "(?:-(?i:old|long))?", DurationRules::countUnit),
                Rule.of("a-unit", "(?<pre>(?i:about|almost|nearly|roughly|more\\h+than|less\\h+than|at\\h+least|over"
                        + "|around|just|only|half|for|within)\\h+)?(?<art>(?i:a|an))\\h+(?:(?i:full|additional|extra"
                        + "|whole|entire|single)\\h+)?(?<u>(?i:minute|hour|day|week|fortnight|month|year|decade|century))"
                        + "(?<half>\\h+and\\h+a\\h+half)?(?:-(?i:long|old))?", DurationRules::aUnit),
                Rule.of("half-unit", "(?i:half)\\h+(?:(?i:a|an)\\h+)(?<u>(?i:hour|day|month|year|decade|century))",
                        m -> Optional.of(Reading.duration(DurationUnit.of(m.group("u")).duration(0.5)))),
                Rule.of("unit-long", "(?<u>(?i:day|week|month|year|hour|decade|decades|years|months|weeks|days))"
                        + "-(?i:long)", DurationRules::unitLong),
                Rule.of("vague-count", LEAD + "(?<q>(?i:several|a\\h+few|few|many|some|a\\h+number\\h+of|numerous"
                        + "|countless|a\\h+couple\\h+of))\\h+(?:(?i:more|additional|other)\\h+)?" + PLURAL_UNIT,
                        m -> Optional.of(Reading.duration(DurationUnit.of(m.group("u")).duration(null)))),
                Rule.of("bare-plural", PLURAL_UNIT + "(?:-(?i:long|old))?", DurationRules::barePlural));
    }

    private static Optional<Reading> countUnit(RuleMatch m) {
        DurationUnit unit = DurationUnit.of(m.group("u"));
        Double n = NumberWords.value(m.group("n"));
        if (unit == null || n == null || n <= 0) {
            return Optional.empty();
        }
        String u = m.lower("u");
        String num = m.group("n");
        if (n >= 1000 && n == Math.rint(n) && num.matches("\\d{4}") && !u.endsWith("s")) {
            return Optional.empty(); // "the 1990 year"
        }
        if (u.equals("second") && n == 2 && !num.matches("\\d+")) {
            return Optional.empty();
        }
        if (u.startsWith("quarter") && m.textAfter(4).matches("\\h+of.*")) {
            return Optional.empty(); // "three quarters of the shares"
        }
        if (m.textBefore(1).equals("$") || isAge(m)) {
            return Optional.empty();
        }
        String lead = m.group().toLowerCase(Locale.ROOT);
        if (unit == DurationUnit.MONTH && (n == 3 || n == 6 || n == 9) && lead.startsWith("the ")) {
            return Optional.of(new Reading(TimexType.DURATION, new Meaning.PartOfYear(unit.duration(n))));
        }
        return Optional.of(Reading.duration(unit.duration(n)));
    }

    /** "52 years old", "a 6-year-old boy": an age, which TimeML does not tag. */
    private static boolean isAge(RuleMatch m) {
        return m.group().toLowerCase(Locale.ROOT).endsWith("-old") || m.textAfter(5).matches("(?i)^\\h+old\\b.*");
    }

    private static Optional<Reading> aUnit(RuleMatch m) {
        DurationUnit unit = DurationUnit.of(m.group("u"));
        double n = m.has("half") ? 1.5 : 1;
        String pre = m.lower("pre").trim();
        if (pre.equals("half")) {
            n = 0.5;
        }
        if (isAge(m)) {
            return Optional.empty();
        }
        if (pre.isEmpty() && isRate(m)) {
            return Optional.of(Reading.set(unit.duration(1.0)));
        }
        return Optional.of(Reading.duration(unit.duration(n)));
    }

    /** "$33 million a year", "twice a week", "hundreds of interviews a day": a frequency, not a length. */
    static boolean isRate(RuleMatch m) {
        Token before = m.tokenBefore();
        if (before == null) {
            return false;
        }
        String w = before.word().toLowerCase(Locale.ROOT);
        return before.pos().equals("CD") || before.pos().equals("NNS") || RATE_CUES.contains(w);
    }

    private static Optional<Reading> unitLong(RuleMatch m) {
        DurationUnit unit = DurationUnit.of(m.group("u"));
        boolean plural = m.lower("u").endsWith("s");
        return Optional.of(Reading.duration(unit.duration(plural ? null : 1.0)));
    }

    private static Optional<Reading> barePlural(RuleMatch m) {
        if (!m.textBefore(20).matches(BARE_PLURAL_CUE)) {
            return Optional.empty();
        }
        return Optional.of(Reading.duration(DurationUnit.of(m.group("u")).duration(null)));
    }
}

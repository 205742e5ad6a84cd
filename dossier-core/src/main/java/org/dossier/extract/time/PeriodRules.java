package org.dossier.extract.time;

import org.dossier.annotate.Token;
import org.dossier.extract.time.Meaning.Direction;
import org.dossier.extract.time.Meaning.PeriodOfYear;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import static org.dossier.extract.time.CalendarWords.season;
import static org.dossier.extract.time.CalendarWords.year;
import static org.dossier.extract.time.DateRules.MOD;

/**
 * Periods longer than a month, written out: "the third quarter", "fiscal second-quarter", "the first half of
 * 1990", "last fall", "the 1990s", "the 20th century", "the 1988 period".
 */
final class PeriodRules {

    private static final String ORDINAL_QUARTER = "(?<q>(?i:first|second|third|fourth|1st|2nd|3rd|4th|final|last))";

    private PeriodRules() {
    }

    static List<Rule> rules() {
        return List.of(
                Rule.of("decade", MOD + "(?:(?i:the)\\h+)?(?:(?i:early|late|mid)[-\\h]+)?(?:(?<dec>(?:1[5-9]|20)\\d)0'?s"
                        + "|'(?<d2>\\d)0'?s|(?<dw>(?i:twenties|thirties|forties|fifties|sixties|seventies|eighties"
                        + "|nineties)))", PeriodRules::decade),
                Rule.of("century", "(?:(?i:the)\\h+)?(?:(?i:early|late|mid)[-\\h]+)?(?<ord>" + NumberWords.ORDINAL
                        + ")[-\\h]+(?i:century)", PeriodRules::century),
                Rule.of("quarter", MOD + "(?:(?i:the|its|their|this)\\h+)?(?:(?i:company's|fiscal|calendar|current)\\h+)*"
                        + ORDINAL_QUARTER + "[-\\h]+(?:(?i:fiscal|calendar)[-\\h]+)?(?i:quarter)(?:\\h+(?:of\\h+)?"
                        + "(?:(?i:fiscal|calendar)\\h+)?(?:" + year("y") + "|(?<yrel>(?i:this|last|next))\\h+year"
                        + "|(?<ythis>(?i:the|this)\\h+year)))?", PeriodRules::quarter),
                Rule.of("year-quarter", "(?:(?i:the)\\h+)?(?:(?:" + year("y") + "|(?<yrel>(?i:this|last|next))\\h+year)"
                        + "(?:'s)?)\\h+(?:(?i:fiscal)\\h+)?" + ORDINAL_QUARTER + "[-\\h]+(?i:quarter)",
                        PeriodRules::quarter),
                Rule.of("half", "(?:(?i:the)\\h+)?(?<h>(?i:first|second|1st|2nd|latter))[-\\h]+(?i:half)"
                        + "(?:\\h+of\\h+(?:(?<ythis>(?i:the|this)\\h+year)|" + year("y") + "|(?<yrel>(?i:this|last"
                        + "|next))\\h+year))?", PeriodRules::half),
                Rule.of("season", "(?:(?<rel>(?i:this\\h+past|this\\h+coming|this|last|next|past|coming))\\h+"
                        + "|(?<det>(?i:the|early|late|mid))[-\\h]+(?:(?i:early|late)\\h+)?)?" + season("s")
                        + "(?:\\h+(?:of\\h+)?" + year("y") + "|\\h+(?:of\\h+)?(?<spoken>(?i:nineteen)[-\\h]"
                        + NumberWords.WORDS + "))?", PeriodRules::seasonName),
                Rule.of("year-period", "(?i:the)\\h+" + year("y") + "\\h+(?i:period|quarter)",
                        m -> Optional.of(Reading.date(new Meaning.SamePeriodIn(Integer.parseInt(m.group("y")))))));
    }

    private static Optional<Reading> decade(RuleMatch m) {
        if (m.has("dec")) {
            return Optional.of(Reading.date(m.group("dec")));
        }
        if (m.has("d2")) {
            return Optional.of(Reading.date("19" + m.group("d2")));
        }
        if (!m.group().toLowerCase(Locale.ROOT).startsWith("the")) {
            return Optional.empty(); // "in their forties" is an age
        }
        String w = m.lower("dw");
        int d = List.of("twenties", "thirties", "forties", "fifties", "sixties", "seventies", "eighties", "nineties")
                .indexOf(w) + 2;
        return Optional.of(Reading.date("19" + d));
    }

    private static Optional<Reading> century(RuleMatch m) {
        int n = NumberWords.ordinal(m.group("ord"));
        if (n < 1 || n > 21) {
            return Optional.empty();
        }
        return Optional.of(Reading.date(Granularity.two(n - 1)));
    }

    private static Optional<Reading> quarter(RuleMatch m) {
        String q = m.lower("q");
        boolean last = q.equals("last") || q.equals("final");
        int n = last ? 4 : NumberWords.ordinal(q);
        if (m.has("y")) {
            return Optional.of(Reading.date(m.group("y") + "-Q" + n));
        }
        if (m.has("yrel")) {
            int off = switch (m.lower("yrel")) {
                case "last" -> -1;
                case "next" -> 1;
                default -> 0;
            };
            return Optional.of(Reading.date(new PeriodOfYear(Granularity.QUARTER, n, Direction.CURRENT, off)));
        }
        if (m.has("ythis")) {
            return Optional.of(Reading.date(new PeriodOfYear(Granularity.QUARTER, n, Direction.CURRENT, 0)));
        }
        if (last) {
            return Optional.of(Reading.date(new Meaning.Shift(Meaning.Base.ANCHOR, Granularity.QUARTER, -1,
                    Granularity.QUARTER)));
        }
        return Optional.of(Reading.date(new PeriodOfYear(Granularity.QUARTER, n, Direction.BY_TENSE, null)));
    }

    private static Optional<Reading> half(RuleMatch m) {
        int n = m.lower("h").startsWith("f") || m.lower("h").startsWith("1") ? 1 : 2;
        if (m.has("y")) {
            return Optional.of(Reading.date(m.group("y") + "-H" + n));
        }
        Integer off = null;
        if (m.has("yrel")) {
            off = switch (m.lower("yrel")) {
                case "last" -> -1;
                case "next" -> 1;
                default -> 0;
            };
        } else if (m.has("ythis")) {
            off = 0;
        }
        return Optional.of(Reading.date(new PeriodOfYear(Granularity.HALF, n,
                off == null ? Direction.BY_TENSE : Direction.CURRENT, off)));
    }

    private static Optional<Reading> seasonName(RuleMatch m) {
        int idx = CalendarWords.seasonIndex(m.group("s"));
        if (m.has("y") || m.has("spoken")) {
            int y;
            if (m.has("y")) {
                y = Integer.parseInt(m.group("y"));
            } else {
                Double v = NumberWords.value(m.group("spoken").replaceAll("(?i)^nineteen[-\\h]", ""));
                if (v == null) {
                    return Optional.empty();
                }
                y = 1900 + v.intValue();
            }
            return Optional.of(Reading.date(Granularity.year(y) + "-" + Granularity.SEASONS.get(idx)));
        }
        if (!m.has("rel") && !m.has("det")) {
            if (!Set.of("in", "during", "by", "until", "since", "through").contains(m.wordBefore())
                    || !Character.isLowerCase(m.group("s").charAt(0))) {
                return Optional.empty();
            }
        }
        if (m.textAfter(4).matches("\\h+of.*")) {
            return Optional.empty(); // "the fall of the Berlin Wall"
        }
        Token t = m.tokenAt("s");
        if (t != null && t.pos().startsWith("VB")) {
            return Optional.empty();
        }
        return Optional.of(Reading.date(new PeriodOfYear(Granularity.SEASON, idx, Direction.of(m.lower("rel")), null)));
    }
}

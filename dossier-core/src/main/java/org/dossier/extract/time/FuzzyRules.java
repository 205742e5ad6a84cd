package org.dossier.extract.time;

import org.dossier.annotate.Token;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The fuzzy references TimeML writes as PRESENT_REF, PAST_REF and FUTURE_REF: "now", "currently", "recently",
 * "the past", "the future", and the stretches "recent months", "recent years".
 */
final class FuzzyRules {

    private FuzzyRules() {
    }

    static List<Rule> rules() {
        return List.of(
                Rule.of("present", "(?i:right\\h+now|just\\h+now|now|currently|nowadays|presently|these\\h+days"
                        + "|at\\h+present|the\\h+present|at\\h+the\\h+moment|current)", FuzzyRules::present),
                Rule.of("past", "(?i:recently|more\\h+recently|most\\h+recently|lately|the\\h+past)", FuzzyRules::past),
                Rule.of("recent-units", "(?i:recent)\\h+(?<u>(?i:years|months|weeks|days|decades|quarters))",
                        FuzzyRules::recentUnits),
                Rule.of("future", "(?i:the\\h+(?:near\\h+|distant\\h+|foreseeable\\h+|immediate\\h+|not-too-distant\\h+)?"
                        + "future|the\\h+(?:near|short)\\h+term)", m -> Optional.of(Reading.date("FUTURE_REF"))));
    }

    private static Optional<Reading> present(RuleMatch m) {
        String w = m.group().toLowerCase(Locale.ROOT);
        if (m.textAfter(1).equals("-")) {
            return Optional.empty(); // "the now-cancelled deal"
        }
        if (w.equals("currently") && !nextToVerb(m)) {
            return Optional.empty(); // "currently vice president", "a design currently under development"
        }
        if (w.equals("current")) {
            Token next = m.tokenAfter();
            if (next == null || !next.pos().startsWith("NN")) {
                return Optional.empty();
            }
        }
        return Optional.of(Reading.date("PRESENT_REF"));
    }

    /**
     * "in recent years" is, in TimeBank practice, the past at large; "in recent months" (weeks, days) a
     * stretch of unknown length.
     */
    private static Optional<Reading> recentUnits(RuleMatch m) {
        DurationUnit unit = DurationUnit.of(m.group("u"));
        if (unit == DurationUnit.YEAR || unit == DurationUnit.DECADE) {
            return Optional.of(Reading.date("PAST_REF"));
        }
        return Optional.of(Reading.duration(unit.duration(null)));
    }

    /** Whether an adverb modifies a verb: one stands right before or after it ("currently holds", "is now"). */
    private static boolean nextToVerb(RuleMatch m) {
        Token before = m.tokenBefore();
        Token after = m.tokenAfter();
        return after != null && (after.pos().startsWith("VB") || after.pos().equals("MD"))
                || before != null && (before.pos().startsWith("VB") || before.pos().equals("MD"));
    }

    private static Optional<Reading> past(RuleMatch m) {
        String w = m.group().toLowerCase(Locale.ROOT);
        if (w.equals("the past") && m.textAfter(10).matches("^\\h+(?:\\d|[a-z]+\\h+(?:years|months|weeks|days)).*")) {
            return Optional.empty();
        }
        return Optional.of(Reading.date("PAST_REF"));
    }
}

package org.dossier.extract.time;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * One grammar rule: a precompiled pattern over the article text and the reading of what it matched. Patterns
 * never match inside a word, and use {@code \h} (not {@code \s}) so that no expression spans a line break.
 *
 * @param name    for tracing, unique within the grammar
 * @param pattern compiled once, when the rule set is built
 */
record Rule(String name, Pattern pattern, Reader reader) {

    /** Reads a match, or declines it (a false positive the pattern alone cannot rule out). */
    @FunctionalInterface
    interface Reader {
        Optional<Reading> read(RuleMatch m);
    }

    static Rule of(String name, String regex, Reader reader) {
        // nor a half of a compound such as "quarter-to-quarter" or "day-to-day", which names no time
        return new Rule(name, Pattern.compile("(?<![\\w']|\\w-to-)(?:" + regex + ")(?![\\w]|-to-\\w)"), reader);
    }
}

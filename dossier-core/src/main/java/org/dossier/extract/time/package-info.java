/**
 * Temporal expressions: finds dates, times, durations and sets in an article and normalizes each to a TIMEX3
 * value against the publication date (weekday names by the news convention and the verb's tense, ranges as ISO
 * intervals, underspecified values when the publication date is unknown, never the day the program runs).
 *
 * <p>{@link org.dossier.extract.time.RuleTimexTagger} is the entry point. Inside, a grammar of precompiled
 * rules ({@code DateRules}, {@code PeriodRules}, {@code RelativeRules}, {@code AnaphoraRules},
 * {@code FuzzyRules}, {@code ClockRules}, {@code SetRules}, {@code DurationRules}) reads each match into a
 * {@code Meaning}; the longest match wins where matches overlap. {@code TimexNormalizer} then writes the value:
 * from the anchor, from the {@code ReferenceTime} the story has reached ("a year earlier"), or, for names without
 * a year ("Friday", "April"), through {@code NamePlacement} with the clause's {@code Tense} from
 * {@code TenseDetector}.
 */
package org.dossier.extract.time;

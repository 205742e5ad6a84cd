/**
 * Temporal expressions: finds dates, times, durations and sets in an article and normalizes each to a TIMEX3
 * value against the publication date (weekday names by the news convention and the verb's tense, ranges as ISO
 * intervals, underspecified values when the publication date is unknown, never the day the program runs).
 */
package org.dossier.extract.time;

package org.dossier.extract.time;

import java.time.DayOfWeek;

/**
 * What a temporal expression says, before it is placed in time: the grammar produces one of these for each
 * expression it finds, and {@link TimexNormalizer} turns it into a TIMEX3 value against the publication date,
 * the earlier expressions of the article and the tense of the clause.
 */
sealed interface Meaning {

    /** Which way a bare name ("Friday", "April") points when the text does not say. */
    enum Direction {
        /** "last Friday", "last April": the latest one strictly before the publication date's. */
        PAST,
        /** "next Friday", "next April": the first one strictly after. */
        FUTURE,
        /** "this April", "this summer": the one in the publication date's year (or week). */
        CURRENT,
        /** A bare name: past tense looks back, future tense ahead, otherwise the nearest sensible one. */
        BY_TENSE;

        /** The direction a word before a name gives ("last", "this coming", "the previous"; "" for none). */
        static Direction of(String word) {
            return switch (word.toLowerCase(java.util.Locale.ROOT).replaceAll("\\s+", " ")) {
                case "last", "past", "this past", "previous", "the previous", "the past" -> PAST;
                case "next", "coming", "this coming", "the following", "the next", "the coming" -> FUTURE;
                case "this" -> CURRENT;
                default -> BY_TENSE;
            };
        }
    }

    /** What a relative expression counts from. */
    enum Base {
        /** The publication date ("yesterday", "last year", "two weeks ago"). */
        ANCHOR,
        /** The time the article last talked about ("a year earlier", "the following day", "that year"). */
        REFERENCE
    }

    /** A value that needs no anchor: "1998", "September 2022", "P2D", "PRESENT_REF", "XXXX-WXX-4". */
    record Fixed(String value) implements Meaning {
    }

    /**
     * A period counted from the base: {@code amount} steps of {@code unit}, reported at {@code granularity}
     * ({@code null}: the granularity of the reference time, so "a year earlier" after "the third quarter" is a
     * quarter).
     */
    record Shift(Base base, Granularity unit, int amount, Granularity granularity) implements Meaning {
    }

    /**
     * A month, or a day of a month, without its year ("Dec. 18", "April"). {@code day} 0 when absent;
     * {@code yearOffset} set when the text fixes the year relative to the anchor ("June last year": -1).
     */
    record PartialDate(int month, int day, Direction direction, Integer yearOffset) implements Meaning {
    }

    /** A holiday without its year ("Thanksgiving Day", "last Christmas"). */
    record Holiday(org.dossier.extract.time.Holiday holiday, Direction direction) implements Meaning {
    }

    /** A named day of the week ("Friday", "last Friday"). */
    record Weekday(DayOfWeek day, Direction direction) implements Meaning {
    }

    /**
     * A part of a year without the year: quarter ({@code index} 1–4), half (1–2) or season (0 spring … 3 winter).
     */
    record PeriodOfYear(Granularity granularity, int index, Direction direction, Integer yearOffset)
            implements Meaning {
    }

    /**
     * "the previous Friday", "the following Monday": the named day before or after the last day the story talked
     * about ({@code forward} after), or, when it has named none, before or after the publication date.
     */
    record WeekdayFromStory(DayOfWeek day, boolean forward) implements Meaning {
    }

    /** "the weekend", "last weekend". */
    record Weekend(Direction direction) implements Meaning {
    }

    /** A clock time ("3 p.m. Friday"); {@code day} {@code null} when the text names no day. */
    record ClockTime(Meaning day, int hour, int minute, boolean utc) implements Meaning {
    }

    /** A part of a day: {@code code} MO, AF, EV or NI ("Friday morning", "last night"). */
    record PartOfDay(Meaning day, String code) implements Meaning {
    }

    /**
     * "the first nine months", "the six months": a length of time that is the part of the current year a report
     * covers, and so, for "a year earlier" after it, a reference to that year.
     */
    record PartOfYear(String duration) implements Meaning {
    }

    /** "the 1988 period": the quarter the story is reporting on, in the given year (the year alone if none). */
    record SamePeriodIn(int year) implements Meaning {
    }

    /** "the week of March 6": the week that holds a day. */
    record WeekOf(Meaning day) implements Meaning {
    }

    /** "the day before last Tuesday", "the day after Dec. 18": a day counted from a day the text names. */
    record DayOffset(Meaning day, int days) implements Meaning {
    }

    /** A range written as one expression ("Dec. 18-19"), normalized to an ISO interval. */
    record Range(Meaning from, Meaning to) implements Meaning {
    }
}

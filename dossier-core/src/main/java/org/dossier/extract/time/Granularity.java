package org.dossier.extract.time;

import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.List;

/**
 * The calendar periods a TIMEX3 date value can name, each with its value format ({@code 2024-12-18},
 * {@code 2024-W51}, {@code 2024-Q4}, {@code 199} for the 1990s ...) and the shift arithmetic that "last week" or
 * "two years ago" needs. A period is represented by any day inside it.
 */
enum Granularity {
    DAY, WEEK, WEEKEND, MONTH, QUARTER, HALF, SEASON, YEAR, DECADE, CENTURY;

    /** Whether this granularity is at least as fine as {@code other} (a day is finer than a month). */
    boolean finerOrEqual(Granularity other) {
        return rank() <= other.rank();
    }

    private int rank() {
        return switch (this) {
            case DAY -> 0;
            case WEEK, WEEKEND -> 1;
            case MONTH -> 2;
            case QUARTER, SEASON -> 3;
            case HALF -> 4;
            case YEAR -> 5;
            case DECADE -> 6;
            case CENTURY -> 7;
        };
    }

    /** The TIMEX3 value of the period of this granularity that contains {@code d}. */
    String format(LocalDate d) {
        int y = d.getYear();
        return switch (this) {
            case DAY -> year(y) + "-" + two(d.getMonthValue()) + "-" + two(d.getDayOfMonth());
            case WEEK -> year(d.get(IsoFields.WEEK_BASED_YEAR)) + "-W" + two(d.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
            case WEEKEND -> WEEK.format(d) + "-WE";
            case MONTH -> year(y) + "-" + two(d.getMonthValue());
            case QUARTER -> year(y) + "-Q" + d.get(IsoFields.QUARTER_OF_YEAR);
            case HALF -> year(y) + "-H" + (d.getMonthValue() <= 6 ? 1 : 2);
            case SEASON -> seasonValue(d);
            case YEAR -> year(y);
            case DECADE -> year(y).substring(0, 3);
            case CENTURY -> year(y).substring(0, 2);
        };
    }

    /** The value of a period of this granularity whose position in time is unknown. */
    String underspecified() {
        return switch (this) {
            case DAY -> "XXXX-XX-XX";
            case WEEK -> "XXXX-WXX";
            case WEEKEND -> "XXXX-WXX-WE";
            case MONTH -> "XXXX-XX";
            case QUARTER -> "XXXX-QX";
            case HALF -> "XXXX-HX";
            case SEASON -> "XXXX-XX";
            case YEAR -> "XXXX";
            case DECADE -> "XXX";
            case CENTURY -> "XX";
        };
    }

    /** {@code d} moved by {@code n} periods of this granularity. */
    LocalDate shift(LocalDate d, long n) {
        return switch (this) {
            case DAY -> d.plusDays(n);
            case WEEK, WEEKEND -> d.plusWeeks(n);
            case MONTH -> d.plusMonths(n);
            case QUARTER, SEASON -> d.plusMonths(3 * n);
            case HALF -> d.plusMonths(6 * n);
            case YEAR -> d.plusYears(n);
            case DECADE -> d.plusYears(10 * n);
            case CENTURY -> d.plusYears(100 * n);
        };
    }

    /** The first day of the period of this granularity that contains {@code d}. */
    LocalDate start(LocalDate d) {
        return switch (this) {
            case DAY -> d;
            case WEEK, WEEKEND -> d.minusDays(d.getDayOfWeek().getValue() - 1L);
            case MONTH -> d.withDayOfMonth(1);
            case QUARTER -> LocalDate.of(d.getYear(), (d.getMonthValue() - 1) / 3 * 3 + 1, 1);
            case SEASON -> seasonStart(d);
            case HALF -> LocalDate.of(d.getYear(), d.getMonthValue() <= 6 ? 1 : 7, 1);
            case YEAR -> LocalDate.of(d.getYear(), 1, 1);
            case DECADE -> LocalDate.of(d.getYear() - Math.floorMod(d.getYear(), 10), 1, 1);
            case CENTURY -> LocalDate.of(d.getYear() - Math.floorMod(d.getYear(), 100), 1, 1);
        };
    }

    /** Seasons start in March (SP), June (SU), September (FA) and December (WI, named after its December). */
    static final List<String> SEASONS = List.of("SP", "SU", "FA", "WI");

    /** The first day of season {@code index} (0 = spring) of {@code year}. */
    static LocalDate seasonStart(int year, int index) {
        return LocalDate.of(year, 3 + 3 * index, 1);
    }

    private static LocalDate seasonStart(LocalDate d) {
        int m = d.getMonthValue();
        if (m <= 2) {
            return LocalDate.of(d.getYear() - 1, 12, 1);
        }
        return LocalDate.of(d.getYear(), m - (m % 3), 1);
    }

    private static String seasonValue(LocalDate d) {
        LocalDate s = seasonStart(d);
        return year(s.getYear()) + "-" + SEASONS.get((s.getMonthValue() - 3) / 3);
    }

    static String year(int y) {
        return String.format("%04d", y);
    }

    static String two(int n) {
        return n < 10 ? "0" + n : Integer.toString(n);
    }
}

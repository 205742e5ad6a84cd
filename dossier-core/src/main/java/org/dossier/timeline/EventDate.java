package org.dossier.timeline;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.Comparator;
import java.util.Optional;

/**
 * The period a TIMEX3 date value names, for ordering and filtering: a day ({@code 2024-12-18}, or the day of a
 * time), a week ({@code 2024-W51}), a month ({@code 2024-07}), a quarter ({@code 2024-Q1}), a year ({@code 2022}) or
 * an interval of them ({@code 2024-12-18/2024-12-19}). Periods sort by first day, then the shorter first.
 *
 * @param value the TIMEX3 value as written
 * @param first first day of the period
 * @param last  last day of the period
 */
public record EventDate(String value, LocalDate first, LocalDate last) implements Comparable<EventDate> {

    private static final Comparator<EventDate> ORDER = Comparator.comparing(EventDate::first)
            .thenComparing(EventDate::last);

    /** The period of {@code value}, or empty when it names none (null, underspecified "XXXX-12-18", "PAST_REF"). */
    public static Optional<EventDate> parse(String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        String v = value.strip();
        int slash = v.indexOf('/');
        try {
            if (slash > 0) {
                Optional<EventDate> a = parse(v.substring(0, slash));
                Optional<EventDate> b = parse(v.substring(slash + 1));
                if (a.isEmpty() || b.isEmpty() || b.get().last().isBefore(a.get().first())) {
                    return Optional.empty();
                }
                return Optional.of(new EventDate(v, a.get().first(), b.get().last()));
            }
            if (v.matches("\\d{4}-\\d{2}-\\d{2}(T.*)?")) {
                LocalDate d = LocalDate.parse(v.substring(0, 10));
                return Optional.of(new EventDate(v, d, d));
            }
            if (v.matches("\\d{4}-W\\d{2}")) {
                LocalDate monday = LocalDate.of(Integer.parseInt(v.substring(0, 4)), 6, 1)
                        .with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, Integer.parseInt(v.substring(6, 8)))
                        .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
                return Optional.of(new EventDate(v, monday, monday.plusDays(6)));
            }
            if (v.matches("\\d{4}-\\d{2}")) {
                YearMonth m = YearMonth.parse(v);
                return Optional.of(new EventDate(v, m.atDay(1), m.atEndOfMonth()));
            }
            if (v.matches("\\d{4}-Q[1-4]")) {
                int q = v.charAt(6) - '0';
                YearMonth m = YearMonth.of(Integer.parseInt(v.substring(0, 4)), 3 * q - 2);
                return Optional.of(new EventDate(v, m.atDay(1), m.plusMonths(2).atEndOfMonth()));
            }
            if (v.matches("\\d{4}")) {
                int y = Integer.parseInt(v);
                return Optional.of(new EventDate(v, LocalDate.of(y, 1, 1), LocalDate.of(y, 12, 31)));
            }
        } catch (RuntimeException e) {
            return Optional.empty(); // an impossible date (2024-13-45) names no period
        }
        return Optional.empty();
    }

    /** True when this period shares a day with {@code [from, to]} (either end may be null: open). */
    public boolean overlaps(LocalDate from, LocalDate to) {
        return (from == null || !last.isBefore(from)) && (to == null || !first.isAfter(to));
    }

    @Override
    public int compareTo(EventDate o) {
        return ORDER.compare(this, o);
    }
}

package org.dossier.store;

import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.time.DayOfWeek;

/**
 * The calendar day an event is filed under, for ordering and {@code --from}/{@code --to}: its TIMEX3 date when it
 * names a day ({@code 2024-12-18}, {@code 2024-12-18T10:00}, the start of an interval), a week (its Monday), a month
 * (the 1st) or a year (1 January); otherwise the article's publication day.
 */
public final class EventDay {

    private EventDay() {
    }

    /** The day as {@code YYYY-MM-DD}, or {@code publishedDay} (may be {@code null}). */
    public static String of(String timex3, String publishedDay) {
        if (timex3 == null) {
            return publishedDay;
        }
        String v = timex3.strip();
        try {
            if (v.matches("\\d{4}-\\d{2}-\\d{2}([T/].*)?")) {
                return LocalDate.parse(v.substring(0, 10)).toString();
            }
            if (v.matches("\\d{4}-W\\d{2}.*")) {
                LocalDate d = LocalDate.of(Integer.parseInt(v.substring(0, 4)), 6, 1)
                        .with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, Integer.parseInt(v.substring(6, 8)))
                        .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
                return d.toString();
            }
            if (v.matches("\\d{4}-\\d{2}([^\\d].*)?")) {
                return LocalDate.of(Integer.parseInt(v.substring(0, 4)), Integer.parseInt(v.substring(5, 7)), 1)
                        .toString();
            }
            if (v.matches("\\d{4}([^\\d-].*)?")) {
                return v.substring(0, 4) + "-01-01";
            }
        } catch (RuntimeException e) {
            return publishedDay; // an impossible date (2024-13-45) is filed under the article's day
        }
        return publishedDay;
    }
}

package org.dossier.extract.time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;
import java.util.Optional;

/** Holidays news refers to by name, fixed (Christmas) or movable (Thanksgiving, Easter), and their date in a year. */
enum Holiday {
    CHRISTMAS, CHRISTMAS_EVE, NEW_YEARS_DAY, NEW_YEARS_EVE, INDEPENDENCE_DAY, HALLOWEEN, VALENTINES_DAY,
    THANKSGIVING, ELECTION_DAY, MEMORIAL_DAY, LABOR_DAY, EASTER;

    /** The holiday a name matched by the grammar denotes. */
    static Optional<Holiday> of(String name) {
        String n = name.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        if (n.startsWith("christmas")) {
            return Optional.of(n.endsWith("eve") ? CHRISTMAS_EVE : CHRISTMAS);
        }
        if (n.startsWith("new year's")) {
            return Optional.of(n.endsWith("eve") ? NEW_YEARS_EVE : NEW_YEARS_DAY);
        }
        if (n.startsWith("thanksgiving")) {
            return Optional.of(THANKSGIVING);
        }
        if (n.startsWith("easter")) {
            return Optional.of(EASTER);
        }
        return switch (n) {
            case "independence day" -> Optional.of(INDEPENDENCE_DAY);
            case "halloween" -> Optional.of(HALLOWEEN);
            case "valentine's day" -> Optional.of(VALENTINES_DAY);
            case "election day" -> Optional.of(ELECTION_DAY);
            case "memorial day" -> Optional.of(MEMORIAL_DAY);
            case "labor day" -> Optional.of(LABOR_DAY);
            default -> Optional.empty();
        };
    }

    /** Its date in {@code year} (US holidays where countries differ). */
    LocalDate in(int year) {
        return switch (this) {
            case CHRISTMAS -> LocalDate.of(year, 12, 25);
            case CHRISTMAS_EVE -> LocalDate.of(year, 12, 24);
            case NEW_YEARS_DAY -> LocalDate.of(year, 1, 1);
            case NEW_YEARS_EVE -> LocalDate.of(year, 12, 31);
            case INDEPENDENCE_DAY -> LocalDate.of(year, 7, 4);
            case HALLOWEEN -> LocalDate.of(year, 10, 31);
            case VALENTINES_DAY -> LocalDate.of(year, 2, 14);
            case THANKSGIVING -> LocalDate.of(year, 11, 1)
                    .with(TemporalAdjusters.dayOfWeekInMonth(4, DayOfWeek.THURSDAY));
            case ELECTION_DAY -> LocalDate.of(year, 11, 1)
                    .with(TemporalAdjusters.firstInMonth(DayOfWeek.MONDAY)).plusDays(1);
            case MEMORIAL_DAY -> LocalDate.of(year, 5, 1).with(TemporalAdjusters.lastInMonth(DayOfWeek.MONDAY));
            case LABOR_DAY -> LocalDate.of(year, 9, 1).with(TemporalAdjusters.firstInMonth(DayOfWeek.MONDAY));
            case EASTER -> easter(year);
        };
    }

    /** Western Easter Sunday (the anonymous Gregorian algorithm). */
    private static LocalDate easter(int y) {
        int a = y % 19;
        int b = y / 100;
        int c = y % 100;
        int d = b / 4;
        int e = b % 4;
        int f = (b + 8) / 25;
        int g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30;
        int i = c / 4;
        int k = c % 4;
        int l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451;
        int month = (h + l - 7 * m + 114) / 31;
        int day = (h + l - 7 * m + 114) % 31 + 1;
        return LocalDate.of(y, month, day);
    }
}

package org.dossier.extract.time;

import java.time.DayOfWeek;
import java.util.Locale;

/**
 * The calendar's vocabulary: month, weekday and season names as regex fragments (each capturing into a group the
 * caller names) and their numbers.
 */
final class CalendarWords {

    private static final String MONTH_FULL = "January|February|March|April|May|June|July|August|September|October"
            + "|November|December";
    private static final String MONTH_ABBR = "Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec";
    /** Any month name or abbreviation, without a group: for patterns that look back. */
    static final String MONTH_NAMES = MONTH_FULL + "|" + MONTH_ABBR;
    private static final String[] MONTH_KEYS = {"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep",
        "oct", "nov", "dec"};

    /** A day of the month, 1–31, optionally with "st", "nd", "rd", "th"; captured as {@code g}. */
    static String dayOfMonth(String g) {
        return "(?<" + g + ">0?[1-9]|[12]\\d|3[01])(?:st|nd|rd|th)?(?!\\d|:\\d)";
    }

    /** A four-digit year from 1500 to 2099, captured as {@code g}. */
    static String year(String g) {
        return "(?<" + g + ">(?:1[5-9]|20)\\d\\d)(?!\\d|,\\d)";
    }

    private CalendarWords() {
    }

    /** A month name, full or abbreviated with a period ("Dec."), capitalized; captured as {@code g}. */
    static String month(String g) {
        return "(?<" + g + ">(?:" + MONTH_FULL + ")(?!\\w)|(?:" + MONTH_ABBR + ")\\.)";
    }

    /** A month name before a day number, where the abbreviation may lack its period ("Dec 18"). */
    static String monthBeforeDay(String g) {
        return "(?<" + g + ">(?:" + MONTH_FULL + ")|(?:" + MONTH_ABBR + ")\\.?)";
    }

    /** A weekday name, capitalized; captured as {@code g}. */
    static String weekday(String g) {
        return "(?<" + g + ">Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)";
    }

    /** A season name, case-insensitive; captured as {@code g}. */
    static String season(String g) {
        return "(?<" + g + ">(?i:spring|summer|fall|autumn|winter))";
    }

    /** 1–12 for a month name or abbreviation. */
    static int monthNumber(String name) {
        String key = name.toLowerCase(Locale.ROOT).substring(0, 3);
        for (int i = 0; i < MONTH_KEYS.length; i++) {
            if (MONTH_KEYS[i].equals(key)) {
                return i + 1;
            }
        }
        throw new IllegalArgumentException("'" + name + "' is not a month name");
    }

    static DayOfWeek weekdayOf(String name) {
        return DayOfWeek.valueOf(name.toUpperCase(Locale.ROOT));
    }

    /** 0 spring, 1 summer, 2 fall, 3 winter. */
    static int seasonIndex(String name) {
        return switch (name.toLowerCase(Locale.ROOT)) {
            case "spring" -> 0;
            case "summer" -> 1;
            case "fall", "autumn" -> 2;
            case "winter" -> 3;
            default -> throw new IllegalArgumentException("'" + name + "' is not a season");
        };
    }
}

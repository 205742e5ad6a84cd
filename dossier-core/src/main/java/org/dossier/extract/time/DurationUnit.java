package org.dossier.extract.time;

import java.math.BigDecimal;
import java.util.Locale;

/**
 * The units a length of time is counted in ("three weeks", "a decade"), with the TIMEX3 duration letter each one
 * writes and the calendar period ({@link Granularity}) that "last week" or "two years ago" points at.
 */
enum DurationUnit {
    SECOND("S", true, 1, null, null),
    MINUTE("M", true, 1, SECOND, null),
    HOUR("H", true, 1, MINUTE, null),
    DAY("D", false, 1, HOUR, Granularity.DAY),
    WEEK("W", false, 1, DAY, Granularity.WEEK),
    FORTNIGHT("W", false, 2, DAY, Granularity.WEEK),
    MONTH("M", false, 1, DAY, Granularity.MONTH),
    QUARTER("Q", false, 1, MONTH, Granularity.QUARTER),
    YEAR("Y", false, 1, MONTH, Granularity.YEAR),
    DECADE("Y", false, 10, null, Granularity.DECADE),
    CENTURY("Y", false, 100, null, Granularity.CENTURY),
    MILLENNIUM("Y", false, 1000, null, null);

    /** Regex alternation of the unit words, singular and plural (no capture group). */
    static final String WORDS = "seconds?|minutes?|hours?|days?|weeks?|fortnights?|months?|quarters?|years?"
            + "|decades?|century|centuries|millennium|millennia";

    private final String letter;
    private final boolean timePart;
    private final int multiple;
    private final DurationUnit smaller;
    private final Granularity period;

    DurationUnit(String letter, boolean timePart, int multiple, DurationUnit smaller, Granularity period) {
        this.letter = letter;
        this.timePart = timePart;
        this.multiple = multiple;
        this.smaller = smaller;
        this.period = period;
    }

    /** The unit a word names ("weeks" → WEEK), case-insensitive; {@code null} when it names none. */
    static DurationUnit of(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        if (w.startsWith("centur")) {
            return CENTURY;
        }
        if (w.startsWith("millenni")) {
            return MILLENNIUM;
        }
        String singular = w.endsWith("s") ? w.substring(0, w.length() - 1) : w;
        for (DurationUnit u : values()) {
            if (u.name().toLowerCase(Locale.ROOT).equals(singular)) {
                return u;
            }
        }
        return null;
    }

    /** The calendar period this unit counts in, or {@code null} for units finer than a day. */
    Granularity period() {
        return period;
    }

    /** The TIMEX3 duration of {@code amount} of this unit; {@code null} amount means an unknown number (PXY). */
    String duration(Double amount) {
        String prefix = timePart ? "PT" : "P";
        if (amount == null) {
            return prefix + "X" + letter;
        }
        if (this == HOUR && amount == 24) {
            return "P1D"; // "the last 24 hours" is a day in TimeML practice
        }
        double n = amount * multiple;
        long whole = (long) Math.floor(n);
        double rest = n - whole;
        if (rest < 1e-9) {
            return prefix + whole + letter;
        }
        if (smaller != null) {
            double sub = rest * factorTo(smaller);
            if (Math.abs(sub - Math.rint(sub)) < 1e-6) {
                String head = whole > 0 ? whole + letter : "";
                String tail = (long) Math.rint(sub) + smaller.letter;
                boolean switchToTime = !timePart && smaller.timePart;
                return prefix + head + (switchToTime ? "T" : "") + tail;
            }
        }
        return prefix + BigDecimal.valueOf(n).stripTrailingZeros().toPlainString() + letter;
    }

    /** How many of the next smaller unit make one counted (already multiplied) unit of this one. */
    private int factorTo(DurationUnit unit) {
        return switch (this) {
            case MINUTE, HOUR -> 60;
            case DAY -> 24;
            case WEEK, FORTNIGHT -> 7;
            case MONTH -> 30;
            case QUARTER -> 3;
            case YEAR -> 12;
            default -> throw new IllegalStateException(this + " has no smaller unit than " + unit);
        };
    }
}

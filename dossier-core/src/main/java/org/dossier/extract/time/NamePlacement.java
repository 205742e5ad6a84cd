package org.dossier.extract.time;

import org.dossier.extract.time.Meaning.Direction;
import org.dossier.extract.time.Meaning.PartialDate;
import org.dossier.extract.time.Meaning.PeriodOfYear;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.Optional;

/**
 * Places names that leave their year (or week) open — "Dec. 18", "April", "the third quarter", "last fall",
 * "Friday", "the weekend", "Thanksgiving" — relative to a publication date, by the direction the text gives
 * ("last", "next", "this") or else by the tense of the clause.
 */
final class NamePlacement {

    /** How far ahead (or, halved, behind) a day may lie and still be the one a clause of the other tense means. */
    private static final long CLOSE_DAYS = 90;
    /** The same for a month. */
    private static final long CLOSE_MONTHS = 1;

    /** How a direction and a tense combine into a choice among the candidates. */
    private enum Choice { PAST_STRICT, PAST, FUTURE_STRICT, FUTURE, SAME, NEAREST }

    private final LocalDate anchor;

    NamePlacement(LocalDate anchor) {
        this.anchor = anchor;
    }

    private static Choice choice(Direction d, Tense tense) {
        return switch (d) {
            case PAST -> Choice.PAST_STRICT;
            case FUTURE -> Choice.FUTURE_STRICT;
            case CURRENT -> Choice.SAME;
            case BY_TENSE -> switch (tense) {
                case PAST -> Choice.PAST;
                case FUTURE -> Choice.FUTURE;
                default -> Choice.NEAREST;
            };
        };
    }

    /**
     * A month or a day of a month. Explicit "last"/"next"/"this" decide. Otherwise the last such day (or
     * month) and the next one compete: a past-tense clause takes the next one only when it is close (a deal
     * "extended to Nov. 20" in an Oct. 30 article), a future-tense one takes the last one only when it is
     * closer still, and without tense the nearer one wins, the past one at a discount (news looks back more than
     * ahead: "from $29.75 in March" in an October article is last March).
     */
    LocalDate partialDate(PartialDate p, Tense tense) {
        if (p.yearOffset() != null) {
            return dateIn(anchor.getYear() + p.yearOffset(), p).orElse(anchor);
        }
        boolean byDay = p.day() > 0;
        LocalDate now = byDay ? anchor : anchor.withDayOfMonth(1);
        Choice choice = choice(p.direction(), tense);
        if (choice != Choice.PAST && choice != Choice.FUTURE && choice != Choice.NEAREST) {
            return pick(p, now, choice);
        }
        LocalDate last = pick(p, now, Choice.PAST);
        LocalDate next = pick(p, now, Choice.FUTURE);
        long back = distance(last, now, byDay);
        long ahead = distance(next, now, byDay);
        long close = byDay ? CLOSE_DAYS : CLOSE_MONTHS;
        return switch (choice) {
            case PAST -> ahead <= close && ahead < back ? next : last;
            case FUTURE -> back <= close / 2 && back < ahead ? last : next;
            default -> back * 2 <= ahead * 3 ? last : next;
        };
    }

    private LocalDate pick(PartialDate p, LocalDate now, Choice choice) {
        LocalDate best = null;
        for (int y = anchor.getYear() - 1; y <= anchor.getYear() + 1; y++) {
            Optional<LocalDate> c = dateIn(y, p);
            if (c.isEmpty()) {
                continue;
            }
            LocalDate d = c.get();
            boolean better = switch (choice) {
                case PAST_STRICT -> d.isBefore(now) && (best == null || d.isAfter(best));
                case PAST -> !d.isAfter(now) && (best == null || d.isAfter(best));
                case FUTURE_STRICT -> d.isAfter(now) && (best == null || d.isBefore(best));
                case FUTURE -> !d.isBefore(now) && (best == null || d.isBefore(best));
                case SAME -> y == anchor.getYear();
                case NEAREST -> best == null || distance(d, now, p.day() > 0) < distance(best, now, p.day() > 0);
            };
            if (better) {
                best = d;
            }
        }
        // February 29 may exist in none of the three years looked at; then take the anchor's year
        return best != null ? best : dateIn(anchor.getYear(), p).orElse(anchor.withDayOfMonth(1));
    }

    /** A holiday: its year is chosen as for the day it falls on in the anchor's year. */
    LocalDate holiday(Holiday h, Direction direction, Tense tense) {
        LocalDate thisYear = h.in(anchor.getYear());
        PartialDate approx = new PartialDate(thisYear.getMonthValue(), thisYear.getDayOfMonth(), direction, null);
        return h.in(partialDate(approx, tense).getYear());
    }

    /** A weekday: the news convention counts back from the publication day (itself included) unless ahead. */
    LocalDate weekday(DayOfWeek day, Direction direction, Tense tense) {
        return switch (choice(direction, tense)) {
            case PAST_STRICT -> anchor.with(TemporalAdjusters.previous(day));
            case FUTURE_STRICT -> anchor.with(TemporalAdjusters.next(day));
            case FUTURE -> anchor.with(TemporalAdjusters.nextOrSame(day));
            case SAME -> Granularity.WEEK.start(anchor).with(TemporalAdjusters.nextOrSame(day));
            case PAST, NEAREST -> anchor.with(TemporalAdjusters.previousOrSame(day));
        };
    }

    /** A day in the weekend meant: the one just past, unless the clause looks ahead. */
    LocalDate weekend(Direction direction, Tense tense) {
        boolean inWeekend = anchor.getDayOfWeek().getValue() >= 6;
        return switch (choice(direction, tense)) {
            case PAST_STRICT -> anchor.minusWeeks(1);
            case FUTURE_STRICT -> anchor.plusWeeks(1);
            case PAST, NEAREST -> inWeekend ? anchor : anchor.minusWeeks(1);
            case FUTURE, SAME -> anchor;
        };
    }

    /**
     * The first day of a quarter, half or season. Explicit "last"/"next"/"this" decide; otherwise the anchor's
     * year, unless a past-tense clause names one not begun yet (last year's) or a future-tense one names one long
     * over (next year's): an October report on "third-quarter" results, past or to come, is about this year's.
     */
    LocalDate periodOfYear(PeriodOfYear p, Tense tense) {
        if (p.yearOffset() != null) {
            return periodStart(p, anchor.getYear() + p.yearOffset());
        }
        Granularity g = p.granularity();
        LocalDate now = g.start(anchor);
        LocalDate same = periodStart(p, anchor.getYear());
        LocalDate previous = periodStart(p, anchor.getYear() - 1);
        LocalDate next = periodStart(p, anchor.getYear() + 1);
        return switch (choice(p.direction(), tense)) {
            case PAST_STRICT -> same.isBefore(now) ? same : previous;
            case FUTURE_STRICT -> same.isAfter(now) ? same : next;
            case PAST -> same.isAfter(now) ? previous : same;
            case FUTURE -> endedLongAgo(g, same, now) ? next : same;
            case SAME, NEAREST -> same;
        };
    }

    /**
     * Whether the period starting {@code start} was over before the current one began; a quarter must be over
     * before the previous one began (the just-ended quarter's results are still to come).
     */
    private static boolean endedLongAgo(Granularity g, LocalDate start, LocalDate now) {
        LocalDate end = g.shift(start, 1);
        return !end.isAfter(g == Granularity.QUARTER ? g.shift(now, -1) : now);
    }

    static LocalDate periodStart(PeriodOfYear p, int year) {
        return switch (p.granularity()) {
            case QUARTER -> LocalDate.of(year, 3 * p.index() - 2, 1);
            case HALF -> LocalDate.of(year, p.index() == 1 ? 1 : 7, 1);
            case SEASON -> Granularity.seasonStart(year, p.index());
            default -> throw new IllegalArgumentException(p.granularity() + " is not a part of a year");
        };
    }

    /** The day (or first of the month) {@code p} names in {@code year}; empty for February 29 in a common year. */
    static Optional<LocalDate> dateIn(int year, PartialDate p) {
        try {
            return Optional.of(LocalDate.of(year, p.month(), Math.max(1, p.day())));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    /** Days apart, or months apart (a tie then goes to the earlier candidate, which is tried first). */
    private static long distance(LocalDate a, LocalDate b, boolean byDay) {
        if (byDay) {
            return Math.abs(a.toEpochDay() - b.toEpochDay());
        }
        return Math.abs(a.getYear() * 12L + a.getMonthValue() - b.getYear() * 12L - b.getMonthValue());
    }
}

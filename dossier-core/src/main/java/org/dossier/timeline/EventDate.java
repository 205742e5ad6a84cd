package org.dossier.timeline;

import org.dossier.model.ArticleRecord;
import org.dossier.model.Claim;
import org.dossier.model.Event;
import org.dossier.model.Span;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.Comparator;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The period a TIMEX3 date value names, and the one rule for the day an event is filed under. Every place that
 * orders or filters events by day (the {@code timeline} command over files, the store's {@code day} column and so
 * the store's timelines and the web, the CSV export) asks {@link #filedUnder} or {@link #day}; nothing else parses
 * TIMEX3 values for that.
 *
 * <p>Periods: a day ({@code 2024-12-18}, or the day of a time {@code 2024-12-18T10:00}), a week ({@code 2024-W51},
 * its weekend {@code 2024-W51-WE}), a month ({@code 2024-07}, also {@code 2024-07-XX}), a quarter
 * ({@code 2024-Q1}), a half ({@code 2024-H2}), a season ({@code 2024-SU}; winter runs into the next year), a year
 * ({@code 2022}) or an interval of them ({@code 2024-12-18/2024-12-19}). Periods sort by first day, then the shorter
 * first. Underspecified values ({@code XXXX-12-18}, {@code PAST_REF}) and impossible dates ({@code 2024-13-45})
 * name none.
 *
 * @param value the TIMEX3 value as written
 * @param first first day of the period
 * @param last  last day of the period
 */
public record EventDate(String value, LocalDate first, LocalDate last) implements Comparable<EventDate> {

    private static final Comparator<EventDate> ORDER = Comparator.comparing(EventDate::first)
            .thenComparing(EventDate::last);

    private static final Pattern DAY = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})(T.*)?");
    private static final Pattern WEEK = Pattern.compile("(\\d{4})-W(\\d{2})(-WE)?");
    private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{2})(-XX)?");
    private static final Pattern PART = Pattern.compile("(\\d{4})-(Q[1-4]|H[12]|SP|SU|FA|WI)");
    private static final Pattern YEAR = Pattern.compile("\\d{4}");

    /** The period of {@code value}, or empty when it names none (null, underspecified, impossible). */
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
            Matcher m;
            if ((m = DAY.matcher(v)).matches()) {
                LocalDate d = LocalDate.parse(m.group(1));
                return Optional.of(new EventDate(v, d, d));
            }
            if ((m = WEEK.matcher(v)).matches()) {
                int week = Integer.parseInt(m.group(2));
                LocalDate mid = LocalDate.of(Integer.parseInt(m.group(1)), 6, 1);
                if (week < 1 || week > mid.range(IsoFields.WEEK_OF_WEEK_BASED_YEAR).getMaximum()) {
                    return Optional.empty();
                }
                LocalDate monday = mid.with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, week)
                        .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
                return Optional.of(m.group(3) != null ? new EventDate(v, monday.plusDays(5), monday.plusDays(6))
                        : new EventDate(v, monday, monday.plusDays(6)));
            }
            if ((m = MONTH.matcher(v)).matches()) {
                YearMonth ym = YearMonth.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
                return Optional.of(new EventDate(v, ym.atDay(1), ym.atEndOfMonth()));
            }
            if ((m = PART.matcher(v)).matches()) {
                int year = Integer.parseInt(m.group(1));
                String part = m.group(2);
                int firstMonth = switch (part) {
                    case "H1", "Q1" -> 1;
                    case "Q2" -> 4;
                    case "SP" -> 3;
                    case "SU" -> 6;
                    case "H2", "Q3" -> 7;
                    case "FA" -> 9;
                    case "Q4" -> 10;
                    default -> 12; // WI: December to February
                };
                int months = part.startsWith("H") ? 6 : 3;
                YearMonth start = YearMonth.of(year, firstMonth);
                return Optional.of(new EventDate(v, start.atDay(1), start.plusMonths(months - 1).atEndOfMonth()));
            }
            if (YEAR.matcher(v).matches()) {
                int y = Integer.parseInt(v);
                return Optional.of(new EventDate(v, LocalDate.of(y, 1, 1), LocalDate.of(y, 12, 31)));
            }
        } catch (RuntimeException e) {
            return Optional.empty(); // an impossible date (2024-13-45) names no period
        }
        return Optional.empty();
    }

    /**
     * Where an event is filed: the period of its own {@code date}; when that names none, the period of
     * {@code reportedOn} (for an event known through a claim, the day the claim was made, see
     * {@link #reportedOn(ArticleRecord, Event)}); else empty (undated).
     */
    public static Optional<EventDate> filedUnder(String date, String reportedOn) {
        Optional<EventDate> own = parse(date);
        return own.isPresent() ? own : parse(reportedOn);
    }

    /** {@link #filedUnder(String, String)} for an event of {@code r}. */
    public static Optional<EventDate> filedUnder(ArticleRecord r, Event e) {
        return filedUnder(e.date(), reportedOn(r, e));
    }

    /**
     * The day an event sorts under, as {@code YYYY-MM-DD}: the first day of the period it is
     * {@linkplain #filedUnder(String, String) filed under}, else {@code publishedDay} (the article's publication day;
     * {@code null} when it has none). The store keeps this in its {@code day} columns.
     */
    public static String day(String date, String reportedOn, String publishedDay) {
        return filedUnder(date, reportedOn).map(d -> d.first().toString()).orElse(publishedDay);
    }

    /** {@link #day(String, String, String)} for an event of {@code r}. */
    public static String day(ArticleRecord r, Event e) {
        return day(e.date(), reportedOn(r, e), r.article().anchor().map(LocalDate::toString).orElse(null));
    }

    /**
     * For an event known through a claim ({@link Event#attribution()}), the TIMEX3 value of the day the claim was
     * made: the claim's own date, else the date of the event standing at the claim's cue ("reported on Dec. 12");
     * {@code null} when there is none.
     */
    public static String reportedOn(ArticleRecord r, Event e) {
        if (e.attribution() == null) {
            return null;
        }
        Claim claim = r.claims().stream().filter(c -> e.attribution().equals(c.id())).findFirst().orElse(null);
        if (claim == null) {
            return null;
        }
        if (parse(claim.date()).isPresent() || claim.cue() == null) {
            return claim.date();
        }
        Span cue = claim.cue();
        return r.events().stream().filter(x -> x.trigger().overlaps(cue)).findFirst().map(Event::date).orElse(null);
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

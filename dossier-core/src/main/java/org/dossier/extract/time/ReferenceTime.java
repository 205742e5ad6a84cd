package org.dossier.extract.time;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The times an article has talked about so far, in text order, for anaphoric expressions ("a year earlier",
 * "the following day", "the quarter"). One instance per article and tagging call.
 */
final class ReferenceTime {

    /** A time the text placed: a day inside the period, and the period's granularity. */
    record Point(LocalDate date, Granularity granularity) {
    }

    private static final Pattern VALUE = Pattern.compile(
            "(\\d{4})(?:-(?:(\\d\\d)(?:-(\\d\\d))?|Q([1-4])|H([12])|W(\\d\\d)|(SP|SU|FA|WI)))?(?:T.*)?");

    private final List<Point> seen = new ArrayList<>();

    /** Remembers a resolved DATE or TIME value, if it places a period in time. */
    void add(String value) {
        parse(value).ifPresent(seen::add);
    }

    /**
     * The latest time talked about at granularity {@code wanted} or finer (a quarter only at quarter
     * granularity: a reporting day does not say which quarter a company reports on); with {@code wanted}
     * {@code null}, the latest one of any granularity.
     */
    Optional<Point> latest(Granularity wanted) {
        return latest(wanted, p -> true);
    }

    /** Like {@link #latest(Granularity)}, among the times {@code acceptable} lets through. */
    Optional<Point> latest(Granularity wanted, Predicate<Point> acceptable) {
        for (int i = seen.size() - 1; i >= 0; i--) {
            Point p = seen.get(i);
            boolean fits = wanted == null || p.granularity() == wanted
                    || wanted != Granularity.QUARTER && p.granularity().finerOrEqual(wanted);
            if (fits && acceptable.test(p)) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }

    /** The period a TIMEX3 date value names, if it names one. */
    static Optional<Point> parse(String value) {
        Matcher m = VALUE.matcher(value);
        if (!m.matches()) {
            return Optional.empty();
        }
        try {
            return Optional.of(point(m));
        } catch (DateTimeException e) {
            return Optional.empty(); // a week 53 the year does not have: nothing to refer back to
        }
    }

    private static Point point(Matcher m) {
        int y = Integer.parseInt(m.group(1));
        if (m.group(3) != null) {
            return new Point(LocalDate.of(y, Integer.parseInt(m.group(2)),
                    Integer.parseInt(m.group(3))), Granularity.DAY);
        }
        if (m.group(2) != null) {
            return new Point(LocalDate.of(y, Integer.parseInt(m.group(2)), 1), Granularity.MONTH);
        }
        if (m.group(4) != null) {
            int q = Integer.parseInt(m.group(4));
            return new Point(LocalDate.of(y, 3 * q - 2, 1), Granularity.QUARTER);
        }
        if (m.group(5) != null) {
            return new Point(LocalDate.of(y, m.group(5).equals("1") ? 1 : 7, 1), Granularity.HALF);
        }
        if (m.group(6) != null) {
            int w = Integer.parseInt(m.group(6));
            LocalDate d = LocalDate.of(y, 1, 4).with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, w);
            return new Point(d, Granularity.WEEK);
        }
        if (m.group(7) != null) {
            int idx = Granularity.SEASONS.indexOf(m.group(7));
            return new Point(Granularity.seasonStart(y, idx), Granularity.SEASON);
        }
        return new Point(LocalDate.of(y, 1, 1), Granularity.YEAR);
    }
}

package org.dossier.extract.time;

import org.dossier.extract.time.Meaning.Base;
import org.dossier.extract.time.Meaning.ClockTime;
import org.dossier.extract.time.Meaning.Fixed;
import org.dossier.extract.time.Meaning.PartOfDay;
import org.dossier.extract.time.Meaning.PartOfYear;
import org.dossier.extract.time.Meaning.PartialDate;
import org.dossier.extract.time.Meaning.PeriodOfYear;
import org.dossier.extract.time.Meaning.Range;
import org.dossier.extract.time.Meaning.SamePeriodIn;
import org.dossier.extract.time.Meaning.Shift;
import org.dossier.extract.time.Meaning.WeekOf;
import org.dossier.extract.time.Meaning.Weekday;
import org.dossier.extract.time.Meaning.Weekend;
import org.dossier.model.TimexType;

import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns meanings into TIMEX3 values for one article: relative expressions count from the anchor (the
 * publication date), anaphoric ones from the {@link ReferenceTime} the text has reached, names without a year
 * are placed by {@link NamePlacement}. Without an anchor, whatever needs one stays underspecified
 * ({@code XXXX-12-18}); the clock is never consulted. Feed mentions in text order: each resolved date becomes a
 * reference for the ones after it. One instance per article.
 */
final class TimexNormalizer {

    private final Optional<LocalDate> anchor;
    private final Optional<NamePlacement> placement;
    private final ReferenceTime references = new ReferenceTime();

    TimexNormalizer(Optional<LocalDate> anchor) {
        this.anchor = anchor;
        this.placement = anchor.map(NamePlacement::new);
    }

    /**
     * The value of {@code meaning}; {@code contextDay} is the value of the day a clock time or part of day
     * without one belongs to, or {@code null} for the publication date.
     */
    String resolve(TimexType type, Meaning meaning, Tense tense, String contextDay) {
        return resolve(type, meaning, tense, contextDay, null);
    }

    /**
     * Like {@link #resolve(TimexType, Meaning, Tense, String)} for a day that closes a reporting period named
     * just before it. After "the third quarter ended Sept. 30" the story's time is the quarter already named,
     * not the day, so a later "a year earlier" is that quarter a year back; after "the six months ended Aug. 12"
     * it is the day. {@code closes} is the period's granularity, {@code null} for an ordinary date.
     */
    String resolve(TimexType type, Meaning meaning, Tense tense, String contextDay, Granularity closes) {
        String value = value(meaning, tense, contextDay);
        if ((type == TimexType.DATE || type == TimexType.TIME) && !isComparison(meaning)) {
            if (closes != Granularity.QUARTER) {
                references.add(value);
            }
        }
        return value;
    }

    /**
     * "a year earlier", "the year-ago quarter", "the 1988 period": the period compared with, which does not
     * move the story's time (the next "the quarter" still means the current one).
     */
    private static boolean isComparison(Meaning meaning) {
        return meaning instanceof Shift s && s.base() == Base.REFERENCE && s.unit() == Granularity.YEAR
                && s.amount() < 0 || meaning instanceof SamePeriodIn;
    }

    private String value(Meaning meaning, Tense tense, String contextDay) {
        if (meaning instanceof Fixed f) {
            return f.value();
        }
        if (meaning instanceof Shift s) {
            return shift(s, tense);
        }
        if (meaning instanceof PartialDate p) {
            return placement.map(n -> format(p, n.partialDate(p, tense)))
                    .orElseGet(() -> "XXXX-" + Granularity.two(p.month())
                            + (p.day() > 0 ? "-" + Granularity.two(p.day()) : ""));
        }
        if (meaning instanceof Meaning.Holiday h) {
            return placement.map(n -> Granularity.DAY.format(n.holiday(h.holiday(), h.direction(), tense)))
                    .orElseGet(() -> underspecified(h.holiday()));
        }
        if (meaning instanceof Meaning.WeekdayFromStory w) {
            Optional<LocalDate> from = references.latest(Granularity.DAY)
                    .filter(p -> p.granularity() == Granularity.DAY).map(ReferenceTime.Point::date).or(() -> anchor);
            return from.map(d -> Granularity.DAY.format(d.with(w.forward() ? TemporalAdjusters.next(w.day())
                    : TemporalAdjusters.previous(w.day())))).orElse("XXXX-WXX-" + w.day().getValue());
        }
        if (meaning instanceof Weekday w) {
            return placement.map(n -> Granularity.DAY.format(n.weekday(w.day(), w.direction(), tense)))
                    .orElse("XXXX-WXX-" + w.day().getValue());
        }
        if (meaning instanceof PeriodOfYear p) {
            return placement.map(n -> p.granularity().format(n.periodOfYear(p, tense)))
                    .orElse("XXXX-" + periodCode(p));
        }
        if (meaning instanceof Weekend w) {
            return placement.map(n -> Granularity.WEEKEND.format(n.weekend(w.direction(), tense)))
                    .orElse(Granularity.WEEKEND.underspecified());
        }
        if (meaning instanceof ClockTime c) {
            String day = c.day() != null ? value(c.day(), tense, null) : day(contextDay);
            return day + "T" + Granularity.two(c.hour()) + ":" + Granularity.two(c.minute()) + (c.utc() ? "Z" : "");
        }
        if (meaning instanceof PartOfDay p) {
            return (p.day() != null ? value(p.day(), tense, null) : day(contextDay)) + "T" + p.code();
        }
        if (meaning instanceof Meaning.DayOffset o) {
            String day = value(o.day(), tense, null);
            return ReferenceTime.parse(day).filter(p -> p.granularity() == Granularity.DAY)
                    .map(p -> Granularity.DAY.format(p.date().plusDays(o.days())))
                    .orElseGet(() -> underspecifiedShift(day, o.days()));
        }
        if (meaning instanceof Range r) {
            return range(r, tense);
        }
        if (meaning instanceof WeekOf w) {
            return ReferenceTime.parse(value(w.day(), tense, null))
                    .filter(p -> p.granularity() == Granularity.DAY)
                    .map(p -> Granularity.WEEK.format(p.date()))
                    .orElse(Granularity.WEEK.underspecified());
        }
        if (meaning instanceof PartOfYear p) {
            // "the first nine months" (of this year): what a following "a year earlier" compares with
            references.latest(Granularity.YEAR).map(r -> Granularity.YEAR.format(r.date()))
                    .or(() -> anchor.map(Granularity.YEAR::format)).ifPresent(references::add);
            return p.duration();
        }
        if (meaning instanceof SamePeriodIn p) {
            return references.latest(Granularity.QUARTER)
                    .map(q -> Granularity.QUARTER.format(q.date().withYear(p.year())))
                    .orElse(Granularity.year(p.year()));
        }
        throw new IllegalStateException("no normalization for " + meaning);
    }

    private String day(String contextDay) {
        if (contextDay != null) {
            return contextDay;
        }
        return anchor.map(Granularity.DAY::format).orElse(Granularity.DAY.underspecified());
    }

    private String shift(Shift s, Tense tense) {
        if (s.base() == Base.ANCHOR) {
            Granularity g = s.granularity() != null ? s.granularity() : s.unit();
            return anchor.map(a -> g.format(s.unit().shift(a, s.amount()))).orElse(g.underspecified());
        }
        Optional<ReferenceTime.Point> ref;
        if (isComparison(s)) {
            // compared with the period the story reports on: of the anchor's year and already over
            ref = references.latest(s.granularity(), p -> completed(p) && anchor.map(a -> a.getYear()
                            == p.date().getYear()).orElse(true))
                    .or(() -> references.latest(s.granularity(), this::completed))
                    .or(() -> references.latest(s.granularity()));
        } else if (tense == Tense.PAST && s.granularity() == Granularity.QUARTER) {
            ref = references.latest(s.granularity(), this::completed); // "the quarter" reported on is over
        } else {
            ref = references.latest(s.granularity());
        }
        if (ref.isPresent()) {
            Granularity g = s.granularity() != null ? s.granularity() : ref.get().granularity();
            return g.format(s.unit().shift(ref.get().date(), s.amount()));
        }
        Granularity g = s.granularity() != null ? s.granularity() : s.unit();
        if (anchor.isEmpty()) {
            return g.underspecified();
        }
        LocalDate base = anchor.get();
        if (g == Granularity.QUARTER && s.amount() == 0 && tense == Tense.PAST) {
            base = Granularity.QUARTER.shift(base, -1); // "the quarter" reported on: the last one completed
        }
        return g.format(s.unit().shift(base, s.amount()));
    }

    /** Whether a referenced period is over by the anchor (a quarter: ended before the anchor's quarter). */
    private boolean completed(ReferenceTime.Point p) {
        if (anchor.isEmpty()) {
            return true;
        }
        if (p.granularity() == Granularity.QUARTER) {
            return p.date().isBefore(Granularity.QUARTER.start(anchor.get()));
        }
        return !p.granularity().start(p.date()).isAfter(anchor.get());
    }

    /** "Dec. 18-19": the end takes the start's year (the next one if it would come before the start). */
    private String range(Range r, Tense tense) {
        String from = value(r.from(), tense, null);
        Optional<ReferenceTime.Point> start = ReferenceTime.parse(from);
        if (r.to() instanceof PartialDate p && p.yearOffset() == null && start.isPresent()) {
            LocalDate s = start.get().date();
            Optional<LocalDate> end = NamePlacement.dateIn(s.getYear(), p)
                    .filter(e -> !e.isBefore(s))
                    .or(() -> NamePlacement.dateIn(s.getYear() + 1, p));
            if (end.isPresent()) {
                return from + "/" + format(p, end.get());
            }
        }
        return from + "/" + value(r.to(), tense, null);
    }

    private static String format(PartialDate p, LocalDate d) {
        return p.day() > 0 ? Granularity.DAY.format(d) : Granularity.MONTH.format(d);
    }

    private static final Pattern MONTH_DAY = Pattern.compile("XXXX-(\\d\\d)-(\\d\\d)");
    private static final Pattern WEEKDAY = Pattern.compile("XXXX-WXX-([1-7])");

    /**
     * "the day after Dec. 18" or "the day before Friday" with no year known: the month and day or the weekday
     * shifted ({@code XXXX-12-19}, {@code XXXX-WXX-4}); anything else is an unknown day.
     */
    private static String underspecifiedShift(String day, int days) {
        Matcher md = MONTH_DAY.matcher(day);
        if (md.matches()) {
            int month = Integer.parseInt(md.group(1));
            int dom = Integer.parseInt(md.group(2));
            int year = month == 2 && dom == 29 ? 2000 : 2001; // a year the day exists in; Feb. 28 + 1 is March 1
            LocalDate d = LocalDate.of(year, month, dom).plusDays(days);
            return "XXXX-" + Granularity.two(d.getMonthValue()) + "-" + Granularity.two(d.getDayOfMonth());
        }
        Matcher wd = WEEKDAY.matcher(day);
        if (wd.matches()) {
            return "XXXX-WXX-" + (Math.floorMod(Integer.parseInt(wd.group(1)) - 1 + days, 7) + 1);
        }
        return Granularity.DAY.underspecified();
    }

    /** A holiday with no year known: its month and day if they never change, else nothing at all. */
    private static String underspecified(Holiday h) {
        LocalDate a = h.in(2000);
        LocalDate b = h.in(2001);
        boolean fixed = a.getMonth() == b.getMonth() && a.getDayOfMonth() == b.getDayOfMonth();
        return fixed ? "XXXX-" + Granularity.two(a.getMonthValue()) + "-" + Granularity.two(a.getDayOfMonth())
                : Granularity.DAY.underspecified();
    }

    private static String periodCode(PeriodOfYear p) {
        return switch (p.granularity()) {
            case QUARTER -> "Q" + p.index();
            case HALF -> "H" + p.index();
            default -> Granularity.SEASONS.get(p.index());
        };
    }
}

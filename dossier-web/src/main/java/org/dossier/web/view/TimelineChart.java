package org.dossier.web.view;

import org.dossier.query.Rows;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.Locale;

/**
 * Events placed on a time axis, for an SVG the page script can zoom: {@code t} of an item or tick is its position
 * in [0, 1] over the whole range, {@code x} the same in the {@link #WIDTH}-unit drawing, {@code lane} its row (items
 * close in time take different rows). Items keep the order they came in (earliest first); undated events are left
 * out of the drawing and listed in {@code undated}.
 */
public record TimelineChart(List<Item> items, List<Tick> ticks, List<Rows.Event> undated, int lanes) {

    public static final int WIDTH = 1000;
    private static final int LANES = 8;

    /**
     * @param context true for an event of the same articles that the page's entity takes no part in, drawn faded
     */
    public record Item(Rows.Event event, double t, double x, int lane, String shape, boolean context) {

        public double y() {
            return 30 + lane * 22;
        }

        /** The factuality class: asserted, reported, expected, hypothetical or negated. */
        public String factuality() {
            return event.factuality() == null ? "asserted" : event.factuality().toLowerCase(Locale.ROOT);
        }

        public String label() {
            return event.day() + " " + event.type() + ": " + (event.actors() != null ? event.actors() + " " : "")
                    + event.trigger() + (event.targets() != null ? " " + event.targets() : "") + " (" + factuality() + ")";
        }
    }

    public record Tick(String label, double t, double x) {
    }

    public TimelineChart {
        items = List.copyOf(items);
        ticks = List.copyOf(ticks);
        undated = List.copyOf(undated);
    }

    public int height() {
        return 40 + lanes * 22;
    }

    public static TimelineChart of(List<Rows.Event> events) {
        return of(events, e -> true);
    }

    /** A chart of {@code events}, those {@code own} rejects marked as context. */
    public static TimelineChart of(List<Rows.Event> events, Predicate<Rows.Event> own) {
        List<Rows.Event> dated = new ArrayList<>();
        List<LocalDate> days = new ArrayList<>();
        List<Rows.Event> undated = new ArrayList<>();
        for (Rows.Event e : events) {
            LocalDate d = day(e.day());
            if (d == null) {
                undated.add(e);
            } else {
                dated.add(e);
                days.add(d);
            }
        }
        if (dated.isEmpty()) {
            return new TimelineChart(List.of(), List.of(), undated, 1);
        }
        LocalDate min = days.stream().min(LocalDate::compareTo).orElseThrow();
        LocalDate max = days.stream().max(LocalDate::compareTo).orElseThrow();
        long span = Math.max(1, ChronoUnit.DAYS.between(min, max));
        LocalDate lo = min.minusDays(Math.max(1, span / 20));
        double total = ChronoUnit.DAYS.between(lo, max.plusDays(Math.max(1, span / 20)));
        List<Item> items = new ArrayList<>();
        double[] laneEnd = new double[LANES];
        java.util.Arrays.fill(laneEnd, -1);
        int used = 1;
        for (int i = 0; i < dated.size(); i++) {
            double t = ChronoUnit.DAYS.between(lo, days.get(i)) / total;
            int lane = -1;
            for (int l = 0; l < LANES && lane < 0; l++) {
                if (laneEnd[l] < t * WIDTH - 12) {
                    lane = l;
                }
            }
            lane = lane < 0 ? i % LANES : lane;
            laneEnd[lane] = t * WIDTH;
            used = Math.max(used, lane + 1);
            String f = dated.get(i).factuality() == null ? "asserted" : dated.get(i).factuality();
            items.add(new Item(dated.get(i), t, round(t * WIDTH), lane, shape(f), !own.test(dated.get(i))));
        }
        return new TimelineChart(items, ticks(lo, total), undated, used);
    }

    private static String shape(String factuality) {
        return switch (factuality.toLowerCase(Locale.ROOT)) {
            case "reported" -> "ring";
            case "expected" -> "diamond";
            case "hypothetical" -> "square";
            case "negated" -> "cross";
            default -> "dot";
        };
    }

    /** Year ticks over long ranges, month ticks over shorter ones. */
    private static List<Tick> ticks(LocalDate lo, double total) {
        List<Tick> out = new ArrayList<>();
        boolean years = total > 3 * 365;
        LocalDate d = years ? LocalDate.of(lo.getYear() + 1, 1, 1) : lo.withDayOfMonth(1).plusMonths(1);
        LocalDate end = lo.plusDays((long) total);
        int step = total > 30 * 365 ? 10 : 1;
        while (!d.isAfter(end) && out.size() < 60) {
            double t = ChronoUnit.DAYS.between(lo, d) / total;
            out.add(new Tick(years ? String.valueOf(d.getYear()) : d.toString().substring(0, 7), t, round(t * WIDTH)));
            d = years ? d.plusYears(step) : d.plusMonths(total > 24 * 31 ? 3 : 1);
        }
        return out;
    }

    private static double round(double x) {
        return Math.round(x * 10) / 10.0;
    }

    private static LocalDate day(String s) {
        if (s == null || s.length() < 10) {
            return null;
        }
        try {
            return LocalDate.parse(s.substring(0, 10));
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}

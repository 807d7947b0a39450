package org.dyadlab.analysis.series;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.dyadlab.model.event.Dyad;
import org.dyadlab.model.period.Interval;
import org.dyadlab.store.DayAggregate;

/**
 * A dyad's time series at one interval width: every interval from the first to the last day asked for, the
 * empty ones included (zero events, undefined means), in time order.
 *
 * @param dyad     the dyad
 * @param directed first → second only
 * @param interval the interval width
 * @param points   the intervals
 */
public record DyadSeries(Dyad dyad, boolean directed, Interval interval, List<SeriesPoint> points) {
    public DyadSeries {
        Objects.requireNonNull(dyad, "dyad");
        Objects.requireNonNull(interval, "interval");
        points = List.copyOf(points);
    }

    /**
     * Builds the series from day sums (days may be missing: they count as empty).
     *
     * @param days  the day sums, in day order
     * @param from  first day (null: the first day in {@code days})
     * @param to    last day (null: the last day in {@code days})
     */
    public static DyadSeries of(Dyad dyad, boolean directed, Interval interval, List<DayAggregate> days, LocalDate from,
                                LocalDate to) {
        List<SeriesPoint> points = new ArrayList<>();
        LocalDate first = from != null ? from : days.isEmpty() ? null : days.get(0).day();
        LocalDate last = to != null ? to : days.isEmpty() ? null : days.get(days.size() - 1).day();
        if (first == null || last == null || last.isBefore(first)) {
            return new DyadSeries(dyad, directed, interval, points);
        }
        LocalDate endExclusive = last.plusDays(1);
        int d = 0;
        while (d < days.size() && days.get(d).day().isBefore(first)) {
            d++;
        }
        LocalDate start = first;
        while (start.isBefore(endExclusive)) {
            LocalDate next = interval.next(interval.start(start));
            LocalDate end = next.isAfter(endExclusive) ? endExclusive : next;
            Sums sums = Sums.ZERO;
            while (d < days.size() && days.get(d).day().isBefore(end)) {
                sums = sums.plus(Sums.of(days.get(d)));
                d++;
            }
            points.add(new SeriesPoint(start, end, sums));
            start = end;
        }
        return new DyadSeries(dyad, directed, interval, points);
    }

    /** The metric's value per interval (NaN where undefined). */
    public double[] values(Metric m, Normalization n) {
        double[] v = new double[points.size()];
        for (int i = 0; i < v.length; i++) {
            v[i] = points.get(i).value(m, n);
        }
        return v;
    }

    public Sums total() {
        Sums s = Sums.ZERO;
        for (SeriesPoint p : points) {
            s = s.plus(p.sums());
        }
        return s;
    }
}

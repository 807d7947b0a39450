package org.dyadlab.analysis.series;

import java.time.LocalDate;

/**
 * One interval of a series: [start, end) and its sums. An interval may be shorter than its width at the
 * edges of a query or a period (it is then cut, not dropped).
 */
public record SeriesPoint(LocalDate start, LocalDate end, Sums sums) {
    public double value(Metric m, Normalization n) {
        return m.value(sums, n);
    }

    /** The share of a full interval of this width that the point spans (1 unless it was cut). */
    public double share(org.dyadlab.model.period.Interval interval) {
        LocalDate fullStart = interval.start(start);
        long full = java.time.temporal.ChronoUnit.DAYS.between(fullStart, interval.next(fullStart));
        return (double) java.time.temporal.ChronoUnit.DAYS.between(start, end) / full;
    }

    /**
     * The metric's value scaled to a full interval: a raw count of a cut interval divided by its share, so
     * that a series whose first or last interval was cut does not show a spurious drop there.
     */
    public double fullIntervalValue(Metric m, Normalization n, org.dyadlab.model.period.Interval interval) {
        double v = value(m, n);
        return m.isCountLike() && n == Normalization.NONE ? v / share(interval) : v;
    }
}

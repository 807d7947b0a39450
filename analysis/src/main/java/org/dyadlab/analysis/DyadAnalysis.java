package org.dyadlab.analysis;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.dyadlab.analysis.breaks.ChangePointOptions;
import org.dyadlab.analysis.breaks.ChangePointResult;
import org.dyadlab.analysis.breaks.ChangePoints;
import org.dyadlab.analysis.compare.BootstrapOptions;
import org.dyadlab.analysis.compare.Comparison;
import org.dyadlab.analysis.compare.EventPeriods;
import org.dyadlab.analysis.compare.PeriodComparator;
import org.dyadlab.analysis.series.DyadSeries;
import org.dyadlab.analysis.series.Metric;
import org.dyadlab.analysis.series.Normalization;
import org.dyadlab.analysis.series.SeriesPoint;
import org.dyadlab.model.event.Dyad;
import org.dyadlab.model.period.Interval;
import org.dyadlab.model.period.PeriodSet;
import org.dyadlab.store.AggregateQuery;
import org.dyadlab.store.DayAggregate;
import org.dyadlab.store.EventStore;

/**
 * The quantitative questions of a dyad study, over a workspace's events: its series, the comparison of
 * periods, and the breaks. One scan of the store per question (day sums), the rest in memory.
 */
public final class DyadAnalysis {
    private final EventStore store;

    public DyadAnalysis(EventStore store) {
        this.store = store;
    }

    /**
     * What to analyse.
     *
     * @param dyad     the dyad
     * @param directed first → second only
     * @param from     first day, or null for the first day the dataset covers
     * @param to       last day, or null for the last day the dataset covers
     * @param origins  origin datasets to use (empty: all) — the volume denominators use the same ones
     */
    public record Scope(Dyad dyad, boolean directed, LocalDate from, LocalDate to, Set<String> origins) {
        public Scope {
            origins = origins == null ? Set.of() : Set.copyOf(origins);
        }

        AggregateQuery query() {
            return new AggregateQuery(dyad, directed, from, to, origins);
        }
    }

    /** The series at an interval width, every interval of the covered time included. */
    public DyadSeries series(Scope scope, Interval interval) {
        List<DayAggregate> days = store.dailyAggregates(scope.query());
        return DyadSeries.of(scope.dyad(), scope.directed(), interval, days, scope.from(), scope.to());
    }

    /** Each metric in each period, with block-bootstrap intervals, differences and effect sizes. */
    public Comparison compare(Scope scope, PeriodSet periods, Interval interval, List<Metric> metrics,
                              Normalization normalization, BootstrapOptions options) {
        List<DayAggregate> days = store.dailyAggregates(scope.query());
        List<String> keys = metrics.stream().map(Metric::key).toList();
        String basis = "units: " + interval.key() + "s covered by the dataset; count-like metrics "
                + (normalization == Normalization.NONE ? "per " + interval.key() : normalization.description())
                + "; means and shares pooled over the period's events; " + options.level() * 100
                + "% moving-block bootstrap percentile intervals, " + options.replicates() + " replicates, seed "
                + options.seed();
        return new PeriodComparator(options).compare(keys,
                EventPeriods.build(scope.dyad(), scope.directed(), days, periods, interval, metrics, normalization),
                basis);
    }

    /**
     * Changes in the mean of one metric's series (intervals the dataset does not cover are left out; a raw
     * count of an interval cut at either end is scaled to a full interval).
     */
    public ChangePointResult breaks(Scope scope, Interval interval, Metric metric, Normalization normalization,
                                    ChangePointOptions options) {
        DyadSeries s = series(scope, interval);
        List<LocalDate> dates = new ArrayList<>();
        double[] values = new double[s.points().size()];
        for (int i = 0; i < values.length; i++) {
            SeriesPoint p = s.points().get(i);
            dates.add(p.start());
            values[i] = p.sums().allEvents() == 0 ? Double.NaN : p.fullIntervalValue(metric, normalization, interval);
        }
        String basis = metric.key() + " per " + interval.key()
                + (metric.isCountLike() ? ", " + normalization.description() : "")
                + "; PELT, change in mean, penalty " + options.penalty() + ", minimum segment " + options.minSegment()
                + " " + interval.key() + "s";
        return new ChangePoints(options).detect(metric.key(), basis, dates, values);
    }
}

package org.dyadlab.analysis.compare;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.dyadlab.analysis.series.DyadSeries;
import org.dyadlab.analysis.series.Metric;
import org.dyadlab.analysis.series.Normalization;
import org.dyadlab.analysis.series.SeriesPoint;
import org.dyadlab.model.event.Dyad;
import org.dyadlab.model.period.Interval;
import org.dyadlab.model.period.Period;
import org.dyadlab.model.period.PeriodSet;
import org.dyadlab.store.DayAggregate;

/**
 * Cuts a dyad's day sums into the periods of a set, and each period into intervals, as resampling units.
 *
 * <ul>
 *   <li>Events belong to the period that contains their date; an interval that straddles a period boundary
 *       is cut in two (January 2017 gives Obama II its first 19 days and Trump I the rest).</li>
 *   <li>Only time the dataset covers counts: a period is clipped to the first and last day on which the
 *       dataset (within the chosen origins) has any event, and an interval in which the dataset has no event
 *       at all is left out, because zero events there means no data, not no relations.</li>
 *   <li>For count-like metrics without normalisation, a cut interval weighs its share of a full interval
 *       (12 days of January weigh 12/31), so a period's value is events per full interval.</li>
 * </ul>
 */
public final class EventPeriods {
    private EventPeriods() {
    }

    public static List<PeriodData> build(Dyad dyad, boolean directed, List<DayAggregate> days, PeriodSet set,
                                         Interval interval, List<Metric> metrics, Normalization normalization) {
        List<PeriodData> out = new ArrayList<>();
        LocalDate firstCovered = days.isEmpty() ? null : days.get(0).day();
        LocalDate lastCovered = days.isEmpty() ? null : days.get(days.size() - 1).day();
        for (Period p : set.periods()) {
            LocalDate from = firstCovered == null || p.start().isAfter(firstCovered) ? p.start() : firstCovered;
            LocalDate to = lastCovered == null ? null
                    : p.end() == null || p.lastDay().isAfter(lastCovered) ? lastCovered : p.lastDay();
            List<SeriesPoint> units = new ArrayList<>();
            if (to != null && !to.isBefore(from)) {
                List<DayAggregate> inside = days.stream()
                        .filter(d -> !d.day().isBefore(from) && !d.day().isAfter(to)).toList();
                for (SeriesPoint pt : DyadSeries.of(dyad, directed, interval, inside, from, to).points()) {
                    if (pt.sums().allEvents() > 0) {
                        units.add(pt);
                    }
                }
            }
            out.add(data(p, units, interval, metrics, normalization));
        }
        return out;
    }

    private static PeriodData data(Period p, List<SeriesPoint> units, Interval interval, List<Metric> metrics,
                                   Normalization normalization) {
        double[][] num = new double[metrics.size()][units.size()];
        double[][] den = new double[metrics.size()][units.size()];
        double[] share = new double[units.size()];
        long events = 0;
        for (int i = 0; i < units.size(); i++) {
            SeriesPoint u = units.get(i);
            events += u.sums().events();
            double weight = u.share(interval);
            share[i] = weight;
            for (int m = 0; m < metrics.size(); m++) {
                Metric metric = metrics.get(m);
                num[m][i] = metric.numerator(u.sums());
                double d = metric.denominator(u.sums(), normalization);
                den[m][i] = metric.isCountLike() && normalization == Normalization.NONE ? weight : d;
            }
        }
        return new PeriodData(p, num, den, events, share);
    }
}

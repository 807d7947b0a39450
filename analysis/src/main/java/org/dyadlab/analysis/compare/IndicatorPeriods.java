package org.dyadlab.analysis.compare;

import java.util.ArrayList;
import java.util.List;
import org.dyadlab.model.indicator.IndicatorObservation;
import org.dyadlab.model.period.Period;
import org.dyadlab.model.period.PeriodSet;

/**
 * Aligns an indicator series to the periods of a set: each value belongs to the period that contains the
 * middle day of the time it covers (FY2018, 1 Oct 2017 – 30 Sep 2018, has its middle on 1 April 2018 and so
 * belongs to Trump I). A period's value is the mean of its values; the units of the bootstrap are the values.
 */
public final class IndicatorPeriods {
    private IndicatorPeriods() {
    }

    public static List<PeriodData> build(List<IndicatorObservation> series, PeriodSet set) {
        return build(series, null, set);
    }

    /**
     * As {@link #build(List, PeriodSet)}, but each value weighs by the value of a second series at the same
     * date (e.g. a yearly share weighed by the number of votes it is a share of), so that a period's value is
     * Σ value·weight / Σ weight. A value without a weight is left out.
     */
    public static List<PeriodData> build(List<IndicatorObservation> series, List<IndicatorObservation> weights,
                                         PeriodSet set) {
        java.util.Map<java.time.LocalDate, Double> w = new java.util.HashMap<>();
        if (weights != null) {
            weights.forEach(o -> w.put(o.date(), o.value()));
        }
        List<PeriodData> out = new ArrayList<>();
        for (Period p : set.periods()) {
            List<IndicatorObservation> in = series.stream().filter(o -> p.contains(o.midpoint()))
                    .filter(o -> weights == null || w.containsKey(o.date())).toList();
            double[][] num = new double[1][in.size()];
            double[][] den = new double[1][in.size()];
            for (int i = 0; i < in.size(); i++) {
                double weight = weights == null ? 1 : w.get(in.get(i).date());
                num[0][i] = in.get(i).value() * weight;
                den[0][i] = weight;
            }
            out.add(new PeriodData(p, num, den, in.size()));
        }
        return out;
    }
}

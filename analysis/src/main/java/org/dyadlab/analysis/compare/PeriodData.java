package org.dyadlab.analysis.compare;

import java.util.List;
import java.util.Objects;
import org.dyadlab.model.period.Period;

/**
 * The resampling units of one period: for each metric, the numerator and denominator of every unit
 * (interval or observation) in time order, and the number of underlying events for the record.
 *
 * @param period the period
 * @param num    numerators, [metric][unit]
 * @param den    denominators, [metric][unit]
 * @param events events (or observations) behind the units
 */
public record PeriodData(Period period, double[][] num, double[][] den, long events) {
    public PeriodData {
        Objects.requireNonNull(period, "period");
        if (num.length != den.length) {
            throw new IllegalArgumentException("numerators and denominators must cover the same metrics");
        }
        for (int m = 0; m < num.length; m++) {
            if (num[m].length != den[m].length || num[m].length != num[0].length) {
                throw new IllegalArgumentException("every metric needs one numerator and denominator per unit");
            }
        }
    }

    public int units() {
        return num.length == 0 ? 0 : num[0].length;
    }

    /** Σ numerator / Σ denominator of one metric over all units; NaN when the denominators sum to 0. */
    public double value(int metric) {
        double sn = 0;
        double sd = 0;
        for (int i = 0; i < units(); i++) {
            sn += num[metric][i];
            sd += den[metric][i];
        }
        return sd == 0 ? Double.NaN : sn / sd;
    }

    /** The per-unit values of one metric where defined (denominator not 0). */
    public double[] unitValues(int metric) {
        return java.util.stream.IntStream.range(0, units()).filter(i -> den[metric][i] != 0)
                .mapToDouble(i -> num[metric][i] / den[metric][i]).toArray();
    }

    static List<PeriodData> requireSameMetrics(List<PeriodData> data) {
        int metrics = data.isEmpty() ? 0 : data.get(0).num().length;
        for (PeriodData d : data) {
            if (d.num().length != metrics) {
                throw new IllegalArgumentException("every period must carry the same metrics");
            }
        }
        return data;
    }
}

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
 * @param share  each unit's share of a full interval (1 unless cut at a period or data boundary)
 */
public record PeriodData(Period period, double[][] num, double[][] den, long events, double[] share) {
    /** Units that are all full intervals (indicator values, hand-made data). */
    public PeriodData(Period period, double[][] num, double[][] den, long events) {
        this(period, num, den, events, ones(num.length == 0 ? 0 : num[0].length));
    }

    private static double[] ones(int n) {
        double[] s = new double[n];
        java.util.Arrays.fill(s, 1.0);
        return s;
    }

    public PeriodData {
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(share, "share");
        if (num.length != den.length) {
            throw new IllegalArgumentException("numerators and denominators must cover the same metrics");
        }
        for (int m = 0; m < num.length; m++) {
            if (num[m].length != den[m].length || num[m].length != num[0].length) {
                throw new IllegalArgumentException("every metric needs one numerator and denominator per unit");
            }
        }
        if (share.length != (num.length == 0 ? 0 : num[0].length)) {
            throw new IllegalArgumentException("one share per unit expected");
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

    /**
     * The per-unit values of one metric where defined (denominator not 0), of full units only: a unit cut to a
     * few days would otherwise count as much as a whole month in the effect size and the block length.
     */
    public double[] unitValues(int metric) {
        return java.util.stream.IntStream.range(0, units()).filter(i -> den[metric][i] != 0 && share[i] >= 1)
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

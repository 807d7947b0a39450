package org.dyadlab.analysis.compare;

import java.util.Arrays;

/** Sample quantiles (Hyndman and Fan type 7, R's default) of the finite values of an array. */
final class Quantiles {
    private Quantiles() {
    }

    /** The finite values, sorted. */
    static double[] finiteSorted(double[] values) {
        return Arrays.stream(values).filter(Double::isFinite).sorted().toArray();
    }

    /** The p-quantile of sorted values; NaN when there are none. */
    static double of(double[] sorted, double p) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        double h = (sorted.length - 1) * p;
        int lo = (int) Math.floor(h);
        int hi = (int) Math.ceil(h);
        return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
    }
}

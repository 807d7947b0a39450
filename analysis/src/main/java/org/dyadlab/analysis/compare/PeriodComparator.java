package org.dyadlab.analysis.compare;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Compares periods on ratio-of-sums metrics with moving-block bootstrap intervals, differences between every
 * pair of periods, and Hedges' g. Each period is resampled on its own (periods are independent samples), with
 * a random stream derived from the seed and the period's position, so results do not depend on which other
 * metrics are computed.
 */
public final class PeriodComparator {
    private final BootstrapOptions options;

    public PeriodComparator(BootstrapOptions options) {
        this.options = options;
    }

    /**
     * @param metrics the metric keys, in the order of the data's metric index
     * @param data    the periods' units, in time order
     * @param basis   the words every output carries about units and normalisation
     */
    public Comparison compare(List<String> metrics, List<PeriodData> data, String basis) {
        PeriodData.requireSameMetrics(data);
        double[][][] reps = new double[data.size()][][];
        List<PeriodEstimate> estimates = new ArrayList<>();
        double alpha = (1 - options.level()) / 2;
        for (int p = 0; p < data.size(); p++) {
            PeriodData d = data.get(p);
            int l = options.blockLengthFor(d.units());
            SplittableRandom random = new SplittableRandom(options.seed() * 1_000_003L + p);
            reps[p] = d.units() < 2 ? null
                    : MovingBlockBootstrap.replicates(d.num(), d.den(), l, options.replicates(), random);
            for (int m = 0; m < metrics.size(); m++) {
                double lo = Double.NaN;
                double hi = Double.NaN;
                if (reps[p] != null) {
                    double[] sorted = Quantiles.finiteSorted(reps[p][m]);
                    lo = Quantiles.of(sorted, alpha);
                    hi = Quantiles.of(sorted, 1 - alpha);
                }
                estimates.add(new PeriodEstimate(metrics.get(m), d.period(), d.value(m), lo, hi, d.units(), l, d.events()));
            }
        }
        List<PeriodDifference> differences = new ArrayList<>();
        for (int m = 0; m < metrics.size(); m++) {
            for (int a = 0; a < data.size(); a++) {
                for (int b = a + 1; b < data.size(); b++) {
                    differences.add(difference(metrics.get(m), m, data.get(a), data.get(b), reps[a], reps[b], alpha));
                }
            }
        }
        return new Comparison(estimates, differences, options, basis);
    }

    private PeriodDifference difference(String metric, int m, PeriodData a, PeriodData b, double[][] repsA,
                                        double[][] repsB, double alpha) {
        double diff = b.value(m) - a.value(m);
        double lo = Double.NaN;
        double hi = Double.NaN;
        double p = Double.NaN;
        if (repsA != null && repsB != null) {
            int r = options.replicates();
            double[] d = new double[r];
            int below = 0;
            int above = 0;
            int finite = 0;
            for (int i = 0; i < r; i++) {
                d[i] = repsB[m][i] - repsA[m][i];
                if (Double.isFinite(d[i])) {
                    finite++;
                    if (d[i] <= 0) {
                        below++;
                    }
                    if (d[i] >= 0) {
                        above++;
                    }
                }
            }
            double[] sorted = Quantiles.finiteSorted(d);
            lo = Quantiles.of(sorted, alpha);
            hi = Quantiles.of(sorted, 1 - alpha);
            if (finite > 0) {
                p = Math.min(1.0, 2.0 * Math.min(below, above) / finite);
            }
        }
        return new PeriodDifference(metric, a.period(), b.period(), diff, lo, hi, p,
                hedgesG(a.unitValues(m), b.unitValues(m)));
    }

    /** Hedges' g of y minus x: the difference of means over the pooled SD, with the small-sample correction. */
    static double hedgesG(double[] x, double[] y) {
        int nx = x.length;
        int ny = y.length;
        if (nx < 2 || ny < 2) {
            return Double.NaN;
        }
        double mx = mean(x);
        double my = mean(y);
        double sx = sumSq(x, mx);
        double sy = sumSq(y, my);
        double pooled = Math.sqrt((sx + sy) / (nx + ny - 2));
        if (pooled == 0) {
            return Double.NaN;
        }
        double j = 1 - 3.0 / (4.0 * (nx + ny) - 9);
        return j * (my - mx) / pooled;
    }

    private static double mean(double[] v) {
        double s = 0;
        for (double x : v) {
            s += x;
        }
        return s / v.length;
    }

    private static double sumSq(double[] v, double m) {
        double s = 0;
        for (double x : v) {
            s += (x - m) * (x - m);
        }
        return s;
    }
}

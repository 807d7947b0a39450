package org.dyadlab.analysis.compare;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.apache.commons.math3.distribution.NormalDistribution;

/**
 * Compares periods on ratio-of-sums metrics: each period's value with an interval, differences between every
 * pair of periods, and Hedges' g.
 *
 * <ul>
 *   <li>Periods of {@value #MIN_BOOTSTRAP_UNITS} units or more: moving-block bootstrap within the period, with
 *       the block length chosen from the data (Politis and White 2004) unless set, and the expanded
 *       percentile interval (Hesterberg 2015): the percentiles taken at Φ(−√(n/(n−1)) t_{n−1}) instead of
 *       α/2, which corrects the narrowness of percentile intervals in small samples.</li>
 *   <li>Periods of 2 to 9 units: the ratio estimator's standard error and Student's t ({@link SmallSample}).</li>
 *   <li>Fewer than 2 units: the value alone.</li>
 * </ul>
 * Each period is resampled on its own (periods are independent samples), with a random stream derived from
 * the seed and the period's position, so results do not depend on which other metrics are computed.
 */
public final class PeriodComparator {
    /** Fewest units for which the bootstrap is used. */
    public static final int MIN_BOOTSTRAP_UNITS = 10;

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
        for (int p = 0; p < data.size(); p++) {
            PeriodData d = data.get(p);
            int n = d.units();
            int l = 0;
            if (n >= MIN_BOOTSTRAP_UNITS) {
                l = blockLength(d, metrics.size());
                SplittableRandom random = new SplittableRandom(options.seed() * 1_000_003L + p);
                reps[p] = MovingBlockBootstrap.replicates(d.num(), d.den(), l, options.replicates(), random);
            }
            for (int m = 0; m < metrics.size(); m++) {
                double value = d.value(m);
                double lo = Double.NaN;
                double hi = Double.NaN;
                String method;
                if (reps[p] != null) {
                    double[] sorted = Quantiles.finiteSorted(reps[p][m]);
                    double a = expandedAlpha(n);
                    lo = Quantiles.of(sorted, a);
                    hi = Quantiles.of(sorted, 1 - a);
                    method = "bootstrap";
                } else if (n >= 2) {
                    double se = SmallSample.ratioSe(d.num()[m], d.den()[m]);
                    double t = SmallSample.t(options.level(), n - 1);
                    lo = value - t * se;
                    hi = value + t * se;
                    method = "t";
                } else {
                    method = "none";
                }
                estimates.add(new PeriodEstimate(metrics.get(m), d.period(), value, lo, hi, n, l, d.events(), method));
            }
        }
        List<PeriodDifference> differences = new ArrayList<>();
        for (int m = 0; m < metrics.size(); m++) {
            for (int a = 0; a < data.size(); a++) {
                for (int b = a + 1; b < data.size(); b++) {
                    differences.add(difference(metrics.get(m), m, data.get(a), data.get(b), reps[a], reps[b]));
                }
            }
        }
        return new Comparison(estimates, differences, options, basis);
    }

    /** The block length of a period: as set, or the longest that any metric's full units call for. */
    private int blockLength(PeriodData d, int metrics) {
        int n = d.units();
        if (options.blockLength() > 0) {
            return Math.min(options.blockLength(), n);
        }
        int l = 1;
        for (int m = 0; m < metrics; m++) {
            l = Math.max(l, BlockLength.of(d.unitValues(m)));
        }
        return Math.min(l, n);
    }

    /** The lower percentile level of the expanded percentile interval for n units. */
    double expandedAlpha(int n) {
        double t = SmallSample.t(options.level(), n - 1);
        return new NormalDistribution(null, 0, 1).cumulativeProbability(-Math.sqrt((double) n / (n - 1)) * t);
    }

    private PeriodDifference difference(String metric, int m, PeriodData a, PeriodData b, double[][] repsA,
                                        double[][] repsB) {
        double diff = b.value(m) - a.value(m);
        double g = hedgesG(a.unitValues(m), b.unitValues(m));
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
            double alpha = expandedAlpha(Math.min(a.units(), b.units()));
            double p = finite == 0 ? Double.NaN : Math.min(1.0, 2.0 * Math.min(below, above) / finite);
            return new PeriodDifference(metric, a.period(), b.period(), diff, Quantiles.of(sorted, alpha),
                    Quantiles.of(sorted, 1 - alpha), p, g, "bootstrap");
        }
        if (a.units() >= 2 && b.units() >= 2) {
            double seA = SmallSample.ratioSe(a.num()[m], a.den()[m]);
            double seB = SmallSample.ratioSe(b.num()[m], b.den()[m]);
            double se = Math.sqrt(seA * seA + seB * seB);
            if (Double.isFinite(se) && se > 0) {
                double df = SmallSample.welchDf(seA, a.units(), seB, b.units());
                double t = SmallSample.t(options.level(), df);
                return new PeriodDifference(metric, a.period(), b.period(), diff, diff - t * se, diff + t * se,
                        SmallSample.p(diff / se, df), g, "welch");
            }
            if (se == 0 && Double.isFinite(diff)) {
                // no spread in either period: the difference is exact
                return new PeriodDifference(metric, a.period(), b.period(), diff, diff, diff, diff == 0 ? 1.0 : 0.0, g,
                        "welch");
            }
            return new PeriodDifference(metric, a.period(), b.period(), diff, Double.NaN, Double.NaN, Double.NaN, g,
                    "welch");
        }
        return new PeriodDifference(metric, a.period(), b.period(), diff, Double.NaN, Double.NaN, Double.NaN, g, "none");
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

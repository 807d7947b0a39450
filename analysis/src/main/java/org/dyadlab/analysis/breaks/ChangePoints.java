package org.dyadlab.analysis.breaks;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Finds changes in the mean of a series with PELT, with a penalty that allows for autocorrelation, and
 * measures each change against the hypothesis of no change.
 *
 * <p>Intervals without a value (NaN) are left out before segmenting, so an empty month neither creates nor
 * hides a break; break dates are those of the observed intervals.
 *
 * <p><b>Noise and penalty.</b> σ̂ starts as the MAD of the first differences / √2, which changes in the mean
 * barely affect. Monthly event series are autocorrelated, and a penalty scaled by the white-noise variance
 * then finds breaks that are not there (on AR(1) noise with φ = 0.5, BIC finds one in 95% of 80-month
 * series). So the series is segmented, the lag-1 autocorrelation φ̂ of the residuals around the segment
 * means is measured (clipped to 0–0.8), and the penalty is rescaled to the long-run variance of an AR(1)
 * process, σ̂²·(1 + φ̂)/(1 − φ̂)² (the first-difference estimate understates the marginal variance by
 * 1 − φ̂); this is repeated until φ̂ settles (at most four fits).
 *
 * <p><b>Confidence.</b> For each break, the stretch between its neighbouring breaks is taken as one mean (no
 * change): its deviations from that mean are resampled in moving blocks, and the best split of each
 * replicate is found; the confidence is the share of replicates whose best split explains less of the
 * variance than the break does (1 − a bootstrap p-value). <b>Support</b> is separate: replicates of the fitted segments with
 * resampled residuals are segmented again, and support is the share finding a break within the window;
 * the 5th–95th percentiles of where they find it give a range of dates.
 */
public final class ChangePoints {
    private static final double MAX_PHI = 0.8;

    private final ChangePointOptions options;

    public ChangePoints(ChangePointOptions options) {
        this.options = options;
    }

    /**
     * @param dates  the first day of each interval
     * @param values the metric per interval, NaN where undefined
     */
    public ChangePointResult detect(String metric, String basis, List<LocalDate> dates, double[] values) {
        List<LocalDate> obsDates = new ArrayList<>();
        List<Double> obs = new ArrayList<>();
        for (int i = 0; i < values.length; i++) {
            if (Double.isFinite(values[i])) {
                obsDates.add(dates.get(i));
                obs.add(values[i]);
            }
        }
        double[] y = obs.stream().mapToDouble(Double::doubleValue).toArray();
        int n = y.length;
        int skipped = values.length - n;
        Penalty penalty = Penalty.parse(options.penalty(), n);
        if (n == 0) {
            return new ChangePointResult(metric, basis, 0, skipped, Double.NaN, Double.NaN, penalty, List.of(), List.of());
        }
        double sigma0 = sigma(y);
        List<Integer> cps = List.of();
        double phi = 0;
        double beta = 0;
        if (sigma0 > 0) {
            for (int iteration = 0; iteration < 4; iteration++) {
                beta = penalty.perSigmaSquared() * sigma0 * sigma0 * (1 + phi) / ((1 - phi) * (1 - phi));
                cps = Pelt.changes(y, beta, options.minSegment());
                double next = Math.max(0, Math.min(MAX_PHI, lag1(residuals(y, fitted(y, cps)))));
                if (Math.abs(next - phi) < 0.02) {
                    break;
                }
                phi = next;
            }
        }
        double sigma = sigma0 / Math.sqrt(1 - phi);
        List<Segment> segments = segments(y, obsDates, cps);
        double[] fitted = fitted(y, cps);
        double[] resid = residuals(y, fitted);
        int block = blockLength(n, phi);
        SplittableRandom random = new SplittableRandom(options.seed());
        List<int[]> replicateChanges = replicates(fitted, resid, cps, beta, block, random);
        List<Break> breaks = new ArrayList<>();
        for (int k = 0; k < cps.size(); k++) {
            int start = k == 0 ? 0 : cps.get(k - 1);
            int end = k + 1 < cps.size() ? cps.get(k + 1) : n;
            double confidence = confidence(y, start, cps.get(k), end, block, random);
            breaks.add(located(cps.get(k), obsDates, segments.get(k).mean(), segments.get(k + 1).mean(), sigma,
                    confidence, replicateChanges));
        }
        return new ChangePointResult(metric, basis, n, skipped, sigma, phi, penalty, segments, breaks);
    }

    private Break located(int at, List<LocalDate> dates, double before, double after, double sigma, double confidence,
                          List<int[]> replicateChanges) {
        double shift = sigma > 0 ? (after - before) / sigma : Double.NaN;
        if (replicateChanges.isEmpty()) {
            return new Break(dates.get(at), before, after, shift, confidence, Double.NaN, null, null);
        }
        List<Integer> nearest = new ArrayList<>();
        for (int[] changes : replicateChanges) {
            int best = -1;
            for (int c : changes) {
                if (Math.abs(c - at) <= options.window() && (best < 0 || Math.abs(c - at) < Math.abs(best - at))) {
                    best = c;
                }
            }
            if (best >= 0) {
                nearest.add(best);
            }
        }
        double support = (double) nearest.size() / replicateChanges.size();
        LocalDate low = null;
        LocalDate high = null;
        if (!nearest.isEmpty()) {
            int[] sorted = nearest.stream().mapToInt(Integer::intValue).sorted().toArray();
            low = dates.get(sorted[(int) Math.floor(0.05 * (sorted.length - 1))]);
            high = dates.get(sorted[(int) Math.ceil(0.95 * (sorted.length - 1))]);
        }
        return new Break(dates.get(at), before, after, shift, confidence, support, low, high);
    }

    /**
     * 1 − bootstrap p-value of the split at {@code at} of y[start, end) against one mean: the deviations from
     * the stretch's single mean are resampled in blocks (keeping short-range autocorrelation, scrambling any
     * real step), and each replicate's best split is compared with the observed one.
     */
    private double confidence(double[] y, int start, int at, int end, int block, SplittableRandom random) {
        if (options.replicates() == 0) {
            return Double.NaN;
        }
        double observed = gain(y, start, at, end);
        int m = end - start;
        double mean = Arrays.stream(y, start, end).average().orElse(0);
        double[] r = new double[m];
        for (int i = 0; i < m; i++) {
            r[i] = y[start + i] - mean;
        }
        double[] yb = new double[m];
        int l = Math.min(block, m);
        int below = 0;
        for (int rep = 0; rep < options.replicates(); rep++) {
            int k = 0;
            while (k < m) {
                int s = random.nextInt(m - l + 1);
                for (int j = 0; j < l && k < m; j++, k++) {
                    yb[k] = mean + r[s + j];
                }
            }
            double best = 0;
            for (int t = options.minSegment(); t <= m - options.minSegment(); t++) {
                best = Math.max(best, gain(yb, 0, t, m));
            }
            if (best < observed) {
                below++;
            }
        }
        return (double) below / options.replicates();
    }

    /** The fall in squared deviations from splitting y[a, b) at t. */
    private static double gain(double[] y, int a, int t, int b) {
        return ss(y, a, b) - ss(y, a, t) - ss(y, t, b);
    }

    private static double ss(double[] y, int a, int b) {
        double mean = 0;
        for (int i = a; i < b; i++) {
            mean += y[i];
        }
        mean /= b - a;
        double s = 0;
        for (int i = a; i < b; i++) {
            s += (y[i] - mean) * (y[i] - mean);
        }
        return s;
    }

    private List<int[]> replicates(double[] fitted, double[] resid, List<Integer> cps, double beta, int block,
                                   SplittableRandom random) {
        List<int[]> out = new ArrayList<>();
        int n = fitted.length;
        if (options.replicates() == 0 || cps.isEmpty() || n < 2) {
            return out;
        }
        int l = Math.min(block, n);
        double[] yb = new double[n];
        for (int r = 0; r < options.replicates(); r++) {
            int k = 0;
            while (k < n) {
                int start = random.nextInt(n - l + 1);
                for (int j = 0; j < l && k < n; j++, k++) {
                    yb[k] = fitted[k] + resid[start + j];
                }
            }
            out.add(Pelt.changes(yb, beta, options.minSegment()).stream().mapToInt(Integer::intValue).toArray());
        }
        return out;
    }

    /** Block length for resampling residuals: n^(1/3), longer when the residuals are autocorrelated. */
    private static int blockLength(int n, double phi) {
        int l = (int) Math.max(1, Math.round(Math.cbrt(n)));
        int memory = (int) Math.ceil(2 * (1 + phi) / (1 - phi));
        return Math.max(1, Math.min(n, Math.max(l, memory)));
    }

    private static List<Segment> segments(double[] y, List<LocalDate> dates, List<Integer> cps) {
        List<Segment> out = new ArrayList<>();
        int start = 0;
        List<Integer> ends = new ArrayList<>(cps);
        ends.add(y.length);
        for (int end : ends) {
            double mean = Arrays.stream(y, start, end).average().orElse(Double.NaN);
            out.add(new Segment(dates.get(start), dates.get(end - 1), end - start, mean));
            start = end;
        }
        return out;
    }

    private static double[] fitted(double[] y, List<Integer> cps) {
        double[] f = new double[y.length];
        int start = 0;
        List<Integer> ends = new ArrayList<>(cps);
        ends.add(y.length);
        for (int end : ends) {
            double mean = Arrays.stream(y, start, end).average().orElse(Double.NaN);
            Arrays.fill(f, start, end, mean);
            start = end;
        }
        return f;
    }

    private static double[] residuals(double[] y, double[] fitted) {
        double[] r = new double[y.length];
        for (int i = 0; i < y.length; i++) {
            r[i] = y[i] - fitted[i];
        }
        return r;
    }

    /** Lag-1 autocorrelation (0 for fewer than 3 values or no variance). */
    static double lag1(double[] r) {
        int n = r.length;
        if (n < 3) {
            return 0;
        }
        double mean = Arrays.stream(r).average().orElse(0);
        double num = 0;
        double den = 0;
        for (int i = 0; i < n; i++) {
            den += (r[i] - mean) * (r[i] - mean);
            if (i > 0) {
                num += (r[i] - mean) * (r[i - 1] - mean);
            }
        }
        return den == 0 ? 0 : num / den;
    }

    /** MAD of the first differences / √2 (consistent for normal white noise); the SD when that is 0. */
    static double sigma(double[] y) {
        if (y.length < 3) {
            return y.length < 2 ? 0 : Math.abs(y[1] - y[0]) / Math.sqrt(2);
        }
        double[] d = new double[y.length - 1];
        for (int i = 1; i < y.length; i++) {
            d[i - 1] = y[i] - y[i - 1];
        }
        double med = median(d);
        double[] dev = Arrays.stream(d).map(v -> Math.abs(v - med)).toArray();
        double mad = 1.4826 * median(dev) / Math.sqrt(2);
        if (mad > 0) {
            return mad;
        }
        double mean = Arrays.stream(y).average().orElse(0);
        return Math.sqrt(Arrays.stream(y).map(v -> (v - mean) * (v - mean)).sum() / (y.length - 1));
    }

    private static double median(double[] v) {
        double[] s = v.clone();
        Arrays.sort(s);
        int n = s.length;
        return n % 2 == 1 ? s[n / 2] : (s[n / 2 - 1] + s[n / 2]) / 2;
    }
}

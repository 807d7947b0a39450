package org.dyadlab.analysis.breaks;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Finds changes in the mean of a series with PELT and a BIC-type penalty, and measures how reliable each is
 * with a moving-block bootstrap of the residuals.
 *
 * <p>Intervals without a value (NaN) are left out before segmenting, so an empty month neither creates nor
 * hides a break; break dates are those of the observed intervals. The noise SD σ̂ is the MAD of the first
 * differences divided by √2, which changes in the mean barely affect. For the support of a break, the
 * fitted segment means plus residuals resampled in blocks (keeping their autocorrelation) form a new series,
 * which is segmented again with the same penalty; a replicate supports a break when it finds one within the
 * window. Monthly event series are autocorrelated, so treat breaks of low support as tentative.
 */
public final class ChangePoints {
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
        double sigma = sigma(y);
        if (n == 0) {
            return new ChangePointResult(metric, basis, 0, skipped, Double.NaN, penalty, List.of(), List.of());
        }
        List<Integer> cps = sigma > 0 ? Pelt.changes(y, penalty.perSigmaSquared() * sigma * sigma, options.minSegment())
                : List.of();
        List<Segment> segments = segments(y, obsDates, cps);
        double[] fitted = fitted(y, cps);
        List<int[]> replicateChanges = replicates(y, fitted, cps, penalty.perSigmaSquared() * sigma * sigma);
        List<Break> breaks = new ArrayList<>();
        for (int k = 0; k < cps.size(); k++) {
            int at = cps.get(k);
            Segment before = segments.get(k);
            Segment after = segments.get(k + 1);
            breaks.add(supportOf(at, obsDates, before.mean(), after.mean(), sigma, replicateChanges));
        }
        return new ChangePointResult(metric, basis, n, skipped, sigma, penalty, segments, breaks);
    }

    private Break supportOf(int at, List<LocalDate> dates, double before, double after, double sigma,
                            List<int[]> replicateChanges) {
        if (replicateChanges.isEmpty()) {
            return new Break(dates.get(at), before, after, (after - before) / sigma, Double.NaN, null, null);
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
        return new Break(dates.get(at), before, after, (after - before) / sigma, support, low, high);
    }

    private List<int[]> replicates(double[] y, double[] fitted, List<Integer> cps, double beta) {
        List<int[]> out = new ArrayList<>();
        int n = y.length;
        if (options.replicates() == 0 || cps.isEmpty() || n < 2) {
            return out;
        }
        double[] resid = new double[n];
        for (int i = 0; i < n; i++) {
            resid[i] = y[i] - fitted[i];
        }
        int l = (int) Math.max(1, Math.min(n, Math.round(Math.cbrt(n))));
        SplittableRandom random = new SplittableRandom(options.seed());
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

    /** MAD of the first differences / √2 (consistent for normal noise); the SD when that is 0. */
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

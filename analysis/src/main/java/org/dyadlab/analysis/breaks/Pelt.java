package org.dyadlab.analysis.breaks;

import java.util.ArrayList;
import java.util.List;

/**
 * Pruned Exact Linear Time segmentation (Killick, Fearnhead and Eckley 2012, JASA 107:1590) for changes in
 * the mean: minimises Σ over segments of the squared deviations from the segment mean, plus {@code penalty}
 * per change, over all segmentations with segments of at least {@code minSegment} points. Exact; pruning
 * keeps it near linear in practice.
 */
final class Pelt {
    private Pelt() {
    }

    /**
     * @return the change positions: index i means a new segment starts at y[i] (sorted, never 0)
     */
    static List<Integer> changes(double[] y, double penalty, int minSegment) {
        int n = y.length;
        if (minSegment < 1) {
            throw new IllegalArgumentException("minimum segment length must be positive");
        }
        if (n < 2 * minSegment) {
            return List.of();
        }
        double[] s1 = new double[n + 1];
        double[] s2 = new double[n + 1];
        for (int i = 0; i < n; i++) {
            s1[i + 1] = s1[i] + y[i];
            s2[i + 1] = s2[i] + y[i] * y[i];
        }
        double[] f = new double[n + 1];
        int[] last = new int[n + 1];
        java.util.Arrays.fill(f, Double.POSITIVE_INFINITY);
        f[0] = -penalty;
        // the step from which a candidate may be dropped: pruned at t, a change at tau is beaten by a change at
        // t only for ends s >= t + minSegment, since t cannot start the last segment of a shorter series
        int[] dropFrom = new int[n + 1];
        java.util.Arrays.fill(dropFrom, Integer.MAX_VALUE);
        List<Integer> candidates = new ArrayList<>();
        for (int t = 1; t <= n; t++) {
            int newest = t - minSegment;
            if (newest == 0 || newest > 0 && f[newest] < Double.POSITIVE_INFINITY) {
                candidates.add(newest);
            }
            final int now = t;
            candidates.removeIf(tau -> dropFrom[tau] <= now);
            double best = Double.POSITIVE_INFINITY;
            int arg = -1;
            for (int tau : candidates) {
                double v = f[tau] + cost(s1, s2, tau, t) + penalty;
                if (v < best) {
                    best = v;
                    arg = tau;
                }
            }
            f[t] = best;
            last[t] = arg;
            if (arg >= 0) {
                for (int tau : candidates) {
                    if (f[tau] + cost(s1, s2, tau, t) > best && dropFrom[tau] == Integer.MAX_VALUE) {
                        dropFrom[tau] = t + minSegment;
                    }
                }
            }
        }
        List<Integer> cps = new ArrayList<>();
        int t = n;
        while (t > 0) {
            int tau = last[t];
            if (tau <= 0) {
                break;
            }
            cps.add(0, tau);
            t = tau;
        }
        return cps;
    }

    /** Squared deviations of y[a..b) from their mean. */
    static double cost(double[] s1, double[] s2, int a, int b) {
        int len = b - a;
        double sum = s1[b] - s1[a];
        double c = (s2[b] - s2[a]) - sum * sum / len;
        return Math.max(0, c);
    }
}

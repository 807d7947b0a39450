package org.dyadlab.analysis.compare;

import java.util.SplittableRandom;

/**
 * The moving-block bootstrap (Künsch 1989) of ratio-of-sums statistics over a sequence of units (intervals
 * of one period): each resample joins blocks of {@code l} consecutive units, drawn with replacement from the
 * n - l + 1 possible blocks, until it has n units; the statistic of every metric is then Σ numerators /
 * Σ denominators over the resampled units. Blocks keep the autocorrelation of neighbouring months that an
 * ordinary bootstrap would destroy. The same resampled units serve every metric of a replicate.
 */
final class MovingBlockBootstrap {
    private MovingBlockBootstrap() {
    }

    /**
     * @param num    numerators, [metric][unit]
     * @param den    denominators, [metric][unit]
     * @param l      block length (1 ≤ l ≤ n)
     * @param reps   replicates
     * @param random the random source (seeded by the caller)
     * @return statistics, [metric][replicate]; NaN where a resample's denominators sum to 0
     */
    static double[][] replicates(double[][] num, double[][] den, int l, int reps, SplittableRandom random) {
        int metrics = num.length;
        int n = metrics == 0 ? 0 : num[0].length;
        double[][] out = new double[metrics][reps];
        if (n == 0) {
            for (double[] row : out) {
                java.util.Arrays.fill(row, Double.NaN);
            }
            return out;
        }
        int[] idx = new int[n];
        int blocks = n - l + 1;
        for (int r = 0; r < reps; r++) {
            int k = 0;
            while (k < n) {
                int start = random.nextInt(blocks);
                for (int j = 0; j < l && k < n; j++) {
                    idx[k++] = start + j;
                }
            }
            for (int m = 0; m < metrics; m++) {
                double sn = 0;
                double sd = 0;
                double[] nm = num[m];
                double[] dm = den[m];
                for (int i = 0; i < n; i++) {
                    sn += nm[idx[i]];
                    sd += dm[idx[i]];
                }
                out[m][r] = sd == 0 ? Double.NaN : sn / sd;
            }
        }
        return out;
    }
}

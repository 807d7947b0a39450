package org.dyadlab.corpus.agreement;

import java.util.Arrays;
import java.util.TreeMap;

/**
 * Krippendorff's alpha for any number of coders, missing values and the four classic levels of measurement,
 * computed through the coincidence matrix (Krippendorff 2011, "Computing Krippendorff's Alpha-Reliability").
 *
 * <p>Contract: {@code data[coder][unit]}, {@code Double.NaN} for a missing value. Units with fewer than two
 * values cannot be paired and are left out. alpha = 1 − (n − 1)·Σ o_ck δ²_ck / Σ n_c n_k δ²_ck over the
 * pairable values; it is {@code NaN} (undefined) when fewer than two values are pairable or all pairable
 * values are equal (no variation, so no expected disagreement). 1 is perfect agreement, 0 agreement at chance.
 */
public final class KrippendorffAlpha {
    public enum Level { NOMINAL, ORDINAL, INTERVAL, RATIO }

    private KrippendorffAlpha() {
    }

    public static double alpha(double[][] data, Level level) {
        int coders = data.length;
        if (coders == 0) {
            return Double.NaN;
        }
        int units = data[0].length;
        TreeMap<Double, Integer> index = new TreeMap<>();
        for (double[] row : data) {
            if (row.length != units) {
                throw new IllegalArgumentException("every coder needs a value (or NaN) for every unit");
            }
            for (double v : row) {
                if (!Double.isNaN(v)) {
                    index.putIfAbsent(v, 0);
                }
            }
        }
        double[] values = index.keySet().stream().mapToDouble(Double::doubleValue).toArray();
        for (int i = 0; i < values.length; i++) {
            index.put(values[i], i);
        }
        int k = values.length;
        double[][] o = new double[k][k];
        int[] present = new int[coders];
        for (int u = 0; u < units; u++) {
            int m = 0;
            for (int c = 0; c < coders; c++) {
                if (!Double.isNaN(data[c][u])) {
                    present[m++] = index.get(data[c][u]);
                }
            }
            if (m < 2) {
                continue;
            }
            for (int i = 0; i < m; i++) {
                for (int j = 0; j < m; j++) {
                    if (i != j) {
                        o[present[i]][present[j]] += 1.0 / (m - 1);
                    }
                }
            }
        }
        double[] nc = new double[k];
        double n = 0;
        for (int c = 0; c < k; c++) {
            nc[c] = Arrays.stream(o[c]).sum();
            n += nc[c];
        }
        if (n < 2) {
            return Double.NaN;
        }
        double observed = 0;
        double expected = 0;
        for (int c = 0; c < k; c++) {
            for (int e = 0; e < k; e++) {
                double d2 = delta2(level, values, nc, c, e);
                observed += o[c][e] * d2;
                expected += nc[c] * nc[e] * d2;
            }
        }
        if (expected == 0) {
            return Double.NaN;
        }
        return 1 - (n - 1) * observed / expected;
    }

    private static double delta2(Level level, double[] values, double[] nc, int c, int k) {
        if (c == k) {
            return 0;
        }
        double a = values[c];
        double b = values[k];
        return switch (level) {
            case NOMINAL -> 1;
            case INTERVAL -> (a - b) * (a - b);
            case RATIO -> {
                double r = (a - b) / (a + b);
                yield r * r;
            }
            case ORDINAL -> {
                int lo = Math.min(c, k);
                int hi = Math.max(c, k);
                double sum = 0;
                for (int g = lo; g <= hi; g++) {
                    sum += nc[g];
                }
                double d = sum - (nc[c] + nc[k]) / 2;
                yield d * d;
            }
        };
    }
}

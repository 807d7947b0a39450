package org.dyadlab.analysis.compare;

import org.apache.commons.math3.distribution.TDistribution;

/**
 * Intervals for periods with few units, where the bootstrap's intervals are far too narrow (with 4 units a
 * nominal 95% percentile interval covers about 57% of the time): the ratio estimator R = Σy / Σx with its
 * linearised standard error, SE² = Σ(y_i − R x_i)² / (n (n − 1) x̄²), and Student's t with n − 1 degrees of
 * freedom; differences by Welch's t. These assume independent units, which for 4 to 9 years or months is
 * the honest best; the output marks them "t" so they are not mistaken for bootstrap intervals.
 */
final class SmallSample {
    private SmallSample() {
    }

    /** The standard error of Σnum/Σden over the units (NaN with fewer than 2 or a zero denominator). */
    static double ratioSe(double[] num, double[] den) {
        int n = num.length;
        if (n < 2) {
            return Double.NaN;
        }
        double sn = 0;
        double sd = 0;
        for (int i = 0; i < n; i++) {
            sn += num[i];
            sd += den[i];
        }
        if (sd == 0) {
            return Double.NaN;
        }
        double r = sn / sd;
        double ss = 0;
        for (int i = 0; i < n; i++) {
            double e = num[i] - r * den[i];
            ss += e * e;
        }
        double xbar = sd / n;
        return Math.sqrt(ss / ((double) n * (n - 1))) / xbar;
    }

    /** The t quantile for a two-sided interval at the level, with df degrees of freedom. */
    static double t(double level, double df) {
        return new TDistribution(null, df).inverseCumulativeProbability(1 - (1 - level) / 2);
    }

    /** Two-sided p-value of a t statistic. */
    static double p(double tStat, double df) {
        return 2 * (1 - new TDistribution(null, df).cumulativeProbability(Math.abs(tStat)));
    }

    /** Welch–Satterthwaite degrees of freedom. */
    static double welchDf(double seA, int nA, double seB, int nB) {
        double a = seA * seA;
        double b = seB * seB;
        return (a + b) * (a + b) / (a * a / (nA - 1) + b * b / (nB - 1));
    }
}

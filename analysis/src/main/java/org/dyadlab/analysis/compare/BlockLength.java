package org.dyadlab.analysis.compare;

/**
 * Automatic block length for the moving-block bootstrap (Politis and White 2004, with the correction of
 * Patton, Politis and White 2009), as R's np::b.star: the flat-top lag window picks how many autocorrelations
 * matter, and b = (2 G² / D)^(1/3) n^(1/3) with D = (4/3) g(0)² for the moving (circular) block bootstrap.
 * Uncorrelated data give 1; strongly autocorrelated data give longer blocks. Capped at min(3√n, n/3).
 */
final class BlockLength {
    private BlockLength() {
    }

    static int of(double[] x) {
        int n = x.length;
        if (n < 4) {
            return 1;
        }
        double mean = 0;
        for (double v : x) {
            mean += v;
        }
        mean /= n;
        int kn = Math.max(5, (int) Math.ceil(Math.sqrt(Math.log10(n))));
        int mmax = (int) Math.ceil(Math.sqrt(n)) + kn;
        int maxLag = Math.min(mmax, n - 1);
        double[] r = new double[maxLag + 1];
        for (int k = 0; k <= maxLag; k++) {
            double s = 0;
            for (int i = 0; i + k < n; i++) {
                s += (x[i] - mean) * (x[i + k] - mean);
            }
            r[k] = s / n;
        }
        if (r[0] <= 0) {
            return 1;
        }
        double bound = 2 * Math.sqrt(Math.log10(n) / n);
        int mhat = -1;
        for (int m = 1; m + kn <= maxLag && mhat < 0; m++) {
            boolean quiet = true;
            for (int k = 1; k <= kn; k++) {
                if (Math.abs(r[m + k] / r[0]) >= bound) {
                    quiet = false;
                    break;
                }
            }
            if (quiet) {
                mhat = m;
            }
        }
        if (mhat < 0) {
            mhat = Math.max(1, maxLag - kn);
        }
        int bigM = Math.min(2 * mhat, maxLag);
        double g0 = 0;
        double g = 0;
        for (int k = -bigM; k <= bigM; k++) {
            double w = flatTop((double) k / bigM);
            g0 += w * r[Math.abs(k)];
            g += w * Math.abs(k) * r[Math.abs(k)];
        }
        double d = 4.0 / 3.0 * g0 * g0;
        if (d <= 0) {
            return 1;
        }
        double b = Math.pow(2 * g * g / d, 1.0 / 3) * Math.pow(n, 1.0 / 3);
        double cap = Math.min(3 * Math.sqrt(n), n / 3.0);
        return (int) Math.max(1, Math.min(Math.ceil(b), Math.floor(cap)));
    }

    private static double flatTop(double t) {
        double a = Math.abs(t);
        return a <= 0.5 ? 1 : a <= 1 ? 2 * (1 - a) : 0;
    }
}

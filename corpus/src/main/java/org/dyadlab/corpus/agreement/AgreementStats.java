package org.dyadlab.corpus.agreement;

/**
 * Two coders' yes/no decisions over a set of units, and the agreement statistics computed from them.
 *
 * <p>Contract: with no units every statistic is {@code NaN}. Percent agreement is (both + neither) / units. Cohen's
 * kappa = (p_o − p_e) / (1 − p_e) with p_e from each coder's own rate; Krippendorff's alpha (nominal, two
 * coders, no missing values) uses the pooled rate with its small-sample correction. Both are {@code NaN} —
 * undefined, shown as "n/a" — when there is no variation: both coders said no everywhere (a code never used)
 * or yes everywhere. Perfect agreement with variation gives 1 for both.
 *
 * @param both    units both coders coded
 * @param onlyA   units only the first coder coded
 * @param onlyB   units only the second coder coded
 * @param neither units neither coded
 */
public record AgreementStats(long both, long onlyA, long onlyB, long neither) {
    public AgreementStats {
        if (both < 0 || onlyA < 0 || onlyB < 0 || neither < 0) {
            throw new IllegalArgumentException("counts cannot be negative");
        }
    }

    public static final AgreementStats NONE = new AgreementStats(0, 0, 0, 0);

    public long units() {
        return both + onlyA + onlyB + neither;
    }

    public AgreementStats plus(AgreementStats o) {
        return new AgreementStats(both + o.both, onlyA + o.onlyA, onlyB + o.onlyB, neither + o.neither);
    }

    public double percentAgreement() {
        long n = units();
        return n == 0 ? Double.NaN : (double) (both + neither) / n;
    }

    public double cohensKappa() {
        double n = units();
        if (n == 0) {
            return Double.NaN;
        }
        double po = (both + neither) / n;
        double pa = (both + onlyA) / n;
        double pb = (both + onlyB) / n;
        double pe = pa * pb + (1 - pa) * (1 - pb);
        return pe >= 1 ? Double.NaN : (po - pe) / (1 - pe);
    }

    /** Krippendorff's alpha, nominal, from the 2×2 table (same result as {@link KrippendorffAlpha} on the raw data). */
    public double krippendorffAlpha() {
        double values = 2.0 * units();
        if (values < 2) {
            return Double.NaN;
        }
        double yes = 2.0 * both + onlyA + onlyB;
        double no = 2.0 * neither + onlyA + onlyB;
        double disagreements = 2.0 * (onlyA + onlyB);
        double expected = 2 * yes * no;
        return expected == 0 ? Double.NaN : 1 - (values - 1) * disagreements / expected;
    }
}

package org.dyadlab.analysis.breaks;

import java.util.Locale;

/**
 * The cost of adding a change, in units of the long-run noise variance. BIC counts two parameters per change (the
 * new mean and the change's position): 2·ln n, as the changepoint R package's "BIC" penalty for a change in
 * mean; MBIC (Zhang and Siegmund 2007) is the more conservative 3·ln n; a number is taken as it is.
 */
public record Penalty(String name, double perSigmaSquared) {
    public static Penalty parse(String text, int n) {
        String t = text.toLowerCase(Locale.ROOT);
        double ln = Math.log(Math.max(n, 2));
        return switch (t) {
            case "bic" -> new Penalty("BIC (2 ln n)", 2 * ln);
            case "mbic" -> new Penalty("MBIC (3 ln n)", 3 * ln);
            default -> {
                try {
                    double v = Double.parseDouble(t);
                    if (!(v > 0) || Double.isInfinite(v)) {
                        throw new IllegalArgumentException("a penalty must be positive, was " + text);
                    }
                    yield new Penalty(text + " σ²", v);
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException("penalty must be bic, mbic or a positive number, was '" + text + "'");
                }
            }
        };
    }
}

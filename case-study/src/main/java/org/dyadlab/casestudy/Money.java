package org.dyadlab.casestudy;

import java.util.Locale;

/** Formats the numbers of computed statements for people. */
final class Money {
    private Money() {
    }

    /** "$831.2 million", "$1.15 billion"; "–" for NaN. */
    static String usd(double v) {
        if (Double.isNaN(v)) {
            return "–";
        }
        double a = Math.abs(v);
        String sign = v < 0 ? "−" : "";
        if (a >= 1e9) {
            return String.format(Locale.ROOT, "%s$%.2f billion", sign, a / 1e9);
        }
        return String.format(Locale.ROOT, "%s$%.1f million", sign, a / 1e6);
    }

    /** A plain number with the given decimals; "–" for NaN. */
    static String num(double v, int decimals) {
        return Double.isNaN(v) ? "–" : String.format(Locale.ROOT, "%." + decimals + "f", v).replace("-", "−");
    }

    /** "[lo, hi]" with the given formatter. */
    static String interval(double lo, double hi, java.util.function.DoubleFunction<String> f) {
        return Double.isNaN(lo) || Double.isNaN(hi) ? "no interval" : "95% CI " + f.apply(lo) + " to " + f.apply(hi);
    }
}

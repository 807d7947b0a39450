package org.dyadlab.report.text;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/**
 * Numbers as the report prints them. A missing value (NaN) is {@link #MISSING}, never "NaN"; infinities are
 * "∞" and "-∞". Precision follows the magnitude: thousands separators and no decimals from 1,000 up (money, counts),
 * one decimal from 100, two from 0.01 (so a column of indices or shares lines up), three significant digits below. Always a point for decimals and a comma
 * between thousands, whatever the machine's locale.
 */
public final class Figures {
    /** What a missing number is shown as: an en dash. */
    public static final String MISSING = "\u2013";

    private static final DecimalFormatSymbols SYMBOLS = DecimalFormatSymbols.getInstance(Locale.ROOT);

    private Figures() {
    }

    /** A value with the precision its magnitude calls for. */
    public static String number(double x) {
        if (!Double.isFinite(x)) {
            return nonFinite(x);
        }
        double abs = Math.abs(x);
        if (abs == 0) {
            return "0";
        }
        if (abs >= 999.5) {
            return fixed(x, 0);
        }
        if (abs >= 99.995) {
            return fixed(x, 1);
        }
        if (abs >= 0.00995) {
            return fixed(x, 2);
        }
        BigDecimal rounded = new BigDecimal(x).round(new MathContext(3, RoundingMode.HALF_EVEN)).stripTrailingZeros();
        return rounded.signum() == 0 ? "0" : rounded.toPlainString();
    }

    /** An axis tick: as many decimals as the step between ticks needs (a step of 0.25 needs two). */
    public static String tick(double x, double step) {
        int decimals = 0;
        while (decimals < 6 && Math.abs(step * Math.pow(10, decimals) - Math.rint(step * Math.pow(10, decimals))) > 1e-6) {
            decimals++;
        }
        return fixed(x, decimals);
    }

    /** A value with exactly {@code decimals} decimals and thousands separators. */
    public static String fixed(double x, int decimals) {
        if (!Double.isFinite(x)) {
            return nonFinite(x);
        }
        DecimalFormat format = new DecimalFormat(decimals == 0 ? "#,##0" : "#,##0." + "0".repeat(decimals), SYMBOLS);
        format.setRoundingMode(RoundingMode.HALF_EVEN);
        String s = format.format(x);
        return s.startsWith("-") && s.chars().noneMatch(c -> c >= '1' && c <= '9') ? s.substring(1) : s;
    }

    /** A signed value with one decimal, as Goldstein weights are written ("+7.0", "-10.0", "0.0"). */
    public static String signed(double x) {
        String s = fixed(x, 1);
        return Double.isFinite(x) && !s.startsWith("-") && !s.equals("0.0") ? "+" + s : s;
    }

    /** A p-value: three decimals, "< 0.001" below that. */
    public static String pValue(double p) {
        if (!Double.isFinite(p)) {
            return nonFinite(p);
        }
        return p < 0.001 ? "< 0.001" : fixed(p, 3);
    }

    /** An effect size (Hedges' g): two decimals. */
    public static String effect(double g) {
        return fixed(g, 2);
    }

    /** A share of 1 as a whole percentage ("87%"). */
    public static String percent(double fraction) {
        return Double.isFinite(fraction) ? fixed(fraction * 100, 0) + "%" : nonFinite(fraction);
    }

    /** An interval "[low, high]"; one dash when neither end is known. */
    public static String interval(double low, double high) {
        if (Double.isNaN(low) && Double.isNaN(high)) {
            return MISSING;
        }
        return "[" + number(low) + ", " + number(high) + "]";
    }

    /** A count with thousands separators. */
    public static String count(long n) {
        return new DecimalFormat("#,##0", SYMBOLS).format(n);
    }

    private static String nonFinite(double x) {
        if (Double.isNaN(x)) {
            return MISSING;
        }
        return x > 0 ? "\u221E" : "-\u221E";
    }
}

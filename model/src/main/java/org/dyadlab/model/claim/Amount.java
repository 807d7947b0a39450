package org.dyadlab.model.claim;

import java.util.Objects;

/**
 * A sum of money as a manuscript writes it.
 *
 * @param value       the amount in units of the currency (255 million = 2.55e8)
 * @param currency    ISO code ("USD", "PKR")
 * @param step        the unit of the last digit written ("$255 million" → 1e6, "$1.15 billion" → 1e7): the
 *                    rounding a reader allows
 * @param approximate whether the text hedges it ("about", "nearly", "more than", "some"…)
 * @param text        as written
 */
public record Amount(double value, String currency, double step, boolean approximate, String text) {
    public Amount {
        Objects.requireNonNull(currency, "currency");
        text = text == null ? "" : text;
        if (!(value >= 0) || Double.isInfinite(value) || !(step > 0) || Double.isInfinite(step)) {
            throw new IllegalArgumentException("an amount and its step are finite, the step positive: " + value
                    + ", " + step);
        }
    }
}

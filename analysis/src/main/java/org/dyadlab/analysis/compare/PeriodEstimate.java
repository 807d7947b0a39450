package org.dyadlab.analysis.compare;

import org.dyadlab.model.period.Period;

/**
 * A metric's value in one period with its bootstrap confidence interval.
 *
 * @param metric     the metric's key
 * @param period     the period
 * @param value      Σ numerators / Σ denominators over the period's units (NaN when undefined)
 * @param ciLow      lower bound of the percentile interval (NaN with fewer than 2 units)
 * @param ciHigh     upper bound
 * @param units      intervals (or observations) in the period
 * @param blockLength bootstrap block length used for the period (0 when the interval is not a bootstrap one)
 * @param events     events (or observations) behind the value
 * @param method     how the interval was made: "bootstrap" (moving blocks, 10 units or more), "t" (ratio
 *                   estimator and Student's t, 2–9 units) or "none" (fewer than 2 units)
 */
public record PeriodEstimate(String metric, Period period, double value, double ciLow, double ciHigh, int units,
                             int blockLength, long events, String method) {
}

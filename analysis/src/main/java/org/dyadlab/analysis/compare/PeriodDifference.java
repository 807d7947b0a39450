package org.dyadlab.analysis.compare;

import org.dyadlab.model.period.Period;

/**
 * The change of a metric from one period to a later one.
 *
 * @param metric     the metric's key
 * @param from       the earlier period
 * @param to         the later period
 * @param difference value(to) − value(from)
 * @param ciLow      lower bound of the percentile interval of the bootstrap differences
 * @param ciHigh     upper bound
 * @param pValue     two-sided p-value: for bootstrap, twice the smaller share of replicate differences on
 *                   either side of 0 (capped at 1); for Welch, from Student's t; an indication, not a test
 *                   corrected for multiple comparisons
 * @param hedgesG    standardised effect size: Hedges' g of the full units' values (to minus from)
 * @param method     "bootstrap" when both periods were bootstrapped, "welch" (Welch's t) when either had 2–9
 *                   units, "none" when either had fewer than 2
 */
public record PeriodDifference(String metric, Period from, Period to, double difference, double ciLow, double ciHigh,
                               double pValue, double hedgesG, String method) {
}

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
 * @param pValue     two-sided bootstrap p-value: twice the smaller share of replicate differences on either
 *                   side of 0 (capped at 1); an indication, not a test corrected for multiple comparisons
 * @param hedgesG    standardised effect size: Hedges' g of the per-unit values (to minus from)
 */
public record PeriodDifference(String metric, Period from, Period to, double difference, double ciLow, double ciHigh,
                               double pValue, double hedgesG) {
}

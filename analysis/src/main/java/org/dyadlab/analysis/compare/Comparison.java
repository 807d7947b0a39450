package org.dyadlab.analysis.compare;

import java.util.List;

/**
 * The comparison of periods: each metric in each period with its interval, and every pair of periods' difference.
 *
 * @param estimates   one per metric and period, metrics in the order asked, periods in time order
 * @param differences one per metric and pair of periods (earlier, later)
 * @param options     the bootstrap settings used
 * @param basis       what a unit is and how metrics were normalised, in words, for every output
 */
public record Comparison(List<PeriodEstimate> estimates, List<PeriodDifference> differences, BootstrapOptions options,
                         String basis) {
    public Comparison {
        estimates = List.copyOf(estimates);
        differences = List.copyOf(differences);
    }
}

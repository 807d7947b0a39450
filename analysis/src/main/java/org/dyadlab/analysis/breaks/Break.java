package org.dyadlab.analysis.breaks;

import java.time.LocalDate;

/**
 * A change in the mean of a series.
 *
 * @param date         the first interval of the new segment
 * @param meanBefore   mean of the segment before
 * @param meanAfter    mean of the segment after
 * @param shiftInSigma (after − before) / σ̂: the size of the change in noise units
 * @param support      share of bootstrap replicates that find a change within {@code window} intervals of
 *                     this one (0–1): how reliably the data show it
 * @param low          5th percentile of where the replicates place it (null when no replicate does)
 * @param high         95th percentile of where the replicates place it
 */
public record Break(LocalDate date, double meanBefore, double meanAfter, double shiftInSigma, double support,
                    LocalDate low, LocalDate high) {
}

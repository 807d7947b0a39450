package org.dyadlab.analysis.breaks;

import java.time.LocalDate;

/**
 * A change in the mean of a series.
 *
 * @param date         the first interval of the new segment
 * @param meanBefore   mean of the segment before
 * @param meanAfter    mean of the segment after
 * @param shiftInSigma (after − before) / σ̂: the size of the change in noise units
 * @param confidence   1 − p of the change against "no change between the neighbouring breaks": the share of
 *                     replicates without a change (block-resampled residuals around one mean) whose best split
 *                     explains less than this one does (0–1; NaN without replicates)
 * @param support      share of replicates of the fitted segments that find a change within the window of this
 *                     one (0–1): how stable its date is
 * @param low          5th percentile of where those replicates place it (null when none does)
 * @param high         95th percentile of where they place it
 */
public record Break(LocalDate date, double meanBefore, double meanAfter, double shiftInSigma, double confidence,
                    double support, LocalDate low, LocalDate high) {
}

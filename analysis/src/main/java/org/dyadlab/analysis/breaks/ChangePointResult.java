package org.dyadlab.analysis.breaks;

import java.util.List;

/**
 * The breaks found in a series.
 *
 * @param metric     the metric's key
 * @param basis      interval, normalisation and method, in words
 * @param observed   intervals with a value (those the method saw)
 * @param skipped    intervals without one (not covered by the dataset, or an undefined mean)
 * @param sigma      the noise SD σ̂ (MAD of first differences / √2, divided by √(1 − φ̂))
 * @param autocorrelation φ̂, the lag-1 autocorrelation of the residuals around the segment means (0–0.8)
 * @param penalty    the penalty used (per change, in units of the long-run variance)
 * @param segments   the segments, in time order
 * @param breaks     the breaks between them
 */
public record ChangePointResult(String metric, String basis, int observed, int skipped, double sigma,
                                double autocorrelation, Penalty penalty,
                                List<Segment> segments, List<Break> breaks) {
    public ChangePointResult {
        segments = List.copyOf(segments);
        breaks = List.copyOf(breaks);
    }
}

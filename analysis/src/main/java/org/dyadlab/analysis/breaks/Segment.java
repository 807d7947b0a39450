package org.dyadlab.analysis.breaks;

import java.time.LocalDate;

/**
 * A stretch of the series with one mean.
 *
 * @param start     first interval
 * @param last      last interval
 * @param intervals intervals with a value in the segment
 * @param mean      their mean
 */
public record Segment(LocalDate start, LocalDate last, int intervals, double mean) {
}

package org.dyadlab.analysis.breaks;

/**
 * Settings of the change-point search.
 *
 * @param penalty    bic, mbic or a number (in σ² units)
 * @param minSegment fewest intervals in a segment (3 by default)
 * @param replicates bootstrap replicates for each break's support (200 by default; 0 for none)
 * @param window     a replicate supports a break when it finds one within this many intervals (2)
 * @param seed       random seed
 */
public record ChangePointOptions(String penalty, int minSegment, int replicates, int window, long seed) {
    public static final ChangePointOptions DEFAULT = new ChangePointOptions("bic", 3, 200, 2, 20180104L);

    public ChangePointOptions {
        if (minSegment < 1 || replicates < 0 || window < 0) {
            throw new IllegalArgumentException("minSegment must be >= 1, replicates and window >= 0");
        }
    }
}

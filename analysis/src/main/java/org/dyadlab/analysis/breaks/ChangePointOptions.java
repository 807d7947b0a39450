package org.dyadlab.analysis.breaks;

/**
 * Settings of the change-point search.
 *
 * @param penalty    bic, mbic (the default) or a number, in units of the long-run noise variance
 * @param minSegment fewest intervals in a segment (3 by default)
 * @param replicates bootstrap replicates for each break's support (200 by default; 0 for none)
 * @param window     a replicate supports a break when it finds one within this many intervals (2)
 * @param seed       random seed
 */
public record ChangePointOptions(String penalty, int minSegment, int replicates, int window, long seed) {
    public static final ChangePointOptions DEFAULT = new ChangePointOptions("mbic", 3, 200, 2, 20180104L);

    public ChangePointOptions {
        if (minSegment < 1 || replicates < 0 || window < 0) {
            throw new IllegalArgumentException("minSegment must be >= 1, replicates and window >= 0");
        }
    }
}

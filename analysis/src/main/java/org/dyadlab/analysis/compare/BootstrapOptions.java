package org.dyadlab.analysis.compare;

/**
 * Settings of the moving-block bootstrap.
 *
 * @param replicates  resamples per period (1,000 by default)
 * @param seed        random seed: the same seed gives the same intervals
 * @param blockLength units per block; 0 chooses round(n^(1/3)) for a period of n units (at least 1)
 * @param level       confidence level of the percentile intervals (0.95)
 */
public record BootstrapOptions(int replicates, long seed, int blockLength, double level) {
    public static final BootstrapOptions DEFAULT = new BootstrapOptions(1000, 20130120L, 0, 0.95);

    public BootstrapOptions {
        if (replicates < 100) {
            throw new IllegalArgumentException("at least 100 bootstrap replicates are needed, asked for " + replicates);
        }
        if (blockLength < 0) {
            throw new IllegalArgumentException("block length must be 0 (automatic) or positive");
        }
        if (!(level > 0.5 && level < 1)) {
            throw new IllegalArgumentException("confidence level must be between 0.5 and 1, was " + level);
        }
    }

    /** The block length for a period of n units. */
    public int blockLengthFor(int n) {
        if (n <= 0) {
            return 0;
        }
        int l = blockLength > 0 ? blockLength : (int) Math.max(1, Math.round(Math.cbrt(n)));
        return Math.min(l, n);
    }
}

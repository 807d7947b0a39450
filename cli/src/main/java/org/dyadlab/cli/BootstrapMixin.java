package org.dyadlab.cli;

import org.dyadlab.analysis.compare.BootstrapOptions;
import picocli.CommandLine.Option;

/** Bootstrap settings of the comparison commands. */
final class BootstrapMixin {
    @Option(names = "--replicates", defaultValue = "1000", description = "Bootstrap replicates (default: ${DEFAULT-VALUE}).")
    int replicates;

    @Option(names = "--seed", defaultValue = "20130120", description = "Random seed; the same seed gives the same "
            + "intervals (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--block-length", defaultValue = "0", paramLabel = "N",
            description = "Units per bootstrap block; 0 = round(n^(1/3)) per period (default).")
    int blockLength;

    @Option(names = "--level", defaultValue = "0.95", description = "Confidence level (default: ${DEFAULT-VALUE}).")
    double level;

    BootstrapOptions options() {
        try {
            return new BootstrapOptions(replicates, seed, blockLength, level);
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
    }
}

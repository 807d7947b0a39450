package org.dyadlab.corpus.ingest;

import java.time.Duration;
import java.util.Objects;

/**
 * What one file may cost: its size on disk, the characters extracted from it, and the time taken. A file over
 * any limit is refused with a message and the batch goes on.
 *
 * @param maxFileBytes largest file read at all
 * @param maxChars     most characters extracted from one file (also bounds the memory the text takes)
 * @param timeout      longest extraction of one file
 */
public record IngestLimits(long maxFileBytes, int maxChars, Duration timeout) {
    /** 100 MB, 20 million characters, 60 seconds. */
    public static final IngestLimits DEFAULT = new IngestLimits(100L << 20, 20_000_000, Duration.ofSeconds(60));

    public IngestLimits {
        Objects.requireNonNull(timeout, "timeout");
        if (maxFileBytes < 1 || maxChars < 1 || timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("limits must be positive");
        }
    }
}

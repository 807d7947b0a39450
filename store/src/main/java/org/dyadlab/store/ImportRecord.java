package org.dyadlab.store;

import java.time.Instant;

/** One row of the import log. */
public record ImportRecord(long importId, String file, String format, Instant finishedAt, long rowsRead,
                           long imported, long duplicates, long rejected) {
}

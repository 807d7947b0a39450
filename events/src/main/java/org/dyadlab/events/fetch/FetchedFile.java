package org.dyadlab.events.fetch;

import java.nio.file.Path;
import java.util.Objects;

/**
 * What became of one listed file.
 *
 * @param entry     the file as listed
 * @param path      the verified local file (the whole file, or the dyad's rows only), or null when it failed
 * @param status    downloaded now, already complete from an earlier run, or failed
 * @param attempts  download attempts made in this run (0 when already complete)
 * @param problem   why the last attempt failed, or null
 * @param rowsRead  rows read while filtering to a dyad (-1 without a dyad or when not downloaded now)
 * @param rowsKept  rows kept by the dyad filter (-1 likewise)
 */
public record FetchedFile(GdeltFileEntry entry, Path path, Status status, int attempts, String problem, long rowsRead,
                          long rowsKept) {
    /** The outcome for a file. */
    public enum Status { DOWNLOADED, ALREADY_COMPLETE, FAILED }

    public FetchedFile {
        Objects.requireNonNull(entry, "entry");
        Objects.requireNonNull(status, "status");
        if ((status == Status.FAILED) != (path == null)) {
            throw new IllegalArgumentException("a failed file has no path, any other has one");
        }
    }

    public boolean failed() {
        return status == Status.FAILED;
    }
}

package org.dyadlab.events;

/** Told how far a read has gone, every few thousand records and at the end. */
@FunctionalInterface
public interface ProgressListener {
    ProgressListener NONE = (bytes, total, records) -> { };

    /**
     * @param bytesRead  bytes of the file consumed so far (compressed bytes for a compressed file)
     * @param totalBytes the file's size, or -1 if unknown
     * @param records    records read so far
     */
    void progress(long bytesRead, long totalBytes, long records);
}

package org.dyadlab.events.fetch;

/** Told how a fetch advances; the CLI draws it as a progress bar. Called from the fetching thread. */
public interface FetchListener {
    FetchListener NONE = new FetchListener() { };

    /** The files selected from the lists and their total size in bytes (-1 where unknown). */
    default void selected(int files, long totalBytes) {
    }

    /** More bytes arrived (or were found complete on disk). */
    default void bytes(long count) {
    }

    /** A file is verified, found complete, or given up on. */
    default void finished(FetchedFile file) {
    }

    /** An attempt failed and another follows after {@code pauseMillis}. */
    default void retrying(GdeltFileEntry file, int attempt, String problem, long pauseMillis) {
    }
}

package org.dyadlab.corpus.ingest;

import java.util.Objects;

/**
 * What happened to one file, or one record of a collection.
 *
 * @param source     the file path, or {@code path#recordId}
 * @param status     added, new version, unchanged, duplicate, or failed
 * @param documentId the document concerned (null when failed before one was known)
 * @param version    its version now (0 when failed)
 * @param message    why it failed, which document it duplicates, or problems noted while reading; null otherwise
 */
public record IngestOutcome(String source, Status status, String documentId, int version, String message) {
    public enum Status {
        /** a new document */
        ADDED,
        /** the file changed since it was last ingested: a new version of its document */
        NEW_VERSION,
        /** same content as the stored version: nothing changed */
        UNCHANGED,
        /** same content as another stored document: not added */
        DUPLICATE,
        /** not readable within the limits: nothing stored */
        FAILED
    }

    public IngestOutcome {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(status, "status");
    }

    static IngestOutcome failed(String source, String message) {
        return new IngestOutcome(source, Status.FAILED, null, 0, message);
    }

    /** True when the store gained a document or version. */
    public boolean changed() {
        return status == Status.ADDED || status == Status.NEW_VERSION;
    }
}

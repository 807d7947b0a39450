package org.dyadlab.corpus.ingest;

/** A file could not be read as a document (encrypted, corrupt, too large, too slow, a zip bomb…). */
public class DocumentReadException extends Exception {
    public DocumentReadException(String message) {
        super(message);
    }

    public DocumentReadException(String message, Throwable cause) {
        super(message, cause);
    }
}

package org.dyadlab.corpus.qda;

/** A REFI-QDA file cannot be read (not a zip, no project.qde, not the QDA-XML schema, unsafe content). */
public class QdaException extends RuntimeException {
    public QdaException(String message, Throwable cause) {
        super(message, cause);
    }

    public QdaException(String message) {
        super(message);
    }
}

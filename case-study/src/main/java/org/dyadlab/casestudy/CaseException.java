package org.dyadlab.casestudy;

/** A case folder that cannot be used as a whole (no case.yaml, unreadable file); names the file. */
public class CaseException extends RuntimeException {
    public CaseException(String message) {
        super(message);
    }

    public CaseException(String message, Throwable cause) {
        super(message, cause);
    }
}

package org.dyadlab.events.fetch;

/** GDELT's file list could not be had: nothing can be fetched. Names the list's address and the cause. */
public class FetchException extends RuntimeException {
    public FetchException(String message, Throwable cause) {
        super(message, cause);
    }
}

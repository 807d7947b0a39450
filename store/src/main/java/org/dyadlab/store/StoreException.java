package org.dyadlab.store;

/** The store could not do what was asked (locked by another process, unreadable file, failed SQL). */
public class StoreException extends RuntimeException {
    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }

    public StoreException(String message) {
        super(message);
    }
}

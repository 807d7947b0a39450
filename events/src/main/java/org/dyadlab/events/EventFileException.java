package org.dyadlab.events;

/** A file that is not of the expected format as a whole (no header, wrong layout); names the file. */
public class EventFileException extends RuntimeException {
    public EventFileException(String message) {
        super(message);
    }

    public EventFileException(String message, Throwable cause) {
        super(message, cause);
    }
}

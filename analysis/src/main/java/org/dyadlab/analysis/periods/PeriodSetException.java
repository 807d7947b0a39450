package org.dyadlab.analysis.periods;

/** A period-set file that cannot be used; the message names the file and the period. */
public class PeriodSetException extends RuntimeException {
    public PeriodSetException(String message) {
        super(message);
    }

    public PeriodSetException(String message, Throwable cause) {
        super(message, cause);
    }
}

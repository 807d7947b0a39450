package org.dyadlab.coder.eval;

/** A validation file that cannot be read as one, with the line where reading stopped. */
public final class SuiteFormatException extends RuntimeException {
    public SuiteFormatException(String message, Throwable cause) {
        super(message, cause);
    }
}

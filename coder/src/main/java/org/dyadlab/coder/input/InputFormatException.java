package org.dyadlab.coder.input;

/** An input file that is not a PETRARCH sentence file at all (not well-formed XML). */
public final class InputFormatException extends RuntimeException {
    public InputFormatException(String message, Throwable cause) {
        super(message, cause);
    }
}

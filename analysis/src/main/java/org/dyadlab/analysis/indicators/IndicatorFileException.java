package org.dyadlab.analysis.indicators;

/** A file that is not of the indicator format asked for, as a whole; the message names the file. */
public class IndicatorFileException extends RuntimeException {
    public IndicatorFileException(String message) {
        super(message);
    }
}

package org.dyadlab.events;

/** A strict import met a bad record; nothing of the file was imported. */
public class ImportAbortedException extends RuntimeException {
    private final transient Reject reject;

    public ImportAbortedException(Reject reject) {
        super("strict import stopped at " + reject.message() + "; nothing from this file was imported");
        this.reject = reject;
    }

    public Reject reject() {
        return reject;
    }
}

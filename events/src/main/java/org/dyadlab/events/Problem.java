package org.dyadlab.events;

/**
 * Why a reader could not accept a record: the field at fault and the reason. Readers return it instead of
 * throwing, so that bad records cost no exception in the hot loop.
 */
public record Problem(String field, String reason) {
    public Reject at(String file, long line, String raw) {
        return new Reject(file, line, field, reason, raw);
    }
}

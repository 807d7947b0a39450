package org.dyadlab.coder.dictionary;

import java.time.LocalDate;
import java.util.Objects;

/**
 * An actor code that applies on or after {@code from} and on or before {@code to}; a null bound is open. A code
 * with both bounds null is the actor's default.
 */
public record DatedCode(String code, LocalDate from, LocalDate to) {
    public DatedCode {
        Objects.requireNonNull(code, "code");
        if (from != null && to != null && to.isBefore(from)) {
            throw new IllegalArgumentException("date restriction ends before it starts: " + from + " - " + to);
        }
    }

    public boolean isDefault() {
        return from == null && to == null;
    }

    public boolean appliesOn(LocalDate date) {
        return (from == null || !date.isBefore(from)) && (to == null || !date.isAfter(to));
    }
}

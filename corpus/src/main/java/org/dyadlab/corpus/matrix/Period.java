package org.dyadlab.corpus.matrix;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A named stretch of time, both ends included. Kept minimal and local to the corpus module; the analysis module
 * will provide the shared period sets of a case, and this type can then give way to it.
 */
public record Period(String name, LocalDate from, LocalDate to) {
    public Period {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (name.isBlank()) {
            throw new IllegalArgumentException("a period needs a name");
        }
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("period " + name + " ends (" + to + ") before it starts (" + from + ")");
        }
    }

    public boolean contains(LocalDate d) {
        return !d.isBefore(from) && !d.isAfter(to);
    }
}

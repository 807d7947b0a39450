package org.dyadlab.model.period;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A named stretch of time, such as a presidential administration: from {@code start} (inclusive) to
 * {@code end} (exclusive), or open-ended when {@code end} is null.
 *
 * @param name  short name ("Trump I")
 * @param start first day
 * @param end   first day after the period, or null for a period still running
 */
public record Period(String name, LocalDate start, LocalDate end) {
    public Period {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(start, "start");
        if (name.isBlank()) {
            throw new IllegalArgumentException("a period needs a name");
        }
        if (end != null && !end.isAfter(start)) {
            throw new IllegalArgumentException("period '" + name + "' ends (" + end + ") before it starts (" + start + ")");
        }
    }

    public boolean contains(LocalDate date) {
        return !date.isBefore(start) && (end == null || date.isBefore(end));
    }

    /** The last day of the period, or null when it is open-ended. */
    public LocalDate lastDay() {
        return end == null ? null : end.minusDays(1);
    }
}

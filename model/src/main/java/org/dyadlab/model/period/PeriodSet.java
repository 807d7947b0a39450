package org.dyadlab.model.period;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An ordered set of non-overlapping periods, such as the US administrations. Gaps between periods are
 * allowed (events in a gap belong to no period).
 *
 * @param name        the set's name ("us-administrations")
 * @param description what the periods are and where their dates come from
 * @param periods     the periods, in time order
 */
public record PeriodSet(String name, String description, List<Period> periods) {
    public PeriodSet {
        Objects.requireNonNull(name, "name");
        description = description == null ? "" : description;
        periods = List.copyOf(periods);
        if (periods.isEmpty()) {
            throw new IllegalArgumentException("period set '" + name + "' has no periods");
        }
        for (int i = 1; i < periods.size(); i++) {
            Period prev = periods.get(i - 1);
            Period next = periods.get(i);
            if (prev.end() == null || next.start().isBefore(prev.end())) {
                throw new IllegalArgumentException("periods '" + prev.name() + "' and '" + next.name()
                        + "' of set '" + name + "' overlap or are out of order");
            }
        }
        long distinct = periods.stream().map(Period::name).distinct().count();
        if (distinct != periods.size()) {
            throw new IllegalArgumentException("period set '" + name + "' repeats a period name");
        }
    }

    /** The period containing the date, if any. */
    public Optional<Period> periodOf(LocalDate date) {
        for (Period p : periods) {
            if (p.contains(date)) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }

    /** The index of the period containing the date, or -1. */
    public int indexOf(LocalDate date) {
        for (int i = 0; i < periods.size(); i++) {
            if (periods.get(i).contains(date)) {
                return i;
            }
        }
        return -1;
    }
}

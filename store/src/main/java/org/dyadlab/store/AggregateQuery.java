package org.dyadlab.store;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Set;
import org.dyadlab.model.event.Dyad;

/**
 * Which events to aggregate by day: those of a dyad (directed: first → second only; else either way), within
 * [from, to] when given, and of the named origin datasets only when {@code origins} is not empty. The volume
 * denominators of the aggregates (events involving either actor, all events) obey the same date and origin
 * restrictions.
 *
 * @param dyad     the dyad, by the actors' CAMEO country codes
 * @param directed first → second only
 * @param from     first day included, or null
 * @param to       last day included, or null
 * @param origins  origin datasets to include (gdelt1, icews18, …); empty for all
 */
public record AggregateQuery(Dyad dyad, boolean directed, LocalDate from, LocalDate to, Set<String> origins) {
    public AggregateQuery {
        Objects.requireNonNull(dyad, "dyad");
        origins = origins == null ? Set.of() : Set.copyOf(origins);
        if (from != null && to != null && from.isAfter(to)) {
            throw new IllegalArgumentException("from " + from + " is after to " + to);
        }
    }

    public static AggregateQuery of(Dyad dyad, boolean directed) {
        return new AggregateQuery(dyad, directed, null, null, Set.of());
    }

    /**
     * The SQL that sums this query's events per day, read from {@code table}, with its positional parameters
     * (strings and {@link LocalDate}s). The columns: event_date, events, goldstein sum, QuadClass 1-4 counts,
     * cooperative weight, conflictual weight, actor events, all events, as in {@link DayAggregate}.
     */
    public SqlText daySumsSql(String table) {
        return DayAggregateQuery.sql(this, table);
    }

    /** A query's text and its positional ({@code ?}) parameters. */
    public record SqlText(String text, java.util.List<Object> params) {
        public SqlText {
            Objects.requireNonNull(text, "text");
            params = java.util.List.copyOf(params);
        }
    }
}

package org.dyadlab.store;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.dyadlab.model.event.Dyad;

/**
 * Which events to read: optionally those of one dyad (by the actors' CAMEO country codes), directed
 * (first → second only) or not (either way), within an inclusive date range.
 *
 * @param dyad     the dyad, or empty for every event
 * @param directed true to keep only events from the dyad's first actor to its second
 * @param from     first day included, or null for no lower bound
 * @param to       last day included, or null for no upper bound
 */
public record EventQuery(Optional<Dyad> dyad, boolean directed, LocalDate from, LocalDate to) {
    public static final EventQuery ALL = new EventQuery(Optional.empty(), false, null, null);

    public EventQuery {
        dyad = dyad == null ? Optional.empty() : dyad;
        if (from != null && to != null && from.isAfter(to)) {
            throw new IllegalArgumentException("--from " + from + " is after --to " + to);
        }
        if (directed && dyad.isEmpty()) {
            throw new IllegalArgumentException("a directed query needs a dyad");
        }
    }

    public static EventQuery of(Dyad dyad, boolean directed) {
        return new EventQuery(Optional.of(dyad), directed, null, null);
    }

    public EventQuery between(LocalDate newFrom, LocalDate newTo) {
        return new EventQuery(dyad, directed, newFrom, newTo);
    }

    /** The WHERE clause (with '?' placeholders, or "TRUE") and its parameters, in order. */
    Sql where() {
        List<Object> params = new ArrayList<>();
        List<String> terms = new ArrayList<>();
        dyad.ifPresent(d -> {
            if (directed) {
                terms.add("(source_country = ? AND target_country = ?)");
                params.add(d.first());
                params.add(d.second());
            } else {
                terms.add("((source_country = ? AND target_country = ?) OR (source_country = ? AND target_country = ?))");
                params.add(d.first());
                params.add(d.second());
                params.add(d.second());
                params.add(d.first());
            }
        });
        if (from != null) {
            terms.add("event_date >= ?");
            params.add(java.sql.Date.valueOf(from));
        }
        if (to != null) {
            terms.add("event_date <= ?");
            params.add(java.sql.Date.valueOf(to));
        }
        return new Sql(terms.isEmpty() ? "TRUE" : String.join(" AND ", terms), params);
    }

    record Sql(String clause, List<Object> params) {
    }
}

package org.dyadlab.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.dyadlab.model.cameo.CameoOntology;
import org.dyadlab.model.event.Event;

/** The SQL behind {@link EventStore#eventPage} and {@link EventStore#event}: a page of events, one event by id. */
final class EventPageQuery {
    private EventPageQuery() {
    }

    static EventPage page(Connection connection, CameoOntology ontology, EventQuery query, Set<String> origins,
                          long offset, int limit) {
        if (offset < 0 || limit < 0) {
            throw new IllegalArgumentException("offset and limit cannot be negative, were " + offset + ", " + limit);
        }
        EventQuery.Sql where = query.where();
        List<Object> params = new ArrayList<>(where.params());
        StringBuilder clause = new StringBuilder(where.clause());
        if (!origins.isEmpty()) {
            clause.append(" AND origin IN (").append(String.join(", ", origins.stream().map(o -> "?").toList()))
                    .append(')');
            params.addAll(origins.stream().sorted().toList());
        }
        // the total and the page as two queries: a window count over the matches would make DuckDB materialise every
        // matching row with all its columns before sorting; alone, the count reads only the filter's columns and the
        // page is a top-N sort that fetches the other columns for the rows it keeps
        String sql = "SELECT " + EventColumns.LIST + " FROM events WHERE " + clause
                + " ORDER BY event_date, event_id LIMIT " + limit + " OFFSET " + offset;
        EventRowMapper mapper = new EventRowMapper(ontology);
        List<Event> events = new ArrayList<>();
        long total;
        try {
            try (PreparedStatement c = connection.prepareStatement("SELECT count(*) FROM events WHERE " + clause)) {
                EventStore.bind(c, params);
                try (ResultSet rs = c.executeQuery()) {
                    rs.next();
                    total = rs.getLong(1);
                }
            }
            if (limit > 0 && offset < total) {
                try (PreparedStatement p = connection.prepareStatement(sql)) {
                    EventStore.bind(p, params);
                    try (ResultSet rs = p.executeQuery()) {
                        while (rs.next()) {
                            events.add(mapper.map(rs));
                        }
                    }
                }
            }
        } catch (SQLException e) {
            throw new StoreException("reading a page of events failed: " + e.getMessage(), e);
        }
        return new EventPage(total, offset, events);
    }

    static Optional<Event> byId(Connection connection, CameoOntology ontology, String id) {
        String sql = "SELECT " + EventColumns.LIST + " FROM events WHERE event_id = ? ORDER BY import_id LIMIT 1";
        try (PreparedStatement p = connection.prepareStatement(sql)) {
            p.setString(1, id);
            try (ResultSet rs = p.executeQuery()) {
                return rs.next() ? Optional.of(new EventRowMapper(ontology).map(rs)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new StoreException("reading event " + id + " failed: " + e.getMessage(), e);
        }
    }

    /** A number that changes whenever events are loaded, replaced or removed (imports logged, rows counted). */
    static long generation(Connection connection) {
        try (PreparedStatement p = connection.prepareStatement(
                "SELECT (SELECT coalesce(max(import_id), 0) FROM imports) * 1000003 + (SELECT count(*) FROM events)");
             ResultSet rs = p.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw new StoreException("reading the store's generation failed: " + e.getMessage(), e);
        }
    }
}

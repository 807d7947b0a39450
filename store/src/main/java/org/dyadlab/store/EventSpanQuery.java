package org.dyadlab.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.dyadlab.model.event.EventSpan;

/** Reads the words a coder matched for an event ({@code event_spans}, written by {@link EventLoad}). */
final class EventSpanQuery {
    private EventSpanQuery() {
    }

    /** The event's spans in document order; empty when its coder kept none (datasets, older text coding). */
    static List<EventSpan> of(Connection connection, String eventId) {
        List<EventSpan> out = new ArrayList<>();
        try (PreparedStatement p = connection.prepareStatement("SELECT DISTINCT role, span_start, span_end "
                + "FROM event_spans WHERE event_id = ? ORDER BY span_start, span_end, role")) {
            p.setString(1, eventId);
            try (ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    out.add(new EventSpan(rs.getString(1), rs.getInt(2), rs.getInt(3)));
                }
            }
        } catch (SQLException e) {
            throw new StoreException("reading the spans of event " + eventId + " failed: " + e.getMessage(), e);
        }
        return out;
    }
}

package org.dyadlab.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/** The SQL behind {@link EventStore#dateLayout} and {@link EventStore#orderByDate}. */
final class DateOrderQuery {
    private DateOrderQuery() {
    }

    static DateLayout layout(Connection connection) {
        String sql = "SELECT count(*), coalesce(sum(n), 0), coalesce(avg(span), 0), "
                + "coalesce(datediff('day', min(first), max(last)), 0) FROM ("
                + "SELECT count(*) AS n, min(event_date) AS first, max(event_date) AS last, "
                + "datediff('day', min(event_date), max(event_date)) AS span FROM events "
                + "GROUP BY rowid // " + DateLayout.ROW_GROUP_ROWS + ")";
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return new DateLayout(rs.getLong(2), rs.getLong(1), rs.getDouble(3), rs.getLong(4));
        } catch (SQLException e) {
            throw new StoreException("reading how the events lie on disk failed: " + e.getMessage(), e);
        }
    }

    /**
     * Rewrites the events in date order (then id, then import), in one transaction: a reader sees the old or the new
     * order, never a part; the rows and every column stay as they were. The space the old rows held is reused by
     * later writes (DuckDB frees it at the checkpoint that follows).
     */
    static void orderByDate(Connection connection) {
        try {
            boolean auto = connection.getAutoCommit();
            connection.setAutoCommit(false);
            try (Statement s = connection.createStatement()) {
                s.execute("CREATE TEMP TABLE events_by_date AS SELECT * FROM events "
                        + "ORDER BY event_date, event_id, import_id");
                s.execute("DELETE FROM events");
                s.execute("INSERT INTO events SELECT * FROM events_by_date");
                s.execute("DROP TABLE events_by_date");
                connection.commit();
            } catch (SQLException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(auto);
            }
            try (Statement s = connection.createStatement()) {
                s.execute("CHECKPOINT");
            }
        } catch (SQLException e) {
            throw new StoreException("re-ordering the events by date failed: " + e.getMessage(), e);
        }
    }
}

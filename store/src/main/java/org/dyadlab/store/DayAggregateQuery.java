package org.dyadlab.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** The SQL behind {@link EventStore#dailyAggregates}: one scan of the events, grouped by day. */
final class DayAggregateQuery {
    private DayAggregateQuery() {
    }

    static List<DayAggregate> run(Connection connection, AggregateQuery q) {
        AggregateQuery.SqlText sql = sql(q, "events");
        List<Object> params = sql.params();
        List<DayAggregate> out = new ArrayList<>();
        try (PreparedStatement p = connection.prepareStatement(sql.text())) {
            EventStore.bind(p, params);
            try (ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    out.add(new DayAggregate(rs.getObject(1, LocalDate.class), rs.getLong(2), rs.getDouble(3),
                            rs.getLong(4), rs.getLong(5), rs.getLong(6), rs.getLong(7), rs.getDouble(8), rs.getDouble(9),
                            rs.getLong(10), rs.getLong(11)));
                }
            }
        } catch (SQLException e) {
            throw new StoreException("aggregating " + q.dyad() + " failed: " + e.getMessage(), e);
        }
        return out;
    }

    /**
     * The day-sums query over {@code table} (the canonical event columns) with its positional parameters. Public
     * through {@link AggregateQuery#daySumsSql}: the Spark jobs run the very same SQL over Parquet, so the
     * series cannot differ in meaning between the embedded and the distributed path.
     */
    static AggregateQuery.SqlText sql(AggregateQuery q, String table) {
        List<Object> params = new ArrayList<>();
        String a = q.dyad().first();
        String b = q.dyad().second();
        String inDyad;
        if (q.directed()) {
            inDyad = "(source_country = ? AND target_country = ?)";
            params.add(a);
            params.add(b);
        } else {
            inDyad = "((source_country = ? AND target_country = ?) OR (source_country = ? AND target_country = ?))";
            params.add(a);
            params.add(b);
            params.add(b);
            params.add(a);
        }
        String inActors = "(source_country IN (?, ?) OR target_country IN (?, ?))";
        params.add(a);
        params.add(b);
        params.add(a);
        params.add(b);
        StringBuilder where = new StringBuilder("TRUE");
        if (q.from() != null) {
            where.append(" AND event_date >= ?");
            params.add(q.from());
        }
        if (q.to() != null) {
            where.append(" AND event_date <= ?");
            params.add(q.to());
        }
        if (!q.origins().isEmpty()) {
            where.append(" AND origin IN (").append(String.join(", ", q.origins().stream().map(o -> "?").toList()))
                    .append(')');
            params.addAll(q.origins().stream().sorted().toList());
        }
        String sql = "WITH e AS (SELECT event_date, goldstein, quad_class, coalesce(" + inDyad + ", false) AS d, "
                + "coalesce(" + inActors + ", false) AS x FROM " + table + " WHERE " + where + ") "
                + "SELECT event_date, count(*) FILTER (WHERE d), coalesce(sum(goldstein) FILTER (WHERE d), 0), "
                + "count(*) FILTER (WHERE d AND quad_class = 1), count(*) FILTER (WHERE d AND quad_class = 2), "
                + "count(*) FILTER (WHERE d AND quad_class = 3), count(*) FILTER (WHERE d AND quad_class = 4), "
                + "coalesce(sum(goldstein) FILTER (WHERE d AND quad_class <= 2), 0), "
                + "coalesce(sum(abs(goldstein)) FILTER (WHERE d AND quad_class >= 3), 0), "
                + "count(*) FILTER (WHERE x), count(*) "
                + "FROM e GROUP BY event_date ORDER BY event_date";
        return new AggregateQuery.SqlText(sql, params);
    }
}

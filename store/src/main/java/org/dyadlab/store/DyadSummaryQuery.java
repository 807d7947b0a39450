package org.dyadlab.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dyadlab.model.event.Dyad;

/** The SQL behind {@link EventStore#dyadSummary}. */
final class DyadSummaryQuery {
    private final Connection connection;

    DyadSummaryQuery(Connection connection) {
        this.connection = connection;
    }

    DyadSummary run(EventQuery query) {
        Dyad dyad = query.dyad().orElseThrow(() -> new IllegalArgumentException("a dyad summary needs a dyad"));
        EventQuery.Sql where = query.where();
        try {
            List<DyadSummary.Direction> directions = new ArrayList<>();
            directions.add(direction(dyad.first(), dyad.second(), query));
            if (!query.directed()) {
                directions.add(direction(dyad.second(), dyad.first(), query));
            }
            Map<String, Long> origins = new LinkedHashMap<>();
            try (PreparedStatement p = connection.prepareStatement("SELECT origin, count(*) FROM events WHERE "
                    + where.clause() + " GROUP BY origin ORDER BY origin")) {
                EventStore.bind(p, where.params());
                try (ResultSet rs = p.executeQuery()) {
                    while (rs.next()) {
                        origins.put(rs.getString(1), rs.getLong(2));
                    }
                }
            }
            return new DyadSummary(directions, origins, months(where));
        } catch (SQLException e) {
            throw new StoreException("summarising " + dyad + " failed: " + e.getMessage(), e);
        }
    }

    private DyadSummary.Direction direction(String source, String target, EventQuery query) throws SQLException {
        EventQuery.Sql where = new EventQuery(java.util.Optional.of(new Dyad(source, target)), true,
                query.from(), query.to()).where();
        long[] quads = new long[4];
        long n = 0;
        double sum = 0;
        try (PreparedStatement p = connection.prepareStatement("SELECT quad_class, count(*), sum(goldstein) FROM events "
                + "WHERE " + where.clause() + " GROUP BY quad_class")) {
            EventStore.bind(p, where.params());
            try (ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    quads[rs.getInt(1) - 1] = rs.getLong(2);
                    n += rs.getLong(2);
                    sum += rs.getDouble(3);
                }
            }
        }
        return new DyadSummary.Direction(source, target, n, n == 0 ? Double.NaN : sum / n, quads);
    }

    private List<DyadSummary.Month> months(EventQuery.Sql where) throws SQLException {
        Map<YearMonth, double[]> byMonth = new LinkedHashMap<>();
        try (PreparedStatement p = connection.prepareStatement("SELECT year(event_date), month(event_date), count(*), "
                + "avg(goldstein), avg(CASE WHEN quad_class >= 3 THEN 1.0 ELSE 0.0 END) FROM events WHERE "
                + where.clause() + " GROUP BY 1, 2 ORDER BY 1, 2")) {
            EventStore.bind(p, where.params());
            try (ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    byMonth.put(YearMonth.of(rs.getInt(1), rs.getInt(2)),
                            new double[] {rs.getLong(3), rs.getDouble(4), rs.getDouble(5)});
                }
            }
        }
        List<DyadSummary.Month> months = new ArrayList<>();
        if (byMonth.isEmpty()) {
            return months;
        }
        YearMonth first = byMonth.keySet().iterator().next();
        YearMonth last = first;
        for (YearMonth m : byMonth.keySet()) {
            last = m;
        }
        for (YearMonth m = first; !m.isAfter(last); m = m.plusMonths(1)) {
            double[] v = byMonth.get(m);
            months.add(v == null ? new DyadSummary.Month(m, 0, Double.NaN, Double.NaN)
                    : new DyadSummary.Month(m, (long) v[0], v[1], v[2]));
        }
        return months;
    }
}

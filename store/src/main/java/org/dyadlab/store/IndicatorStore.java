package org.dyadlab.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;
import org.dyadlab.model.indicator.IndicatorObservation;

/**
 * Indicator series in the store. Saving is atomic and idempotent: a value for an (indicator, subject, date)
 * already stored is replaced, so re-importing a file changes nothing and a corrected file corrects values.
 */
public final class IndicatorStore {
    private final Connection connection;

    IndicatorStore(Connection connection) {
        this.connection = connection;
    }

    /** What one save did: values new to the store, values replaced with a different value, values unchanged. */
    public record SaveResult(long added, long changed, long unchanged) {
    }

    public SaveResult save(List<IndicatorObservation> observations) {
        java.util.Set<String> keys = new java.util.HashSet<>();
        for (IndicatorObservation o : observations) {
            if (!keys.add(o.indicator() + "|" + o.subject() + "|" + o.date())) {
                throw new IllegalArgumentException("two values for " + o.indicator() + " " + o.subject() + " "
                        + o.date() + " in one save");
            }
        }
        try {
            connection.setAutoCommit(false);
            try (Statement s = connection.createStatement()) {
                s.execute("CREATE TEMP TABLE staging_indicators AS SELECT indicator, subject, obs_date, precision, value, "
                        + "unit, source FROM indicators WITH NO DATA");
            }
            try (DuckDBAppender a = connection.unwrap(DuckDBConnection.class)
                    .createAppender("temp", "main", "staging_indicators")) {
                for (IndicatorObservation o : observations) {
                    a.beginRow();
                    a.append(o.indicator());
                    a.append(o.subject());
                    a.append(o.date());
                    a.append(o.precision().key());
                    a.append(o.value());
                    a.append(o.unit());
                    a.append(o.source());
                    a.endRow();
                }
            }
            long added;
            long changed;
            long unchanged;
            String join = " FROM staging_indicators s LEFT JOIN indicators e ON e.indicator = s.indicator "
                    + "AND e.subject = s.subject AND e.obs_date = s.obs_date";
            String differs = "(e.value <> s.value OR e.unit <> s.unit OR e.precision <> s.precision OR e.source <> s.source)";
            try (Statement s = connection.createStatement()) {
                try (ResultSet rs = s.executeQuery("SELECT count(*) FILTER (WHERE e.indicator IS NULL), "
                        + "count(*) FILTER (WHERE e.indicator IS NOT NULL AND " + differs + "), "
                        + "count(*) FILTER (WHERE e.indicator IS NOT NULL AND NOT " + differs + ")" + join)) {
                    rs.next();
                    added = rs.getLong(1);
                    changed = rs.getLong(2);
                    unchanged = rs.getLong(3);
                }
                s.execute("DELETE FROM indicators WHERE EXISTS (SELECT 1 FROM staging_indicators s WHERE "
                        + "s.indicator = indicators.indicator AND s.subject = indicators.subject "
                        + "AND s.obs_date = indicators.obs_date AND (indicators.value <> s.value "
                        + "OR indicators.unit <> s.unit OR indicators.precision <> s.precision "
                        + "OR indicators.source <> s.source))");
                s.execute("INSERT INTO indicators (indicator, subject, obs_date, precision, value, unit, source) "
                        + "SELECT s.indicator, s.subject, s.obs_date, s.precision, s.value, s.unit, s.source" + join
                        + " WHERE e.indicator IS NULL OR " + differs);
                s.execute("DROP TABLE staging_indicators");
            }
            connection.commit();
            connection.setAutoCommit(true);
            return new SaveResult(added, changed, unchanged);
        } catch (SQLException e) {
            try {
                connection.rollback();
                connection.setAutoCommit(true);
            } catch (SQLException ignored) {
                // the original failure is what matters
            }
            throw new StoreException("saving indicators failed and was rolled back: " + e.getMessage(), e);
        }
    }

    /** The series of one indicator for one subject, in date order, within [from, to] when given. */
    public List<IndicatorObservation> series(String indicator, String subject, LocalDate from, LocalDate to) {
        List<IndicatorObservation> out = new ArrayList<>();
        try (PreparedStatement p = connection.prepareStatement("SELECT obs_date, precision, value, unit, source "
                + "FROM indicators WHERE indicator = ? AND subject = ? AND (? IS NULL OR obs_date >= ?) "
                + "AND (? IS NULL OR obs_date <= ?) ORDER BY obs_date")) {
            p.setString(1, indicator);
            p.setString(2, subject);
            p.setObject(3, from);
            p.setObject(4, from);
            p.setObject(5, to);
            p.setObject(6, to);
            try (ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    out.add(new IndicatorObservation(indicator, subject, rs.getObject(1, LocalDate.class),
                            IndicatorObservation.Precision.ofKey(rs.getString(2)), rs.getDouble(3), rs.getString(4),
                            rs.getString(5)));
                }
            }
        } catch (SQLException e) {
            throw new StoreException("reading indicator " + indicator + " failed: " + e.getMessage(), e);
        }
        return out;
    }

    /** Every (indicator, subject) pair stored, with its number of values and date range. */
    public List<Catalogue> catalogue() {
        List<Catalogue> out = new ArrayList<>();
        try (PreparedStatement p = connection.prepareStatement("SELECT indicator, subject, count(*), min(obs_date), "
                + "max(obs_date), any_value(unit), any_value(source) FROM indicators GROUP BY 1, 2 ORDER BY 1, 2");
             ResultSet rs = p.executeQuery()) {
            while (rs.next()) {
                out.add(new Catalogue(rs.getString(1), rs.getString(2), rs.getLong(3), rs.getObject(4, LocalDate.class),
                        rs.getObject(5, LocalDate.class), rs.getString(6), rs.getString(7)));
            }
        } catch (SQLException e) {
            throw new StoreException("listing indicators failed: " + e.getMessage(), e);
        }
        return out;
    }

    /** One stored series, summarised. */
    public record Catalogue(String indicator, String subject, long values, LocalDate first, LocalDate last, String unit,
                            String source) {
    }
}

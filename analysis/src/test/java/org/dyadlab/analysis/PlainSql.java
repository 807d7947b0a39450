package org.dyadlab.analysis;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * The second route of the real-data tests: plain SQL in an in-memory DuckDB (the test-scoped JDBC driver),
 * reading the data files with {@code read_csv}, sharing no code with the readers under test.
 */
public final class PlainSql {
    private PlainSql() {
    }

    /** The rows of a query, each as its column values. */
    public static List<Object[]> rows(String sql) {
        List<Object[]> out = new ArrayList<>();
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:");
             Statement s = c.createStatement();
             ResultSet rs = s.executeQuery(sql)) {
            int columns = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                Object[] row = new Object[columns];
                for (int i = 0; i < columns; i++) {
                    row[i] = rs.getObject(i + 1);
                }
                out.add(row);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("SQL failed: " + e.getMessage() + "\n" + sql, e);
        }
        return out;
    }

    /** A file path as an SQL string literal. */
    public static String literal(Path file) {
        return "'" + file.toAbsolutePath().toString().replace("'", "''") + "'";
    }
}

package org.dyadlab.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * Streams the rows of a Parquet file as text cells with their column names, through an in-memory DuckDB,
 * so importers can validate Parquet rows exactly as they validate CSV rows.
 */
public final class TableRows {
    private TableRows() {
    }

    /** Receives the header once, then each row (1-based row number, cells as text, null for SQL NULL). */
    public interface RowHandler {
        void header(List<String> columns);

        void row(long number, String[] cells);
    }

    public static void readParquet(Path file, RowHandler handler) {
        String path = file.toAbsolutePath().toString().replace("'", "''");
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:");
             Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT * FROM read_parquet('" + path + "')")) {
            ResultSetMetaData md = rs.getMetaData();
            int n = md.getColumnCount();
            List<String> names = new ArrayList<>(n);
            for (int i = 1; i <= n; i++) {
                names.add(md.getColumnName(i));
            }
            handler.header(names);
            long row = 0;
            while (rs.next()) {
                String[] cells = new String[n];
                for (int i = 0; i < n; i++) {
                    Object o = rs.getObject(i + 1);
                    cells[i] = o == null ? null : o.toString();
                }
                handler.row(++row, cells);
            }
        } catch (SQLException e) {
            throw new StoreException(file + ": not a readable Parquet file: " + e.getMessage(), e);
        }
    }
}

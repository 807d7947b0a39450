package org.dyadlab.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * A result table, one row per observation, printed as an aligned text table for people, or as CSV or a JSON
 * array of objects for R and pandas (ISO dates, empty cell / null for an undefined value, never "NaN").
 */
final class Rows {
    enum Format { table, csv, json }

    private final List<String> columns;
    private final List<Object[]> rows = new ArrayList<>();

    Rows(String... columns) {
        this.columns = List.of(columns);
    }

    Rows add(Object... values) {
        if (values.length != columns.size()) {
            throw new IllegalArgumentException(values.length + " values for " + columns.size() + " columns");
        }
        rows.add(values);
        return this;
    }

    int size() {
        return rows.size();
    }

    void print(PrintWriter out, Format format) {
        switch (format) {
            case csv -> csv(out);
            case json -> json(out);
            case table -> table(out);
        }
        out.flush();
    }

    private static boolean undefined(Object v) {
        return v == null || v instanceof Double d && !Double.isFinite(d);
    }

    private void csv(PrintWriter out) {
        try {
            CSVPrinter p = new CSVPrinter(out, CSVFormat.RFC4180.builder().setHeader(columns.toArray(new String[0])).get());
            for (Object[] r : rows) {
                List<Object> cells = new ArrayList<>();
                for (Object v : r) {
                    cells.add(undefined(v) ? "" : v instanceof Double d ? plain(d) : v);
                }
                p.printRecord(cells);
            }
            p.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void json(PrintWriter out) {
        try {
            JsonGenerator g = new JsonFactory().createGenerator(out);
            g.configure(JsonGenerator.Feature.AUTO_CLOSE_TARGET, false);
            g.useDefaultPrettyPrinter();
            g.writeStartArray();
            for (Object[] r : rows) {
                g.writeStartObject();
                for (int i = 0; i < r.length; i++) {
                    Object v = r[i];
                    g.writeFieldName(columns.get(i));
                    if (undefined(v)) {
                        g.writeNull();
                    } else if (v instanceof Double d) {
                        g.writeNumber(d);
                    } else if (v instanceof Number n) {
                        g.writeNumber(n.longValue());
                    } else if (v instanceof Boolean b) {
                        g.writeBoolean(b);
                    } else {
                        g.writeString(v.toString());
                    }
                }
                g.writeEndObject();
            }
            g.writeEndArray();
            g.flush();
            out.println();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void table(PrintWriter out) {
        List<String[]> text = new ArrayList<>();
        for (Object[] r : rows) {
            String[] t = new String[r.length];
            for (int i = 0; i < r.length; i++) {
                Object v = r[i];
                t[i] = undefined(v) ? "-" : v instanceof Double d ? human(d) : v.toString();
            }
            text.add(t);
        }
        int[] width = new int[columns.size()];
        for (int i = 0; i < width.length; i++) {
            width[i] = columns.get(i).length();
            for (String[] t : text) {
                width[i] = Math.max(width[i], t[i].length());
            }
        }
        out.println(line(columns.toArray(new String[0]), width));
        for (String[] t : text) {
            out.println(line(t, width));
        }
    }

    private static String line(String[] cells, int[] width) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < cells.length; i++) {
            if (i > 0) {
                sb.append("  ");
            }
            sb.append(String.format(Locale.ROOT, "%-" + width[i] + "s", cells[i]));
        }
        return sb.toString().stripTrailing();
    }

    /** Full precision for machines, without exponent noise for round values. */
    private static String plain(double d) {
        return d == Math.rint(d) && Math.abs(d) < 1e15 ? String.valueOf((long) d) : String.valueOf(d);
    }

    /** Four significant figures for people, grouped thousands for large values. */
    static String human(double d) {
        double a = Math.abs(d);
        if (d == Math.rint(d) && a < 1e6) {
            return String.format(Locale.ROOT, "%,d", (long) d);
        }
        if (a >= 1e6) {
            return String.format(Locale.ROOT, "%,.0f", d);
        }
        if (a >= 100) {
            return String.format(Locale.ROOT, "%,.1f", d);
        }
        return String.format(Locale.ROOT, "%.3f", d);
    }
}

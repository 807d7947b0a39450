package org.dyadlab.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Prints rows in one of the {@link OutputFormat}s. Cells are printed as text, never interpreted (document text
 * is untrusted); table cells lose their line breaks and are cut to a width.
 */
final class Tables {
    private Tables() {
    }

    static void print(PrintWriter out, OutputFormat format, List<String> header, List<List<Object>> rows) {
        switch (format) {
            case csv -> csv(out, header, rows);
            case json -> json(out, header, rows);
            case table -> table(out, header, rows);
        }
        out.flush();
    }

    private static void csv(PrintWriter out, List<String> header, List<List<Object>> rows) {
        try {
            CSVPrinter p = CSVFormat.RFC4180.builder().setHeader(header.toArray(String[]::new)).get().print(out);
            for (List<Object> r : rows) {
                p.printRecord(r);
            }
            p.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void json(PrintWriter out, List<String> header, List<List<Object>> rows) {
        List<Map<String, Object>> list = new ArrayList<>();
        for (List<Object> r : rows) {
            Map<String, Object> m = new LinkedHashMap<>();
            for (int i = 0; i < header.size(); i++) {
                Object v = r.get(i);
                m.put(header.get(i), v instanceof Double d && d.isNaN() ? null : v);
            }
            list.add(m);
        }
        try {
            out.println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(list));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void table(PrintWriter out, List<String> header, List<List<Object>> rows) {
        int[] width = new int[header.size()];
        List<List<String>> cells = new ArrayList<>();
        for (List<Object> r : rows) {
            List<String> c = new ArrayList<>();
            for (Object v : r) {
                c.add(cell(v));
            }
            cells.add(c);
        }
        for (int i = 0; i < header.size(); i++) {
            width[i] = header.get(i).length();
            for (List<String> c : cells) {
                width[i] = Math.max(width[i], c.get(i).length());
            }
        }
        out.println(line(header, width));
        for (List<String> c : cells) {
            out.println(line(c, width));
        }
    }

    private static String line(List<String> cells, int[] width) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                sb.append("  ");
            }
            String c = cells.get(i);
            sb.append(c);
            if (i < cells.size() - 1) {
                sb.append(" ".repeat(width[i] - c.length()));
            }
        }
        return sb.toString().stripTrailing();
    }

    static String cell(Object v) {
        if (v == null) {
            return "";
        }
        if (v instanceof Double d) {
            return d.isNaN() ? "n/a" : String.format(java.util.Locale.ROOT, "%.3f", d);
        }
        String s = v.toString().replaceAll("\\s+", " ").strip();
        return s.length() > 100 ? s.substring(0, 99) + "…" : s; // longer cells are shortened by their command first
    }
}

package org.dyadlab.corpus.matrix;

import java.util.List;

/**
 * A table of counts: one row per code, one column per period, source kind, side or code.
 *
 * @param title   what is counted, in words
 * @param rows    row labels (code ids)
 * @param columns column labels
 * @param counts  counts[row][column]
 */
public record CodeMatrix(String title, List<String> rows, List<String> columns, long[][] counts) {
    public CodeMatrix {
        rows = List.copyOf(rows);
        columns = List.copyOf(columns);
        if (counts.length != rows.size()) {
            throw new IllegalArgumentException("one row of counts per row label");
        }
        for (long[] r : counts) {
            if (r.length != columns.size()) {
                throw new IllegalArgumentException("one count per column label");
            }
        }
    }

    public long get(String row, String column) {
        return counts[rows.indexOf(row)][columns.indexOf(column)];
    }
}

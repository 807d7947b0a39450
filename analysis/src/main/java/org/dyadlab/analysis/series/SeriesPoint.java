package org.dyadlab.analysis.series;

import java.time.LocalDate;

/**
 * One interval of a series: [start, end) and its sums. An interval may be shorter than its width at the
 * edges of a query or a period (it is then cut, not dropped).
 */
public record SeriesPoint(LocalDate start, LocalDate end, Sums sums) {
    public double value(Metric m, Normalization n) {
        return m.value(sums, n);
    }
}

package org.dyadlab.report.chart;

import java.util.List;
import org.dyadlab.report.ReportData.EstimateRow;
import org.dyadlab.report.ReportData.IndicatorChart;
import org.dyadlab.report.ReportData.SeriesChart;
import org.dyadlab.report.ReportData.TimelineEntry;

/**
 * A chart of the report, as the section that shows it asks for it: the HTML page turns it into an ECharts option
 * (through JSON), the PDF and the page's no-script fallback into SVG. {@link #id()} is unique within a report.
 */
public sealed interface Chart {
    String id();

    String title();

    /** The chronology as dots by date, one row and one colour per factor. */
    record Timeline(String id, String title, List<TimelineEntry> entries, FactorPalette palette) implements Chart {
        public Timeline {
            entries = List.copyOf(entries);
        }
    }

    /** A time series with period bands, break lines and chronology markers. */
    record Series(String id, SeriesChart chart, FactorPalette palette) implements Chart {
        @Override
        public String title() {
            return chart.title();
        }
    }

    /** An indicator over labels, drawn as bars, a line or steps. */
    record Indicator(String id, IndicatorChart chart) implements Chart {
        @Override
        public String title() {
            return chart.title();
        }

        /** bar, line or step; anything else is drawn as a line. */
        public String kind() {
            String k = chart.kind() == null ? "" : chart.kind().strip().toLowerCase(java.util.Locale.ROOT);
            return k.equals("bar") || k.equals("step") ? k : "line";
        }
    }

    /** One metric's estimates per period, each a dot with its interval. */
    record Intervals(String id, String title, List<EstimateRow> rows) implements Chart {
        public Intervals {
            rows = List.copyOf(rows);
        }
    }
}

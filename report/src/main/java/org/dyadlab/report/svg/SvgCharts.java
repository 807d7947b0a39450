package org.dyadlab.report.svg;

import org.dyadlab.report.chart.Chart;

/**
 * Draws a chart as static SVG, for the PDF (where no script runs) and as the HTML page's fallback when JavaScript
 * is off. The output is a well-formed {@code <svg>} element in the SVG namespace, every label escaped.
 */
public final class SvgCharts {
    private SvgCharts() {
    }

    public static String svg(Chart chart) {
        if (chart instanceof Chart.Series s) {
            return SeriesSvg.svg(s);
        }
        if (chart instanceof Chart.Indicator i) {
            return IndicatorSvg.svg(i);
        }
        if (chart instanceof Chart.Timeline t) {
            return TimelineSvg.svg(t);
        }
        return IntervalSvg.svg((Chart.Intervals) chart);
    }

    /** The label of a break line: "break 2018-01 (87%)". */
    public static String breakLabel(org.dyadlab.report.ReportData.BreakLine b) {
        return SeriesSvg.breakLabel(b);
    }
}

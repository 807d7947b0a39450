package org.dyadlab.report.sections;

import org.dyadlab.report.chart.Chart;
import org.dyadlab.report.text.Markup;

/**
 * Where a chart goes in the page: the HTML page puts a container for ECharts (with the SVG as its no-script
 * fallback) and keeps the chart's data for the JSON block; the PDF puts the SVG itself. The section around it
 * writes the figure and its caption.
 */
@FunctionalInterface
public interface ChartSlot {
    void draw(Markup m, Chart chart);
}

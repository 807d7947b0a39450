package org.dyadlab.report.html;

import java.util.ArrayList;
import java.util.List;
import org.dyadlab.report.chart.Chart;
import org.dyadlab.report.sections.ChartSlot;
import org.dyadlab.report.svg.SvgCharts;
import org.dyadlab.report.text.Markup;

/**
 * Puts an empty, sized container for ECharts where a chart goes, the static SVG in a {@code <noscript>} beside it,
 * and keeps the chart's data for the page's JSON block.
 */
final class HtmlChartSlot implements ChartSlot {
    private final List<Object> specs = new ArrayList<>();

    @Override
    public void draw(Markup m, Chart chart) {
        m.open("div", "class", "chart", "id", chart.id(), "role", "img", "aria-label", chart.title(),
                "style", "height:" + height(chart) + "px").close("div").newline();
        m.open("noscript").trusted(SvgCharts.svg(chart)).close("noscript");
        specs.add(ChartSpecs.of(chart));
    }

    List<Object> specs() {
        return List.copyOf(specs);
    }

    private static int height(Chart chart) {
        if (chart instanceof Chart.Timeline t) {
            return 90 + 44 * Math.max(1, t.palette().factors().size());
        }
        if (chart instanceof Chart.Intervals i) {
            return 60 + 34 * Math.max(1, i.rows().size());
        }
        if (chart instanceof Chart.Series) {
            return 440;
        }
        return 340;
    }
}

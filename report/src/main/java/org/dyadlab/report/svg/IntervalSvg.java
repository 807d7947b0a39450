package org.dyadlab.report.svg;

import org.dyadlab.report.ReportData.EstimateRow;
import org.dyadlab.report.chart.Chart;
import org.dyadlab.report.text.Figures;
import org.dyadlab.report.text.Words;

/** One metric's estimates as SVG: a row per period, the estimate as a dot and its interval as a capped bar. */
final class IntervalSvg {
    private static final double WIDTH = 640;
    private static final double LEFT = 150;
    private static final double RIGHT = 70;
    private static final double TOP = 10;
    private static final double ROW = 26;
    private static final String COLOUR = "#1F3B73";

    private IntervalSvg() {
    }

    static String svg(Chart.Intervals spec) {
        double plotHeight = ROW * Math.max(1, spec.rows().size());
        SvgCanvas canvas = new SvgCanvas(WIDTH, TOP + plotHeight + 24, spec.title());
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (EstimateRow r : spec.rows()) {
            for (double v : new double[] {r.value(), r.low(), r.high()}) {
                if (Double.isFinite(v)) {
                    min = Math.min(min, v);
                    max = Math.max(max, v);
                }
            }
        }
        Scale x = Scale.nice(min, max, LEFT, WIDTH - RIGHT, 5);
        double bottom = TOP + plotHeight;
        double step = Scale.step(x.domainMin(), x.domainMax(), 5);
        for (double t : x.ticks(5)) {
            double px = x.map(t);
            canvas.line(px, TOP, px, bottom, t == 0 ? SvgCanvas.AXIS : SvgCanvas.GRID, t == 0 ? 0.8 : 0.6, null);
            canvas.text(px, bottom + 14, Figures.tick(t, step), "middle", 9.5, SvgCanvas.AXIS);
        }
        for (int i = 0; i < spec.rows().size(); i++) {
            EstimateRow r = spec.rows().get(i);
            double y = TOP + ROW * (i + 0.5);
            canvas.text(LEFT - 8, y + 3.5, Labels.fit(r.period(), 24), "end", 10, SvgCanvas.AXIS);
            if (Double.isFinite(r.low()) && Double.isFinite(r.high())) {
                double x0 = x.map(r.low());
                double x1 = x.map(r.high());
                canvas.line(x0, y, x1, y, COLOUR, 1.6, null);
                canvas.line(x0, y - 5, x0, y + 5, COLOUR, 1.2, null);
                canvas.line(x1, y - 5, x1, y + 5, COLOUR, 1.2, null);
            }
            if (Double.isFinite(r.value())) {
                canvas.circle(x.map(r.value()), y, 4, COLOUR, Words.of(r.period()) + ": " + Figures.number(r.value()) + " "
                        + Figures.interval(r.low(), r.high()));
            }
            canvas.text(WIDTH - RIGHT + 6, y + 3.5, Figures.number(r.value()), "start", 9.5, SvgCanvas.AXIS);
        }
        return canvas.finish();
    }
}

package org.dyadlab.report.svg;

import java.util.List;
import java.util.Optional;
import org.dyadlab.report.ReportData.TimelineEntry;
import org.dyadlab.report.chart.Chart;
import org.dyadlab.report.chart.FactorPalette.Factor;
import org.dyadlab.report.text.DateText;
import org.dyadlab.report.text.Words;

/** The chronology as SVG: one row per factor, a dot per event at its date in the factor's colour. */
final class TimelineSvg {
    private static final double WIDTH = 640;
    private static final double LEFT = 110;
    private static final double RIGHT = 14;
    private static final double TOP = 12;
    private static final double ROW = 30;

    private TimelineSvg() {
    }

    static String svg(Chart.Timeline spec) {
        List<Factor> factors = spec.palette().factors();
        double plotHeight = ROW * Math.max(1, factors.size());
        SvgCanvas canvas = new SvgCanvas(WIDTH, TOP + plotHeight + 26, spec.title());
        Optional<TimeAxis> axis = TimeAxis.over(spec.entries().stream().map(TimelineEntry::date), LEFT + 6,
                WIDTH - RIGHT - 6);
        if (axis.isEmpty()) {
            canvas.text(WIDTH / 2, TOP + plotHeight / 2, "No events", "middle", 12, SvgCanvas.MUTED);
            return canvas.finish();
        }
        TimeAxis x = axis.get();
        for (int i = 0; i < factors.size(); i++) {
            double y = TOP + ROW * (i + 0.5);
            canvas.line(LEFT, y, WIDTH - RIGHT, y, SvgCanvas.GRID, 0.6, null);
            canvas.text(LEFT - 6, y + 3.5, Labels.fit(factors.get(i).name(), 18), "end", 10, SvgCanvas.AXIS);
        }
        Axes.timeTicks(canvas, x, TOP + plotHeight);
        for (TimelineEntry e : spec.entries()) {
            if (e.date() == null) {
                continue;
            }
            Factor f = spec.palette().factor(e.factorId());
            int row = Math.max(0, factors.indexOf(f));
            double r = 3 + Math.min(4, Double.isFinite(e.goldstein()) ? Math.abs(e.goldstein()) / 2.5 : 0);
            canvas.circle(x.x(e.date()), TOP + ROW * (row + 0.5), r, f.colour(),
                    DateText.of(e.date(), e.precision()) + " " + Words.of(e.description()));
        }
        return canvas.finish();
    }
}

package org.dyadlab.report.svg;

import java.util.List;
import org.dyadlab.report.text.Figures;

/** Grid lines, tick labels and line runs shared by the SVG charts. */
final class Axes {
    private Axes() {
    }

    /** Horizontal grid lines with their value labels at the left, and a darker line at zero. */
    static void valueGrid(SvgCanvas canvas, Scale y, double left, double right, int ticks) {
        double step = Scale.step(y.domainMin(), y.domainMax(), ticks);
        for (double t : y.ticks(ticks)) {
            double py = y.map(t);
            canvas.line(left, py, right, py, t == 0 ? SvgCanvas.AXIS : SvgCanvas.GRID, t == 0 ? 0.8 : 0.6, null);
            canvas.text(left - 4, py + 3.5, Figures.tick(t, step), "end", 9.5, SvgCanvas.AXIS);
        }
    }

    /** Ticks and labels of a time axis along y = {@code bottom}. */
    static void timeTicks(SvgCanvas canvas, TimeAxis x, double bottom) {
        canvas.line(x.x(x.start()), bottom, x.x(x.end()), bottom, SvgCanvas.AXIS, 0.8, null);
        for (TimeAxis.Tick t : x.ticks()) {
            double px = x.x(t.date());
            canvas.line(px, bottom, px, bottom + 4, SvgCanvas.AXIS, 0.8, null);
            canvas.text(px, bottom + 14, t.label(), "middle", 9.5, SvgCanvas.AXIS);
        }
    }

    /** A run of points as a line, or a dot when it has only one point. */
    static void drawRun(SvgCanvas canvas, List<double[]> run, String colour) {
        if (run.size() == 1) {
            canvas.circle(run.get(0)[0], run.get(0)[1], 2, colour, null);
        } else {
            canvas.polyline(run, colour, 1.6);
        }
    }
}

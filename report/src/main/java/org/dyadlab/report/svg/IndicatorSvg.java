package org.dyadlab.report.svg;

import java.util.ArrayList;
import java.util.List;
import org.dyadlab.report.ReportData.IndicatorChart;
import org.dyadlab.report.ReportData.NamedValues;
import org.dyadlab.report.chart.Chart;
import org.dyadlab.report.chart.SeriesPalette;
import org.dyadlab.report.text.Figures;
import org.dyadlab.report.text.Words;

/**
 * An indicator over its labels as SVG: grouped bars, lines with dots, or steps (a value holds until the next label).
 * A missing value leaves a gap.
 */
final class IndicatorSvg {
    private static final double WIDTH = 640;
    private static final double LEFT = 60;
    private static final double RIGHT = 14;
    private static final double TOP = 14;
    private static final double PLOT_HEIGHT = 190;

    private IndicatorSvg() {
    }

    static String svg(Chart.Indicator spec) {
        IndicatorChart c = spec.chart();
        List<String[]> legend = new ArrayList<>();
        for (int i = 0; i < c.series().size(); i++) {
            legend.add(new String[] {c.series().get(i).name(), SeriesPalette.colour(i)});
        }
        double height = TOP + PLOT_HEIGHT + 34 + SvgCanvas.legendHeight(LEFT, WIDTH, legend);
        SvgCanvas canvas = new SvgCanvas(WIDTH, height, c.title());
        int n = c.labels().size();
        if (n == 0) {
            canvas.text(WIDTH / 2, TOP + PLOT_HEIGHT / 2, "No data", "middle", 12, SvgCanvas.MUTED);
            return canvas.finish();
        }
        double[] range = range(c);
        Scale y = Scale.nice(range[0], range[1], TOP + PLOT_HEIGHT, TOP, 5);
        double band = (WIDTH - LEFT - RIGHT) / n;
        Axes.valueGrid(canvas, y, LEFT, WIDTH - RIGHT, 5);
        canvas.verticalText(12, TOP + PLOT_HEIGHT / 2, c.unit(), 10, SvgCanvas.MUTED);
        labels(canvas, c.labels(), band);
        for (int s = 0; s < c.series().size(); s++) {
            NamedValues series = c.series().get(s);
            String colour = SeriesPalette.colour(s);
            switch (spec.kind()) {
                case "bar" -> bars(canvas, series, y, band, s, c.series().size(), colour);
                case "step" -> steps(canvas, series, y, band, colour);
                default -> line(canvas, series, y, band, colour);
            }
        }
        canvas.legend(LEFT, TOP + PLOT_HEIGHT + 32, legend);
        return canvas.finish();
    }

    private static double[] range(IndicatorChart c) {
        double min = 0;
        double max = 0;
        for (NamedValues s : c.series()) {
            for (Double v : s.values()) {
                if (v != null && Double.isFinite(v)) {
                    min = Math.min(min, v);
                    max = Math.max(max, v);
                }
            }
        }
        return new double[] {min, max};
    }

    private static void labels(SvgCanvas canvas, List<String> labels, double band) {
        double bottom = TOP + PLOT_HEIGHT;
        int every = (int) Math.ceil(labels.size() / Math.max(1.0, (WIDTH - LEFT - RIGHT) / 48.0));
        for (int i = 0; i < labels.size(); i += Math.max(1, every)) {
            canvas.text(LEFT + band * (i + 0.5), bottom + 13, Labels.fit(labels.get(i), 9), "middle", 9.5,
                    SvgCanvas.AXIS);
        }
    }

    private static double value(NamedValues s, int i) {
        Double v = i < s.values().size() ? s.values().get(i) : null;
        return v == null ? Double.NaN : v;
    }

    private static void bars(SvgCanvas canvas, NamedValues s, Scale y, double band, int index, int count,
                             String colour) {
        double inner = band * 0.8 / count;
        double zero = y.map(Math.max(y.domainMin(), Math.min(0, y.domainMax())));
        for (int i = 0; i < s.values().size(); i++) {
            double v = value(s, i);
            if (Double.isFinite(v)) {
                double x = LEFT + band * i + band * 0.1 + inner * index;
                double py = y.map(v);
                canvas.rect(x, Math.min(py, zero), Math.max(inner - 1, 1), Math.abs(zero - py), colour, 0.9);
            }
        }
    }

    private static void line(SvgCanvas canvas, NamedValues s, Scale y, double band, String colour) {
        List<double[]> run = new ArrayList<>();
        for (int i = 0; i < s.values().size(); i++) {
            double v = value(s, i);
            if (!Double.isFinite(v)) {
                Axes.drawRun(canvas, run, colour);
                run = new ArrayList<>();
                continue;
            }
            double x = LEFT + band * (i + 0.5);
            run.add(new double[] {x, y.map(v)});
            canvas.circle(x, y.map(v), 2.2, colour, Words.of(s.name()) + ": " + Figures.number(v));
        }
        Axes.drawRun(canvas, run, colour);
    }

    /** Steps: each value from its label's start to the next label's start. */
    private static void steps(SvgCanvas canvas, NamedValues s, Scale y, double band, String colour) {
        List<double[]> run = new ArrayList<>();
        for (int i = 0; i < s.values().size(); i++) {
            double v = value(s, i);
            if (!Double.isFinite(v)) {
                Axes.drawRun(canvas, run, colour);
                run = new ArrayList<>();
                continue;
            }
            double py = y.map(v);
            run.add(new double[] {LEFT + band * i, py});
            run.add(new double[] {LEFT + band * (i + 1), py});
        }
        Axes.drawRun(canvas, run, colour);
    }
}

package org.dyadlab.report.svg;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.dyadlab.report.ReportData.Band;
import org.dyadlab.report.ReportData.BreakLine;
import org.dyadlab.report.ReportData.Line;
import org.dyadlab.report.ReportData.Marker;
import org.dyadlab.report.ReportData.Point;
import org.dyadlab.report.ReportData.SeriesChart;
import org.dyadlab.report.chart.Chart;
import org.dyadlab.report.chart.FactorPalette;
import org.dyadlab.report.chart.SeriesPalette;
import org.dyadlab.report.text.DateText;
import org.dyadlab.report.text.Figures;
import org.dyadlab.report.text.Words;

/**
 * A time series as SVG: shaded period bands with their names, the lines (broken where a value is missing), dashed
 * break lines labelled with their date and confidence, and the chronology markers as dots in a strip under the
 * axis, coloured by factor.
 */
final class SeriesSvg {
    private static final double WIDTH = 640;
    private static final double LEFT = 52;
    private static final double RIGHT = 14;
    private static final double TOP = 30;
    private static final double PLOT_HEIGHT = 220;
    private static final String BREAK = "#8B0000";
    private static final List<String> BAND_FILLS = List.of("#EEF2F7", "#F7F3EA");

    private SeriesSvg() {
    }

    static String svg(Chart.Series spec) {
        SeriesChart c = spec.chart();
        Optional<TimeAxis> axis = TimeAxis.over(dates(c), LEFT, WIDTH - RIGHT);
        List<String[]> legend = legend(c, spec.palette());
        double height = TOP + PLOT_HEIGHT + 48 + SvgCanvas.legendHeight(LEFT, WIDTH, legend);
        SvgCanvas canvas = new SvgCanvas(WIDTH, height, c.title());
        if (axis.isEmpty()) {
            canvas.text(WIDTH / 2, TOP + PLOT_HEIGHT / 2, "No data", "middle", 12, SvgCanvas.MUTED);
            return canvas.finish();
        }
        TimeAxis x = axis.get();
        double[] range = valueRange(c);
        Scale y = Scale.nice(range[0], range[1], TOP + PLOT_HEIGHT, TOP, 5);
        bands(canvas, x, c.bands());
        Axes.valueGrid(canvas, y, LEFT, WIDTH - RIGHT, 5);
        Axes.timeTicks(canvas, x, TOP + PLOT_HEIGHT);
        canvas.verticalText(13, TOP + PLOT_HEIGHT / 2, c.yLabel(), 10, SvgCanvas.MUTED);
        lines(canvas, x, y, c.series());
        breaks(canvas, x, c.breaks());
        markers(canvas, x, c.markers(), spec.palette(), TOP + PLOT_HEIGHT + 30);
        canvas.legend(LEFT, TOP + PLOT_HEIGHT + 56, legend);
        return canvas.finish();
    }

    private static Stream<LocalDate> dates(SeriesChart c) {
        return Stream.of(c.series().stream().flatMap(l -> l.points().stream().map(Point::date)),
                c.bands().stream().flatMap(b -> Stream.of(b.start(), b.end())),
                c.breaks().stream().map(BreakLine::date), c.markers().stream().map(Marker::date)).flatMap(s -> s);
    }

    private static double[] valueRange(SeriesChart c) {
        double min = 0;
        double max = 0;
        for (Line l : c.series()) {
            for (Point p : l.points()) {
                if (Double.isFinite(p.value())) {
                    min = Math.min(min, p.value());
                    max = Math.max(max, p.value());
                }
            }
        }
        return new double[] {min, max};
    }

    private static void bands(SvgCanvas canvas, TimeAxis x, List<Band> bands) {
        for (int i = 0; i < bands.size(); i++) {
            Band b = bands.get(i);
            if (b.start() == null) {
                continue;
            }
            double x0 = x.x(b.start());
            double x1 = b.end() == null ? x.x(x.end()) : x.x(b.end());
            canvas.rect(x0, TOP, x1 - x0, PLOT_HEIGHT, BAND_FILLS.get(i % BAND_FILLS.size()), 1);
            int room = (int) Math.max(3, (x1 - x0) / 5.6);
            canvas.text(x0 + 3, TOP - 4 - (i % 2) * 11, Labels.fit(b.name(), room), "start", 9, SvgCanvas.MUTED);
        }
    }

    private static void lines(SvgCanvas canvas, TimeAxis x, Scale y, List<Line> lines) {
        for (int i = 0; i < lines.size(); i++) {
            List<double[]> run = new ArrayList<>();
            String colour = SeriesPalette.colour(i);
            for (Point p : lines.get(i).points()) {
                if (p.date() == null || !Double.isFinite(p.value())) {
                    Axes.drawRun(canvas, run, colour);
                    run = new ArrayList<>();
                } else {
                    run.add(new double[] {x.x(p.date()), y.map(p.value())});
                }
            }
            Axes.drawRun(canvas, run, colour);
        }
    }

    private static void breaks(SvgCanvas canvas, TimeAxis x, List<BreakLine> breaks) {
        for (BreakLine b : breaks) {
            if (b.date() == null) {
                continue;
            }
            double bx = x.x(b.date());
            canvas.line(bx, TOP, bx, TOP + PLOT_HEIGHT, BREAK, 1.2, "4 3");
            canvas.text(bx + 3, TOP + 10, breakLabel(b), "start", 9, BREAK);
        }
    }

    /** "break 2018-01 (87%)": the label of a break line, in both the SVG and the HTML chart. */
    static String breakLabel(BreakLine b) {
        String date = DateText.of(b.date(), "month");
        return Double.isNaN(b.confidence()) ? "break " + date : "break " + date + " (" + Figures.percent(b.confidence()) + ")";
    }

    private static void markers(SvgCanvas canvas, TimeAxis x, List<Marker> markers, FactorPalette palette, double y) {
        if (markers.isEmpty()) {
            return;
        }
        canvas.text(LEFT - 4, y + 3, "events", "end", 9, SvgCanvas.MUTED);
        for (Marker m : markers) {
            if (m.date() != null) {
                canvas.circle(x.x(m.date()), y, 3.5, palette.factor(m.factorId()).colour(),
                        DateText.of(m.date()) + " " + Words.of(m.label()));
            }
        }
    }

    private static List<String[]> legend(SeriesChart c, FactorPalette palette) {
        List<String[]> out = new ArrayList<>();
        for (int i = 0; i < c.series().size(); i++) {
            out.add(new String[] {c.series().get(i).name(), SeriesPalette.colour(i)});
        }
        c.markers().stream().map(m -> palette.factor(m.factorId())).distinct()
                .forEach(f -> out.add(new String[] {"events: " + f.name(), f.colour()}));
        return out;
    }
}

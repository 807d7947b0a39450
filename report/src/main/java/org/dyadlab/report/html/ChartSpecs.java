package org.dyadlab.report.html;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.dyadlab.report.ReportData;
import org.dyadlab.report.ReportData.IndicatorChart;
import org.dyadlab.report.ReportData.SeriesChart;
import org.dyadlab.report.chart.Chart;
import org.dyadlab.report.chart.FactorPalette;
import org.dyadlab.report.chart.SeriesPalette;
import org.dyadlab.report.svg.SvgCharts;
import org.dyadlab.report.text.DateText;

/**
 * The data of each chart as the page's script reads it from the JSON block: plain records that Jackson writes,
 * dates as ISO strings, missing numbers (NaN, infinities) as {@code null}. Every string is data, never code: the
 * script puts them into ECharts options and escapes them in tooltips.
 */
final class ChartSpecs {
    private ChartSpecs() {
    }

    record FactorSpec(String id, String name, String colour) {
    }

    record EventSpec(String date, String shownDate, String factor, String actors, String code, String label,
                     Double goldstein, String theme, String description) {
    }

    record TimelineSpec(String id, String kind, String title, List<FactorSpec> factors, List<EventSpec> events) {
    }

    record PointSpec(String date, Double value, long n) {
    }

    record LineSpec(String name, String colour, List<PointSpec> points) {
    }

    record BandSpec(String name, String start, String end) {
    }

    record BreakSpec(String date, Double meanBefore, Double meanAfter, Double confidence, String label) {
    }

    record MarkerSpec(String date, String label, String factor) {
    }

    record SeriesSpec(String id, String kind, String title, String yLabel, String start, String end,
                      List<LineSpec> lines, List<BandSpec> bands, List<BreakSpec> breaks, List<MarkerSpec> markers,
                      List<FactorSpec> factors) {
    }

    record ValuesSpec(String name, String colour, List<Double> values) {
    }

    record IndicatorSpec(String id, String kind, String title, String unit, String type, List<String> labels,
                         List<ValuesSpec> series, String source) {
    }

    record EstimateSpec(String period, Double value, Double low, Double high, int units, String method) {
    }

    record IntervalSpec(String id, String kind, String title, List<EstimateSpec> rows) {
    }

    /** The JSON block: every chart of the page, in page order. */
    record PageCharts(List<Object> charts) {
    }

    static Object of(Chart chart) {
        if (chart instanceof Chart.Timeline t) {
            return timeline(t);
        }
        if (chart instanceof Chart.Series s) {
            return series(s);
        }
        if (chart instanceof Chart.Indicator i) {
            return indicator(i);
        }
        return intervals((Chart.Intervals) chart);
    }

    /** A finite number, or null. */
    static Double value(double v) {
        return Double.isFinite(v) ? v : null;
    }

    private static String date(LocalDate d) {
        return d == null ? null : d.toString();
    }

    private static List<FactorSpec> factors(FactorPalette palette) {
        return palette.factors().stream().map(f -> new FactorSpec(f.id(), f.name(), f.colour())).toList();
    }

    private static TimelineSpec timeline(Chart.Timeline t) {
        List<EventSpec> events = t.entries().stream().filter(e -> e.date() != null)
                .map(e -> new EventSpec(date(e.date()), DateText.of(e.date(), e.precision()),
                        t.palette().factor(e.factorId()).id(), e.actors(), e.cameoCode(), e.cameoLabel(),
                        value(e.goldstein()), e.themeLabel(), e.description()))
                .toList();
        return new TimelineSpec(t.id(), "timeline", t.title(), factors(t.palette()), events);
    }

    private static SeriesSpec series(Chart.Series spec) {
        SeriesChart c = spec.chart();
        List<LocalDate> dates = Stream.of(
                        c.series().stream().flatMap(l -> l.points().stream().map(ReportData.Point::date)),
                        c.bands().stream().flatMap(b -> Stream.of(b.start(), b.end())),
                        c.breaks().stream().map(ReportData.BreakLine::date),
                        c.markers().stream().map(ReportData.Marker::date))
                .flatMap(s -> s).filter(Objects::nonNull).sorted().toList();
        String start = dates.isEmpty() ? null : date(dates.get(0));
        String end = dates.isEmpty() ? null : date(dates.get(dates.size() - 1));
        List<LineSpec> lines = new ArrayList<>();
        for (int i = 0; i < c.series().size(); i++) {
            ReportData.Line l = c.series().get(i);
            lines.add(new LineSpec(l.name(), SeriesPalette.colour(i), l.points().stream().filter(p -> p.date() != null)
                    .map(p -> new PointSpec(date(p.date()), value(p.value()), p.n())).toList()));
        }
        List<BandSpec> bands = c.bands().stream().filter(b -> b.start() != null)
                .map(b -> new BandSpec(b.name(), date(b.start()), b.end() == null ? end : date(b.end()))).toList();
        List<BreakSpec> breaks = c.breaks().stream().filter(b -> b.date() != null)
                .map(b -> new BreakSpec(date(b.date()), value(b.meanBefore()), value(b.meanAfter()),
                        value(b.confidence()), SvgCharts.breakLabel(b)))
                .toList();
        List<MarkerSpec> markers = c.markers().stream().filter(m -> m.date() != null)
                .map(m -> new MarkerSpec(date(m.date()), m.label(), spec.palette().factor(m.factorId()).id()))
                .toList();
        return new SeriesSpec(spec.id(), "series", c.title(), c.yLabel(), start, end, lines, bands, breaks, markers,
                factors(spec.palette()));
    }

    private static IndicatorSpec indicator(Chart.Indicator spec) {
        IndicatorChart c = spec.chart();
        List<ValuesSpec> series = new ArrayList<>();
        for (int i = 0; i < c.series().size(); i++) {
            ReportData.NamedValues s = c.series().get(i);
            series.add(new ValuesSpec(s.name(), SeriesPalette.colour(i),
                    s.values().stream().map(v -> v == null ? null : value(v)).toList()));
        }
        return new IndicatorSpec(spec.id(), "indicator", c.title(), c.unit(), spec.kind(), c.labels(), series,
                c.source());
    }

    private static IntervalSpec intervals(Chart.Intervals spec) {
        return new IntervalSpec(spec.id(), "intervals", spec.title(), spec.rows().stream()
                .map(r -> new EstimateSpec(r.period(), value(r.value()), value(r.low()), value(r.high()), r.units(),
                        r.method()))
                .toList());
    }
}

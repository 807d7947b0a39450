package org.dyadlab.report.svg;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.dyadlab.report.ReportData;
import org.dyadlab.report.ReportData.BreakLine;
import org.dyadlab.report.ReportData.EstimateRow;
import org.dyadlab.report.ReportData.IndicatorChart;
import org.dyadlab.report.ReportData.Line;
import org.dyadlab.report.ReportData.NamedValues;
import org.dyadlab.report.ReportData.Point;
import org.dyadlab.report.ReportData.SeriesChart;
import org.dyadlab.report.ReportFixtures;
import org.dyadlab.report.XmlDocuments;
import org.dyadlab.report.chart.Chart;
import org.dyadlab.report.chart.FactorPalette;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

class SvgChartsTest {
    private static final String HOSTILE = "</text><script>alert(1)</script>\"><img src=x onerror=alert(1)>\u0000";
    private static final double NAN = Double.NaN;

    static Stream<Arguments> charts() {
        ReportData rich = ReportFixtures.rich();
        FactorPalette palette = FactorPalette.of(rich);
        List<Arguments> out = new ArrayList<>();
        out.add(Arguments.of("timeline", new Chart.Timeline("t", HOSTILE, rich.chronology(), palette)));
        out.add(Arguments.of("timeline, no events", new Chart.Timeline("t", "none", List.of(), palette)));
        out.add(Arguments.of("series", new Chart.Series("s", rich.relationsIndex(), palette)));
        out.add(Arguments.of("series, empty", new Chart.Series("s", new SeriesChart(HOSTILE, HOSTILE, List.of(),
                List.of(), List.of(), List.of(), null), palette)));
        out.add(Arguments.of("series, all missing", new Chart.Series("s", new SeriesChart("t", "y",
                List.of(new Line(HOSTILE, List.of(new Point(LocalDate.of(2020, 1, 1), NAN, 0),
                        new Point(LocalDate.of(2020, 2, 1), NAN, 0)))),
                List.of(), List.of(new BreakLine(LocalDate.of(2020, 1, 15), NAN, NAN, NAN)), List.of(), ""), palette)));
        out.add(Arguments.of("series, one point", new Chart.Series("s", new SeriesChart("t", "y",
                List.of(new Line("one", List.of(new Point(LocalDate.of(2020, 1, 1), 3.0, 5)))), List.of(), List.of(),
                List.of(), ""), palette)));
        rich.factors().forEach(f -> f.indicators().forEach(i ->
                out.add(Arguments.of("indicator " + i.kind(), new Chart.Indicator("i", i)))));
        out.add(Arguments.of("indicator, no labels", new Chart.Indicator("i", new IndicatorChart(HOSTILE, HOSTILE,
                "bar", List.of(), List.of(), HOSTILE))));
        out.add(Arguments.of("indicator, short and negative", new Chart.Indicator("i", new IndicatorChart("t", "u",
                "weird-kind", List.of("a", "b", "c"), List.of(new NamedValues(HOSTILE, List.of(-3.0, NAN))), null))));
        out.add(Arguments.of("intervals", new Chart.Intervals("c", HOSTILE, rich.comparisons().get(0).estimates())));
        out.add(Arguments.of("intervals, all missing", new Chart.Intervals("c", "m",
                List.of(new EstimateRow("m", HOSTILE, NAN, NAN, NAN, 0, "none")))));
        return out.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("charts")
    void everyChartIsWellFormedSvgWithoutScriptOrHandlers(String name, Chart chart) {
        String svg = SvgCharts.svg(chart);
        Document doc = XmlDocuments.parse(svg);

        assertThat(doc.getDocumentElement().getTagName()).isEqualTo("svg");
        assertThat(doc.getDocumentElement().getAttribute("xmlns")).isEqualTo("http://www.w3.org/2000/svg");
        assertThat(XmlDocuments.select(doc, "//script | //img | //foreignObject")).isEmpty();
        assertThat(XmlDocuments.select(doc, "//@*[starts-with(name(), 'on')]")).isEmpty();
        assertThat(svg).doesNotContain("NaN", "Infinity");
    }

    @Test
    void hostileLabelsSurviveAsTextNotMarkup() {
        String svg = SvgCharts.svg(new Chart.Intervals("c", HOSTILE, List.of(
                new EstimateRow("m", "period " + HOSTILE, 1, 0, 2, 3, "x"))));
        Document doc = XmlDocuments.parse(svg);

        Element title = XmlDocuments.select(doc, "/svg/title").get(0);
        assertThat(title.getTextContent()).isEqualTo(HOSTILE.replace("\u0000", "\uFFFD"));
        assertThat(doc.getDocumentElement().getAttribute("aria-label")).isEqualTo(title.getTextContent());
    }

    @Test
    void breakLabelsGiveTheMonthAndTheConfidence() {
        assertThat(SvgCharts.breakLabel(new BreakLine(LocalDate.of(2018, 1, 1), 1, -1, 0.874)))
                .isEqualTo("break 2018-01 (87%)");
        assertThat(SvgCharts.breakLabel(new BreakLine(LocalDate.of(2018, 1, 1), 1, -1, NAN)))
                .isEqualTo("break 2018-01");
    }

    @Test
    void missingValuesBreakTheLine() {
        List<Point> points = List.of(new Point(LocalDate.of(2020, 1, 1), 1, 1), new Point(LocalDate.of(2020, 2, 1), 2, 1),
                new Point(LocalDate.of(2020, 3, 1), NAN, 0), new Point(LocalDate.of(2020, 4, 1), 1, 1),
                new Point(LocalDate.of(2020, 5, 1), 3, 1));
        String svg = SvgCharts.svg(new Chart.Series("s", new SeriesChart("t", "y", List.of(new Line("l", points)),
                List.of(), List.of(), List.of(), ""), FactorPalette.of(ReportFixtures.rich())));

        assertThat(XmlDocuments.select(XmlDocuments.parse(svg), "//polyline")).hasSize(2);
    }
}

package org.dyadlab.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.StreamSupport;
import org.dyadlab.report.ReportData.EstimateRow;
import org.dyadlab.report.ReportData.IndicatorChart;
import org.dyadlab.report.ReportData.Line;
import org.dyadlab.report.ReportData.Point;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The JSON block of the page parses back to the report's numbers, with null where a number is missing. */
class ChartDataJsonTest {
    private static ReportData data;
    private static JsonNode charts;

    @BeforeAll
    static void render() throws Exception {
        data = ReportFixtures.rich();
        String json = HtmlPageParts.of(HtmlReportWriter.render(data)).json();
        charts = new ObjectMapper().readTree(json).get("charts");
    }

    private static JsonNode chart(String kind, int nth) {
        return StreamSupport.stream(charts.spliterator(), false).filter(c -> c.get("kind").asText().equals(kind))
                .skip(nth).findFirst().orElseThrow();
    }

    /** The number in the JSON as Java reads it, boxed so that NaN equals NaN: NaN for null. */
    private static Double number(JsonNode node) {
        return node == null || node.isNull() ? Double.NaN : node.asDouble();
    }

    @Test
    void theRelationsIndexLinesComeBackPointForPoint() {
        JsonNode series = chart("series", 0);
        List<Line> lines = data.relationsIndex().series();

        assertThat(series.get("lines")).hasSize(lines.size());
        for (int l = 0; l < lines.size(); l++) {
            JsonNode points = series.get("lines").get(l).get("points");
            assertThat(series.get("lines").get(l).get("name").asText()).isEqualTo(lines.get(l).name());
            for (int i = 0; i < lines.get(l).points().size(); i++) {
                Point p = lines.get(l).points().get(i);
                assertThat(points.get(i).get("date").asText()).isEqualTo(p.date().toString());
                assertThat(number(points.get(i).get("value"))).isEqualTo(Double.valueOf(p.value()));
                assertThat(points.get(i).get("n").asLong()).isEqualTo(p.n());
            }
        }
        assertThat(series.get("lines").get(0).get("points").get(7).get("value").isNull()).isTrue();
    }

    @Test
    void bandsBreaksAndMarkersComeBack() {
        JsonNode series = chart("series", 0);

        assertThat(series.get("start").asText()).isEqualTo("2016-01-01");
        assertThat(series.get("end").asText()).isEqualTo("2018-12-01");
        assertThat(series.get("bands").get(1).get("end").asText()).isEqualTo("2018-12-01");
        assertThat(series.get("breaks").get(0).get("confidence").asDouble()).isEqualTo(0.87);
        assertThat(series.get("breaks").get(0).get("label").asText()).isEqualTo("break 2018-01 (87%)");
        assertThat(series.get("breaks").get(1).get("confidence").isNull()).isTrue();
        assertThat(series.get("markers").get(0).get("label").asText()).isEqualTo(
                data.relationsIndex().markers().get(0).label());
        assertThat(series.get("markers").get(0).get("factor").asText()).isEqualTo("strategic");
    }

    @Test
    void indicatorValuesComeBackInOrder() {
        List<IndicatorChart> indicators = new ArrayList<>();
        data.factors().forEach(f -> indicators.addAll(f.indicators()));

        for (int c = 0; c < indicators.size(); c++) {
            IndicatorChart expected = indicators.get(c);
            JsonNode actual = chart("indicator", c);
            assertThat(actual.get("type").asText()).isEqualTo(expected.kind());
            for (int s = 0; s < expected.series().size(); s++) {
                List<Double> values = expected.series().get(s).values();
                JsonNode json = actual.get("series").get(s).get("values");
                assertThat(json).hasSize(values.size());
                for (int i = 0; i < values.size(); i++) {
                    assertThat(number(json.get(i))).isEqualTo(values.get(i));
                }
            }
        }
    }

    @Test
    void estimatesComeBackPerMetric() {
        List<EstimateRow> rows = data.comparisons().get(0).estimates();
        JsonNode first = chart("intervals", 0);
        JsonNode second = chart("intervals", 1);

        assertThat(first.get("title").asText()).isEqualTo("net cooperation");
        assertThat(first.get("rows")).hasSize(3);
        assertThat(second.get("rows")).hasSize(2);
        for (int i = 0; i < 3; i++) {
            JsonNode r = first.get("rows").get(i);
            assertThat(number(r.get("value"))).isEqualTo(Double.valueOf(rows.get(i).value()));
            assertThat(number(r.get("low"))).isEqualTo(Double.valueOf(rows.get(i).low()));
            assertThat(number(r.get("high"))).isEqualTo(Double.valueOf(rows.get(i).high()));
            assertThat(r.get("units").asInt()).isEqualTo(rows.get(i).units());
        }
        assertThat(second.get("rows").get(1).get("value").asDouble()).isEqualTo(1234567.891);
    }

    @Test
    void theTimelineKeepsEveryEventWithItsUntrustedTextAsData() {
        JsonNode timeline = chart("timeline", 0);

        assertThat(timeline.get("events")).hasSize(data.chronology().size());
        assertThat(timeline.get("events").get(1).get("description").asText())
                .isEqualTo(data.chronology().get(1).description());
        assertThat(timeline.get("events").get(3).get("goldstein").isNull()).isTrue();
        assertThat(timeline.get("events").get(2).get("shownDate").asText()).isEqualTo("2018-01");
        assertThat(timeline.get("factors")).extracting(f -> f.get("id").asText())
                .containsExactly("political", "strategic", "economic");
    }
}

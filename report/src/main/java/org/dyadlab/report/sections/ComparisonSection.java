package org.dyadlab.report.sections;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ArrayList;
import org.dyadlab.report.ReportData.ComparisonTable;
import org.dyadlab.report.ReportData.DifferenceRow;
import org.dyadlab.report.ReportData.EstimateRow;
import org.dyadlab.report.chart.Chart;
import org.dyadlab.report.text.Figures;
import org.dyadlab.report.text.Markup;
import org.dyadlab.report.text.Words;

/** Each comparison of periods: its basis, the estimates (table and a dot-and-interval chart per metric), the differences. */
final class ComparisonSection {
    private ComparisonSection() {
    }

    static void write(Markup m, SectionContext c) {
        ReportBody.sectionStart(m, SectionTitles.COMPARISONS.id(), SectionTitles.COMPARISONS.title());
        if (c.data().comparisons().isEmpty()) {
            m.element("p", "No comparison of periods in this report.", "class", "empty");
        }
        for (ComparisonTable t : c.data().comparisons()) {
            m.open("div", "class", "comparison").element("h3", t.title());
            m.element("p", t.basis(), "class", "basis");
            estimates(m, t.estimates());
            Map<String, List<EstimateRow>> byMetric = new LinkedHashMap<>();
            t.estimates().forEach(r -> byMetric.computeIfAbsent(r.metric(), k -> new ArrayList<>()).add(r));
            byMetric.forEach((metric, rows) -> c.figure(m,
                    new Chart.Intervals(c.anchors().unique("chart", Words.of(t.title()) + "-" + Words.of(metric)), metric, rows),
                    "estimate and interval per period"));
            differences(m, t.differences());
            m.close("div").newline();
        }
        m.close("section").newline();
    }

    private static void estimates(Markup m, List<EstimateRow> rows) {
        Tables.open(m, "data", "Estimates", "Metric", "Period", "Value", "Interval", "Units", "Interval method");
        for (EstimateRow r : rows) {
            m.open("tr");
            Tables.cell(m, r.metric());
            Tables.cell(m, r.period());
            Tables.number(m, Figures.number(r.value()));
            Tables.number(m, Figures.interval(r.low(), r.high()));
            Tables.number(m, Figures.count(r.units()));
            Tables.cell(m, r.method());
            m.close("tr").newline();
        }
        Tables.close(m);
    }

    private static void differences(Markup m, List<DifferenceRow> rows) {
        if (rows.isEmpty()) {
            return;
        }
        Tables.open(m, "data", "Differences", "Metric", "From", "To", "Difference", "Interval", "p", "Hedges\u2019 g");
        for (DifferenceRow r : rows) {
            m.open("tr");
            Tables.cell(m, r.metric());
            Tables.cell(m, r.from());
            Tables.cell(m, r.to());
            Tables.number(m, Figures.number(r.difference()));
            Tables.number(m, Figures.interval(r.low(), r.high()));
            Tables.number(m, Figures.pValue(r.pValue()));
            Tables.number(m, Figures.effect(r.hedgesG()));
            m.close("tr").newline();
        }
        Tables.close(m);
    }
}

package org.dyadlab.report.sections;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.dyadlab.report.ReportData.Band;
import org.dyadlab.report.ReportData.BreakLine;
import org.dyadlab.report.ReportData.Line;
import org.dyadlab.report.ReportData.Point;
import org.dyadlab.report.ReportData.SeriesChart;
import org.dyadlab.report.chart.Chart;
import org.dyadlab.report.text.DateText;
import org.dyadlab.report.text.Figures;
import org.dyadlab.report.text.Markup;
import org.dyadlab.report.text.Words;

/**
 * The relations index: the chart (series, period bands, breaks, markers) with its note as caption, then its numbers
 * in tables (periods, breaks, and the values of every line), so the page needs no script to be read.
 */
final class RelationsIndexSection {
    private RelationsIndexSection() {
    }

    static void write(Markup m, SectionContext c) {
        ReportBody.sectionStart(m, SectionTitles.RELATIONS_INDEX.id(), SectionTitles.RELATIONS_INDEX.title());
        SeriesChart s = c.data().relationsIndex();
        if (s == null) {
            m.element("p", "No relations index in this report.", "class", "empty");
            m.close("section").newline();
            return;
        }
        c.figure(m, new Chart.Series(c.anchors().unique("chart", "relations-index"), s, c.palette()), s.note());
        periods(m, s.bands());
        breaks(m, s.breaks());
        values(m, s.series(), s.yLabel());
        m.close("section").newline();
    }

    private static void periods(Markup m, List<Band> bands) {
        if (bands.isEmpty()) {
            return;
        }
        Tables.open(m, "data compact", "Periods", "Period", "From", "Until (exclusive)");
        for (Band b : bands) {
            m.open("tr");
            Tables.cell(m, b.name());
            Tables.cell(m, DateText.of(b.start()));
            Tables.cell(m, b.end() == null ? "end of the series" : DateText.of(b.end()));
            m.close("tr").newline();
        }
        Tables.close(m);
    }

    private static void breaks(Markup m, List<BreakLine> breaks) {
        if (breaks.isEmpty()) {
            m.element("p", "No change point was found.", "class", "empty");
            return;
        }
        Tables.open(m, "data compact", "Change points", "Date", "Mean before", "Mean after", "Confidence");
        for (BreakLine b : breaks) {
            m.open("tr");
            Tables.cell(m, DateText.of(b.date()));
            Tables.number(m, Figures.number(b.meanBefore()));
            Tables.number(m, Figures.number(b.meanAfter()));
            Tables.number(m, Figures.percent(b.confidence()));
            m.close("tr").newline();
        }
        Tables.close(m);
    }

    /** One row per date, a value and a count per line. */
    private static void values(Markup m, List<Line> lines, String yLabel) {
        if (lines.isEmpty()) {
            return;
        }
        Map<LocalDate, Point[]> rows = new TreeMap<>();
        for (int i = 0; i < lines.size(); i++) {
            for (Point p : lines.get(i).points()) {
                if (p.date() != null) {
                    rows.computeIfAbsent(p.date(), d -> new Point[lines.size()])[i] = p;
                }
            }
        }
        String[] headers = new String[1 + 2 * lines.size()];
        headers[0] = "Date";
        for (int i = 0; i < lines.size(); i++) {
            headers[1 + 2 * i] = lines.get(i).name();
            headers[2 + 2 * i] = "n";
        }
        m.open("details", "class", "values").element("summary", "Values of the series (" + rows.size() + " dates): "
                + Words.of(yLabel));
        Tables.open(m, "data compact", null, headers);
        rows.forEach((date, points) -> {
            m.open("tr");
            Tables.cell(m, DateText.of(date));
            for (Point p : points) {
                Tables.number(m, p == null ? Figures.MISSING : Figures.number(p.value()));
                Tables.number(m, p == null ? Figures.MISSING : Figures.count(p.n()));
            }
            m.close("tr").newline();
        });
        Tables.close(m);
        m.close("details").newline();
    }
}

package org.dyadlab.report.sections;

import org.dyadlab.report.ReportData.FactorSection;
import org.dyadlab.report.ReportData.IndicatorChart;
import org.dyadlab.report.ReportData.NamedValues;
import org.dyadlab.report.ReportData.Quote;
import org.dyadlab.report.ReportData.Theme;
import org.dyadlab.report.chart.Chart;
import org.dyadlab.report.text.DateText;
import org.dyadlab.report.text.Figures;
import org.dyadlab.report.text.Markup;
import org.dyadlab.report.text.Words;

/** One factor: what it covers, its themes, its indicator charts (with their numbers), its events and its quotes. */
final class FactorChapter {
    private FactorChapter() {
    }

    static void write(Markup m, SectionContext c, FactorSection f, String id) {
        ReportBody.sectionStart(m, id, f.name());
        m.element("p", f.description(), "class", "lead");
        if (!f.themes().isEmpty()) {
            m.element("h3", "Themes").open("ul", "class", "themes");
            for (Theme t : f.themes()) {
                m.open("li").text(t.name()).text(" ").element("code", t.id()).close("li");
            }
            m.close("ul").newline();
        }
        m.element("h3", "Indicators");
        if (f.indicators().isEmpty()) {
            m.element("p", "No indicator for this factor.", "class", "empty");
        }
        for (IndicatorChart chart : f.indicators()) {
            indicator(m, c, chart, id);
        }
        m.element("h3", "Events");
        if (f.events().isEmpty()) {
            m.element("p", "No events of this factor in the chronology.", "class", "empty");
        } else {
            EventTable.write(m, c, null, f.events());
        }
        m.element("h3", "Coded passages");
        if (f.quotes().isEmpty()) {
            m.element("p", "No coded passages yet", "class", "empty");
        }
        for (Quote q : f.quotes()) {
            quote(m, c, q, f);
        }
        m.close("section").newline();
    }

    private static void indicator(Markup m, SectionContext c, IndicatorChart chart, String sectionId) {
        String note = join(chart.unit(), chart.source() == null || chart.source().isBlank() ? "" : "Source: " + chart.source());
        c.figure(m, new Chart.Indicator(c.anchors().unique("chart", sectionId + "-" + Words.of(chart.title())), chart), note);
        String[] headers = new String[1 + chart.series().size()];
        headers[0] = "";
        for (int i = 0; i < chart.series().size(); i++) {
            headers[i + 1] = chart.series().get(i).name();
        }
        m.open("details", "class", "values").element("summary", "Values: " + Words.of(chart.title()));
        Tables.open(m, "data compact", null, headers);
        for (int row = 0; row < chart.labels().size(); row++) {
            m.open("tr");
            Tables.cell(m, chart.labels().get(row));
            for (NamedValues s : chart.series()) {
                Double v = row < s.values().size() ? s.values().get(row) : null;
                Tables.number(m, v == null ? Figures.MISSING : Figures.number(v));
            }
            m.close("tr").newline();
        }
        Tables.close(m);
        m.close("details").newline();
    }

    private static void quote(Markup m, SectionContext c, Quote q, FactorSection f) {
        m.open("blockquote", "class", "quote").element("p", q.quote()).open("footer").text("\u2014 ");
        m.element("cite", q.document());
        if (q.date() != null) {
            m.text(", ").text(DateText.of(q.date()));
        }
        if (q.citation() != null && !q.citation().isBlank()) {
            m.text(". Source: ");
            if (c.citations().known(q.citation())) {
                c.citations().one(m, q.citation());
            } else {
                m.text(q.citation());
            }
        }
        m.text(". Theme: ").text(themeName(f, q.themeId())).text(". Coded by ").text(q.coder()).text(".");
        m.close("footer").close("blockquote").newline();
    }

    private static String themeName(FactorSection f, String themeId) {
        for (Theme t : f.themes()) {
            if (java.util.Objects.equals(t.id(), themeId) && t.name() != null) {
                return t.name();
            }
        }
        return themeId;
    }

    private static String join(String a, String b) {
        a = a == null ? "" : a.strip();
        b = b == null ? "" : b.strip();
        return a.isEmpty() ? b : b.isEmpty() ? a : a + ". " + b;
    }
}

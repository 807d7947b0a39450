package org.dyadlab.report.sections;

import org.dyadlab.report.ReportData;
import org.dyadlab.report.chart.Chart;
import org.dyadlab.report.chart.FactorPalette;
import org.dyadlab.report.text.Anchors;
import org.dyadlab.report.text.Markup;

/** What every section writer needs: the data, the factor colours, the citation links, unique ids, the chart slot. */
record SectionContext(ReportData data, FactorPalette palette, Citations citations, Anchors anchors, ChartSlot slot) {

    /** A figure: the chart (as the slot draws it) and a caption of its title and an optional note. */
    void figure(Markup m, Chart chart, String note) {
        m.open("figure", "class", "chart-figure").newline();
        slot.draw(m, chart);
        m.newline().open("figcaption").element("strong", chart.title());
        if (note != null && !note.isBlank()) {
            m.text(" \u2014 ").text(note);
        }
        m.close("figcaption").close("figure").newline();
    }
}

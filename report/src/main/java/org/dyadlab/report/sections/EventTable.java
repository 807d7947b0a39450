package org.dyadlab.report.sections;

import java.util.List;
import org.dyadlab.report.ReportData.TimelineEntry;
import org.dyadlab.report.text.DateText;
import org.dyadlab.report.text.Figures;
import org.dyadlab.report.text.Markup;

/** Chronology events as a table: date, actors, CAMEO code and label, Goldstein weight, theme, description, sources. */
final class EventTable {
    private EventTable() {
    }

    static void write(Markup m, SectionContext c, String caption, List<TimelineEntry> events) {
        Tables.open(m, "data events", caption, "Date", "Actors", "Event (CAMEO)", "Goldstein", "Factor", "Theme",
                "Description", "Sources");
        for (TimelineEntry e : events) {
            m.open("tr");
            m.element("td", DateText.of(e.date(), e.precision()), "class", "date");
            Tables.cell(m, e.actors());
            m.open("td").element("code", e.cameoCode()).text(" ").text(e.cameoLabel()).close("td");
            Tables.number(m, Figures.signed(e.goldstein()));
            m.open("td").element("span", c.palette().factor(e.factorId()).name(), "class", "factor-chip",
                    "style", "border-color:" + c.palette().factor(e.factorId()).colour()).close("td");
            Tables.cell(m, e.themeLabel());
            Tables.cell(m, e.description());
            m.open("td");
            c.citations().bracketed(m, e.citations());
            m.close("td").close("tr").newline();
        }
        Tables.close(m);
    }
}

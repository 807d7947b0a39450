package org.dyadlab.report.sections;

import org.dyadlab.report.chart.Chart;
import org.dyadlab.report.text.Figures;
import org.dyadlab.report.text.Markup;

/** The chronology: a timeline of the events coloured by factor, then every event in a table. */
final class ChronologySection {
    private ChronologySection() {
    }

    static void write(Markup m, SectionContext c) {
        ReportBody.sectionStart(m, SectionTitles.CHRONOLOGY.id(), SectionTitles.CHRONOLOGY.title());
        var events = c.data().chronology();
        if (events.isEmpty()) {
            m.element("p", "No events in the chronology.", "class", "empty");
        } else {
            String id = c.anchors().unique("chart", "timeline");
            c.figure(m, new Chart.Timeline(id, "Events by date and factor", events, c.palette()),
                    Figures.count(events.size()) + " events; dot size grows with the magnitude of the Goldstein weight.");
            EventTable.write(m, c, "The chronology", events);
        }
        m.close("section").newline();
    }
}

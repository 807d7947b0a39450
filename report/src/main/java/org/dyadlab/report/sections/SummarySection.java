package org.dyadlab.report.sections;

import org.dyadlab.report.ReportData.Finding;
import org.dyadlab.report.text.Markup;

/** The findings, each a heading, its statement and the sources it rests on. */
final class SummarySection {
    private SummarySection() {
    }

    static void write(Markup m, SectionContext c) {
        ReportBody.sectionStart(m, SectionTitles.SUMMARY.id(), SectionTitles.SUMMARY.title());
        if (c.data().summary().isEmpty()) {
            m.element("p", "No findings yet.", "class", "empty");
        }
        for (Finding f : c.data().summary()) {
            m.open("article", "class", "finding").element("h3", f.heading());
            m.open("p").text(f.text());
            if (!f.citations().isEmpty()) {
                m.text(" ");
                c.citations().bracketed(m, f.citations());
            }
            m.close("p").close("article").newline();
        }
        m.close("section").newline();
    }
}

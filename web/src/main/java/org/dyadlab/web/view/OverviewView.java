package org.dyadlab.web.view;

import org.dyadlab.report.text.Markup;
import org.dyadlab.web.data.CaseData.CoverageJson;
import org.dyadlab.web.data.CaseData.FindingJson;
import org.dyadlab.web.data.CaseData.OverviewJson;
import org.dyadlab.web.data.Json.PeriodJson;

/** The case overview: title, findings, periods, what the workspace holds, and where to go next. */
final class OverviewView {
    private OverviewView() {
    }

    static Markup render(OverviewJson o) {
        Markup m = new Markup();
        m.element("h1", o.title());
        if (!o.subtitle().isEmpty()) {
            m.element("p", o.subtitle(), "class", "subtitle");
        }
        m.open("p", "class", "lead").text("Dyad " + o.dyad() + " · workspace " + o.workspace() + " · codebook "
                + o.codebook()).close("p");
        m.open("section", "id", "findings").element("h2", "Findings");
        if (o.findings().isEmpty()) {
            m.element("p", "No case was opened with this workspace: the views below work on its events and documents.");
        } else {
            m.open("ol", "class", "findings");
            for (FindingJson f : o.findings()) {
                m.open("li").element("strong", f.heading()).text(": " + f.text());
                if (!f.citations().isEmpty()) {
                    m.element("span", " [" + String.join("; ", f.citations()) + "]", "class", "cite");
                }
                m.close("li");
            }
            m.close("ol");
        }
        m.close("section");
        m.open("section", "id", "periods").element("h2", "Periods (" + o.periodSet() + ")");
        m.open("table");
        Html.headers(m, "period", "from", "until (excluded)", "events");
        m.open("tbody");
        for (PeriodJson p : o.periods()) {
            m.open("tr").element("td", p.name()).element("td", p.start().toString())
                    .element("td", p.end() == null ? "(running)" : p.end().toString()).open("td");
            m.element("a", "events", "href", Urls.of("/events", "dyad", o.dyad(), "from", p.start().toString(), "to",
                    p.end() == null ? null : p.end().minusDays(1).toString()));
            m.close("td").close("tr");
        }
        m.close("tbody").close("table").close("section");
        m.open("section", "id", "coverage").element("h2", "What the workspace holds");
        m.open("table");
        Html.headers(m, "origin", "events", "first", "last");
        m.open("tbody");
        for (CoverageJson c : o.coverage()) {
            Html.cells(m, c.origin(), String.format(java.util.Locale.ROOT, "%,d", c.events()), c.first(), c.last());
        }
        m.close("tbody").close("table");
        m.element("p", o.documents() + " documents, " + o.passages() + " coded passages by "
                + (o.coders().isEmpty() ? "no coder yet" : String.join(", ", o.coders())) + ".");
        m.close("section");
        m.open("section", "id", "next").element("h2", "Explore");
        m.open("ul", "class", "next");
        m.open("li").element("a", "Relations index", "href", "/relations")
                .text(": the cooperation–conflict series; click a point for its events.").close("li");
        m.open("li").element("a", "Chronology", "href", "/chronology").text(": the case's key events and sources.")
                .close("li");
        m.open("li").element("a", "Search the documents", "href", "/search").text(", then code passages.").close("li");
        m.close("ul").close("section");
        return m;
    }
}

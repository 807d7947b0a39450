package org.dyadlab.web.view;

import java.util.List;
import org.dyadlab.model.corpus.Code;
import org.dyadlab.model.corpus.Codebook;
import org.dyadlab.report.text.Markup;
import org.dyadlab.web.data.ChronologyData;
import org.dyadlab.web.data.Json.ChronologyJson;

/** The case chronology as a filterable timeline: the form, the chart (dashboard.js), and the entries with sources. */
final class ChronologyView {
    private ChronologyView() {
    }

    static Markup render(ChronologyData.Filter f, List<ChronologyJson> entries, Codebook codebook, String caseName,
                         String query, java.util.function.UnaryOperator<String> eventIds) {
        Markup m = new Markup();
        m.element("h1", "Chronology" + (caseName == null ? "" : " of " + caseName));
        if (caseName == null) {
            m.element("p", "This workspace was opened without a case folder, so it has no chronology "
                    + "(start the dashboard with --case).");
            return m;
        }
        m.open("form", "method", "get", "action", "/chronology", "class", "filters", "hx-boost", "true");
        List<Code> factors = codebook.children(null);
        String[] fs = new String[2 + factors.size() * 2];
        fs[0] = "";
        fs[1] = "all";
        for (int i = 0; i < factors.size(); i++) {
            fs[2 + 2 * i] = factors.get(i).id();
            fs[3 + 2 * i] = factors.get(i).name();
        }
        Html.select(m, "factor", "Factor", f.factor() == null ? "" : f.factor(), fs);
        List<Code> themes = codebook.codes().stream().filter(c -> c.depth() == 1).toList();
        String[] ts = new String[2 + themes.size() * 2];
        ts[0] = "";
        ts[1] = "all";
        for (int i = 0; i < themes.size(); i++) {
            ts[2 + 2 * i] = themes.get(i).id();
            ts[3 + 2 * i] = themes.get(i).name();
        }
        Html.select(m, "theme", "Theme", f.theme() == null ? "" : f.theme(), ts);
        Html.input(m, "from", "From", "date", f.from() == null ? "" : f.from().toString());
        Html.input(m, "to", "To", "date", f.to() == null ? "" : f.to().toString());
        Html.input(m, "q", "Words", "search", f.text() == null ? "" : f.text(), "size", "20");
        m.element("button", "Filter", "type", "submit");
        m.close("form");
        m.open("div", "id", "results");
        m.element("p", entries.size() + " events", "class", "count");
        m.open("div", "id", "timeline-chart", "class", "chart timeline", "data-chart", "timeline", "data-api",
                "/api/chronology" + query, "role", "img", "aria-label", "timeline of the chronology").close("div");
        m.open("ol", "class", "chronology");
        for (ChronologyJson e : entries) {
            m.open("li", "class", "entry factor-" + e.factor(), "id", "entry-" + e.id());
            m.element("time", e.date().toString(), "datetime", e.date().toString());
            m.element("span", " " + e.source() + " → " + e.target() + " ", "class", "actors");
            m.element("span", e.code() + " " + Html.text(e.codeLabel()), "class", "code");
            m.element("span", " · " + e.themeName(), "class", "theme");
            m.element("p", e.description());
            if (!e.note().isEmpty()) {
                m.element("p", e.note(), "class", "note");
            }
            EventsView.sources(m, e.sources());
            m.element("a", "as an event", "href", Urls.event(eventIds.apply(e.id())));
            m.close("li");
        }
        m.close("ol").close("div");
        return m;
    }
}

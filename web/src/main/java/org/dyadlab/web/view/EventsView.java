package org.dyadlab.web.view;

import java.util.List;
import org.dyadlab.report.text.Markup;
import org.dyadlab.web.data.EventsData;
import org.dyadlab.web.data.Json.ActorJson;
import org.dyadlab.web.data.Json.ChronologyJson;
import org.dyadlab.web.data.Json.EventDetailJson;
import org.dyadlab.web.data.Json.EventJson;
import org.dyadlab.web.data.Json.EventPageJson;
import org.dyadlab.web.data.Json.EvidenceJson;
import org.dyadlab.web.data.Json.MarkJson;
import org.dyadlab.web.data.Json.SourceJson;
import org.dyadlab.web.data.Json.TextJson;

/** The drill-down: the events of an interval, and one event with what it rests on. */
final class EventsView {
    private EventsView() {
    }

    static Markup list(EventsData.Request r, EventPageJson page) {
        Markup m = new Markup();
        String dyad = r.dyad() == null ? "all" : r.dyad().toString();
        m.element("h1", "Events: " + dyad + (r.directed() ? " (directed)" : "") + range(r));
        m.open("form", "method", "get", "action", "/events", "class", "filters", "hx-boost", "true");
        Html.input(m, "dyad", "Dyad", "text", dyad, "size", "8");
        Html.select(m, "directed", "Direction", String.valueOf(r.directed()), "false", "both ways", "true",
                "first → second");
        Html.input(m, "from", "From", "date", r.from() == null ? "" : r.from().toString());
        Html.input(m, "to", "To", "date", r.to() == null ? "" : r.to().toString());
        Html.input(m, "origin", "Origins", "text", String.join(",", r.origins()), "placeholder", "all", "size", "14");
        m.element("button", "Show", "type", "submit");
        m.close("form");
        m.open("div", "id", "results");
        m.element("p", page.total() + " events" + (page.total() > page.events().size() ? "; showing "
                + (page.offset() + 1) + "–" + (page.offset() + page.events().size()) : ""), "class", "count");
        m.open("table", "class", "events");
        Html.headers(m, "date", "source", "target", "CAMEO", "Goldstein", "origin", "source link", "");
        m.open("tbody");
        for (EventJson e : page.events()) {
            m.open("tr").element("td", e.date().toString()).element("td", actor(e.source()))
                    .element("td", actor(e.target()));
            m.open("td").element("span", e.code(), "class", "code quad" + e.quadClass()).text(" " + e.codeLabel()).close("td");
            m.element("td", Html.num(e.goldstein(), 1), "class", "num").element("td", e.origin());
            m.open("td");
            Html.external(m, e.sourceUrl(), "source");
            m.close("td").open("td").element("a", "evidence", "href", Urls.event(e.id()), "class", "evidence").close("td");
            m.close("tr");
        }
        m.close("tbody").close("table");
        pager(m, r, page);
        m.close("div");
        return m;
    }

    private static void pager(Markup m, EventsData.Request r, EventPageJson page) {
        m.open("nav", "class", "pager", "hx-boost", "true");
        String base = Urls.of("/events", "dyad", r.dyad() == null ? "all" : r.dyad().toString(), "directed",
                String.valueOf(r.directed()), "from", r.from() == null ? null : r.from().toString(), "to",
                r.to() == null ? null : r.to().toString(), "origin", String.join(",", r.origins()), "limit",
                String.valueOf(r.limit()));
        if (page.offset() > 0) {
            m.element("a", "← earlier", "href", Urls.of(base, "offset", String.valueOf(Math.max(0, page.offset() - r.limit()))));
        }
        if (page.offset() + page.events().size() < page.total()) {
            m.element("a", "later →", "href", Urls.of(base, "offset", String.valueOf(page.offset() + r.limit())));
        }
        m.close("nav");
    }

    private static String range(EventsData.Request r) {
        if (r.from() == null && r.to() == null) {
            return "";
        }
        return ", " + (r.from() == null ? "…" : r.from()) + " to " + (r.to() == null ? "…" : r.to());
    }

    static String actor(ActorJson a) {
        String name = a.name() != null ? a.name() : a.code() != null ? a.code() : a.country();
        if (name == null) {
            return "(unknown)";
        }
        return a.code() != null && !a.code().equals(name) ? name + " (" + a.code() + ")" : name;
    }

    static Markup detail(EventDetailJson d) {
        EventJson e = d.event();
        Markup m = new Markup();
        m.element("h1", actor(e.source()) + " → " + actor(e.target()) + ": " + e.codeLabel());
        m.open("table", "class", "facts").open("tbody");
        fact(m, "date", e.date() + (e.datePrecision().equals("day") ? "" : " (" + e.datePrecision() + ")"));
        fact(m, "CAMEO code", e.code() + " " + e.codeLabel() + " (QuadClass " + e.quadClass() + ")");
        fact(m, "Goldstein", Html.num(e.goldstein(), 1) + (e.originGoldstein() == null ? ""
                : " (the dataset's own: " + Html.num(e.originGoldstein(), 1) + ")"));
        fact(m, "origin", e.origin() + (e.originId() == null ? "" : " #" + e.originId()));
        fact(m, "event id", e.id());
        if (e.mentions() != null) {
            fact(m, "mentions", String.valueOf(e.mentions()));
        }
        if (e.documentRef() != null) {
            fact(m, "document reference", e.documentRef());
        }
        m.open("tr").element("th", "source link", "scope", "row").open("td");
        Html.external(m, e.sourceUrl(), null);
        m.close("td").close("tr");
        m.close("tbody").close("table");
        evidence(m, d.evidence());
        return m;
    }

    private static void fact(Markup m, String name, String value) {
        m.open("tr").element("th", name, "scope", "row").element("td", value).close("tr");
    }

    private static void evidence(Markup m, EvidenceJson ev) {
        m.open("section", "id", "evidence", "class", "evidence-" + ev.kind()).element("h2", "Evidence");
        if (ev.note() != null) {
            m.element("p", ev.note(), "class", "note");
        }
        switch (ev.kind()) {
            case "chronology" -> chronology(m, ev.chronology());
            case "document" -> sentence(m, ev.document());
            case "url" -> {
                m.open("p").text("The dataset cites this source: ");
                Html.external(m, ev.url(), null);
                m.close("p");
            }
            default -> m.element("p", "The event carries no source address or document this workspace holds.");
        }
        m.close("section");
    }

    static void chronology(Markup m, ChronologyJson c) {
        m.open("blockquote", "class", "chronology-entry").element("p", c.description());
        m.element("footer", c.date() + " · " + c.source() + " → " + c.target() + " · " + c.code() + " "
                + Html.text(c.codeLabel()) + " · " + c.themeName());
        m.close("blockquote");
        if (!c.note().isEmpty()) {
            m.element("p", "Note: " + c.note(), "class", "note");
        }
        m.element("h3", "Sources");
        sources(m, c.sources());
    }

    static void sources(Markup m, List<SourceJson> sources) {
        m.open("ul", "class", "sources");
        for (SourceJson s : sources) {
            m.open("li").element("span", "[" + s.key() + "] ", "class", "cite");
            m.text((s.authors() == null || s.authors().isEmpty() ? "" : s.authors() + ", ")
                    + Html.text(s.title()) + (s.publisher() == null ? "" : ", " + s.publisher())
                    + (s.date() == null ? "" : ", " + s.date()) + " ");
            if (s.url() != null) {
                Html.external(m, s.url(), "link");
            }
            m.close("li");
        }
        m.close("ul");
    }

    private static void sentence(Markup m, TextJson t) {
        m.open("p").text("From ").element("a", t.title() == null ? t.documentId() : t.title(), "href",
                Urls.passage(t.documentId(), t.start(), t.end()))
                .text(" (version " + t.version() + ", characters " + t.start() + "–" + t.end() + "):").close("p");
        m.open("blockquote", "class", "sentence", "id", "evidence-sentence");
        int pos = t.start();
        for (MarkJson h : t.highlights()) {
            m.text(t.text().substring(pos - t.start(), h.start() - t.start()));
            m.element("mark", t.text().substring(h.start() - t.start(), h.end() - t.start()), "class", h.role(),
                    "title", h.role());
            pos = h.end();
        }
        m.text(t.text().substring(pos - t.start()));
        m.close("blockquote");
    }
}

package org.dyadlab.web.view;

import org.dyadlab.analysis.periods.PeriodSets;
import org.dyadlab.analysis.series.Metric;
import org.dyadlab.analysis.series.Normalization;
import org.dyadlab.model.period.Interval;
import org.dyadlab.report.text.Markup;
import org.dyadlab.web.data.Json.PointJson;
import org.dyadlab.web.data.Json.SeriesJson;
import org.dyadlab.web.data.RelationsData;

/**
 * The relations index: the form (dyad, direction, metric, interval, normalisation, dates, origins, periods), the
 * chart (drawn by dashboard.js from /api/series and /api/breaks; a click on a point opens its events) and, for
 * readers without scripts, the same series as a table with a link to each interval's events.
 */
final class RelationsView {
    private RelationsView() {
    }

    static Markup render(RelationsData.Request r, String periods, SeriesJson s, String caseName) {
        Markup m = new Markup();
        m.element("h1", "Relations index: " + s.dyad() + (s.directed() ? " (directed)" : ""));
        m.open("form", "method", "get", "action", "/relations", "class", "filters");
        Html.input(m, "dyad", "Dyad", "text", s.dyad(), "pattern", "[A-Za-z]{3}-[A-Za-z]{3}", "size", "8");
        Html.select(m, "directed", "Direction", String.valueOf(s.directed()), "false", "both ways", "true",
                "first → second");
        String[] metrics = new String[Metric.values().length * 2];
        for (int i = 0; i < Metric.values().length; i++) {
            metrics[2 * i] = Metric.values()[i].key();
            metrics[2 * i + 1] = Metric.values()[i].key().replace('_', ' ');
        }
        Html.select(m, "metric", "Metric", s.metric(), metrics);
        String[] intervals = new String[Interval.values().length * 2];
        for (int i = 0; i < Interval.values().length; i++) {
            intervals[2 * i] = Interval.values()[i].key();
            intervals[2 * i + 1] = Interval.values()[i].key();
        }
        Html.select(m, "interval", "Interval", s.interval(), intervals);
        Html.select(m, "normalization", "Normalisation", r.normalization().key(), "none", "none", "actors",
                "per 1,000 actor events", "dataset", "per 1,000 dataset events");
        Html.input(m, "from", "From", "date", s.from() == null ? "" : s.from().toString());
        Html.input(m, "to", "To", "date", s.to() == null ? "" : s.to().toString());
        Html.input(m, "origin", "Origins", "text", String.join(",", s.origins()), "placeholder", "all", "size", "14");
        String[] sets = new String[2 + PeriodSets.builtIn().size() * 2];
        sets[0] = "case";
        sets[1] = caseName == null ? "default" : "the case's";
        for (int i = 0; i < PeriodSets.builtIn().size(); i++) {
            sets[2 + 2 * i] = PeriodSets.builtIn().get(i);
            sets[3 + 2 * i] = PeriodSets.builtIn().get(i);
        }
        Html.select(m, "periods", "Periods", periods == null ? "case" : periods, sets);
        m.element("button", "Show", "type", "submit");
        m.close("form");
        String query = query(r, periods);
        m.element("p", s.metricDescription() + (Metric.ofKey(s.metric()).isCountLike() ? ", " + Normalization.ofKey(
                s.normalization()).description() : "") + ", per " + s.interval()
                + ". Click a point to list the events behind it; shaded bands are periods, dashed lines change points, "
                + "dots below the axis the chronology's key events.", "class", "note");
        m.open("div", "id", "relations-chart", "class", "chart", "data-chart", "relations",
                "data-series", "/api/series" + query, "data-breaks", "/api/breaks" + query,
                "data-events", Urls.of("/events", "dyad", s.dyad(), "directed", String.valueOf(s.directed()), "origin",
                        String.join(",", s.origins())),
                "role", "img", "aria-label", "relations index chart").close("div");
        m.open("details", "id", "series-table").element("summary", "The series as a table (" + s.points().size()
                + " intervals)");
        m.open("table");
        Html.headers(m, "interval", "value", "events", "");
        m.open("tbody");
        for (PointJson p : s.points()) {
            m.open("tr").element("td", p.start() + " – " + p.end().minusDays(1)).element("td", Html.num(p.value(), 3))
                    .element("td", String.valueOf(p.events())).open("td");
            if (p.events() > 0) {
                m.element("a", "events", "href", Urls.of("/events", "dyad", s.dyad(), "directed",
                        String.valueOf(s.directed()), "origin", String.join(",", s.origins()), "from",
                        p.start().toString(), "to", p.end().minusDays(1).toString()));
            }
            m.close("td").close("tr");
        }
        m.close("tbody").close("table").close("details");
        return m;
    }

    /** The query string of this request, for the API calls of the chart. */
    static String query(RelationsData.Request r, String periods) {
        return Urls.of("", "dyad", r.dyad().toString(), "directed", String.valueOf(r.directed()), "metric",
                r.metric().key(), "interval", r.interval().key(), "normalization", r.normalization().key(), "from",
                r.from() == null ? null : r.from().toString(), "to", r.to() == null ? null : r.to().toString(), "origin",
                String.join(",", r.origins().stream().sorted().toList()), "periods", periods);
    }
}

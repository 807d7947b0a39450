package org.dyadlab.web.view;

import java.util.List;
import org.dyadlab.report.text.Markup;
import org.dyadlab.web.data.IndicatorsData.FactorJson;
import org.dyadlab.web.data.IndicatorsData.SeriesInfoJson;

/** Indicators by factor: one chart per stored series (dashboard.js draws it from /api/indicators/series). */
final class IndicatorsView {
    private IndicatorsView() {
    }

    static Markup render(List<FactorJson> factors) {
        Markup m = new Markup();
        m.element("h1", "Indicators by factor");
        for (FactorJson f : factors) {
            m.open("section", "id", "factor-" + f.factor(), "class", "factor").element("h2", f.name());
            if (f.series().isEmpty()) {
                m.element("p", "No indicator series for this factor in the workspace.", "class", "note");
            }
            for (SeriesInfoJson s : f.series()) {
                m.open("figure", "class", "indicator");
                m.open("div", "class", "chart small", "data-chart", "indicator", "data-title",
                        s.indicator() + " · " + s.subject(), "data-api", Urls.of("/api/indicators/series", "indicator",
                                s.indicator(), "subject", s.subject()), "role", "img", "aria-label",
                        s.indicator() + " for " + s.subject()).close("div");
                m.element("figcaption", s.indicator() + " for " + s.subject() + ": " + s.values() + " values, "
                        + s.first() + " to " + s.last() + " (" + s.unit() + "). Source: " + s.source());
                m.close("figure");
            }
            m.close("section");
        }
        return m;
    }
}

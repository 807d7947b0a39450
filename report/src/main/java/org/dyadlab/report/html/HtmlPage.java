package org.dyadlab.report.html;

import org.dyadlab.report.ReportData;
import org.dyadlab.report.sections.ReportBody;
import org.dyadlab.report.text.Markup;

/**
 * The report as one self-contained HTML5 page: stylesheet, ECharts (from its WebJar) and our chart script inlined,
 * the charts' data in a {@code <script type="application/json">} block, and a Content-Security-Policy that lets
 * only those two scripts run (by their SHA-256) and loads nothing from anywhere. Without JavaScript the page shows
 * the SVG fallbacks and its tables, which carry every number.
 */
public final class HtmlPage {
    /** The id of the JSON block the chart script reads. */
    public static final String DATA_ID = "report-data";

    private static final BundledText ECHARTS = BundledText.read(BundledText.ECHARTS);
    private static final BundledText CHARTS = BundledText.read("org/dyadlab/report/html/charts.js");
    private static final BundledText STYLE = BundledText.read("org/dyadlab/report/html/report.css");

    private HtmlPage() {
    }

    public static String render(ReportData data) {
        Markup body = new Markup();
        HtmlChartSlot slot = new HtmlChartSlot();
        ReportBody.write(data, body, slot);

        Markup m = new Markup();
        m.trusted("<!DOCTYPE html>\n").open("html", "lang", "en").newline().open("head").newline();
        m.empty("meta", "charset", "utf-8").newline();
        m.empty("meta", "http-equiv", "Content-Security-Policy", "content", policy()).newline();
        m.empty("meta", "name", "viewport", "content", "width=device-width, initial-scale=1").newline();
        m.empty("meta", "name", "generator", "content", "dyadlab").newline();
        m.element("title", data.title()).newline();
        m.open("style").trusted(STYLE.text()).close("style").newline();
        m.close("head").newline().open("body").newline();
        m.trusted(body.toString());
        m.open("script", "type", "application/json", "id", DATA_ID)
                .trusted(ScriptJson.write(new ChartSpecs.PageCharts(slot.specs()))).close("script").newline();
        m.comment("ECharts " + BundledText.ECHARTS_VERSION + " (Apache License 2.0), inlined from its WebJar");
        m.open("script").trusted(ECHARTS.text()).close("script").newline();
        m.open("script").trusted(CHARTS.text()).close("script").newline();
        m.close("body").newline().close("html").newline();
        return m.toString();
    }

    /** Scripts only by hash, styles inline, nothing fetched, no forms, no base. */
    static String policy() {
        return "default-src 'none'; script-src " + ECHARTS.cspHash() + " " + CHARTS.cspHash()
                + "; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'";
    }
}

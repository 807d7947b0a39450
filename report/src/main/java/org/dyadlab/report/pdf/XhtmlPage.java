package org.dyadlab.report.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.dyadlab.report.ReportData;
import org.dyadlab.report.sections.ReportBody;
import org.dyadlab.report.svg.SvgCharts;
import org.dyadlab.report.text.Markup;

/**
 * The report as XHTML for the PDF renderer: the same body as the HTML page, with each chart as inline SVG (no script
 * runs in a PDF) and a print stylesheet (A4, page numbers, contents with page numbers, sections on new pages).
 */
public final class XhtmlPage {
    private static final String STYLE = read("org/dyadlab/report/pdf/print.css");

    private XhtmlPage() {
    }

    public static String render(ReportData data) {
        Markup body = new Markup();
        ReportBody.write(data, body, (m, chart) -> m.trusted(SvgCharts.svg(chart)));
        Markup m = new Markup();
        m.trusted("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        m.open("html", "xmlns", "http://www.w3.org/1999/xhtml", "lang", "en").newline().open("head").newline();
        m.element("title", data.title()).newline();
        m.empty("meta", "name", "subject", "content", data.subtitle()).newline();
        m.empty("meta", "name", "generator", "content", "dyadlab").newline();
        m.open("style").trusted(STYLE).close("style").newline();
        m.close("head").newline().open("body").newline();
        m.trusted(body.toString());
        m.close("body").newline().close("html").newline();
        return m.toString();
    }

    private static String read(String resource) {
        try (InputStream in = XhtmlPage.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("resource " + resource + " is missing from the class path");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("reading " + resource + " failed", e);
        }
    }
}

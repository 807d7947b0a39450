package org.dyadlab.report.sections;

import org.dyadlab.report.ReportData.BibEntry;
import org.dyadlab.report.text.Anchors;
import org.dyadlab.report.text.Links;
import org.dyadlab.report.text.Markup;

/**
 * The bibliography: one entry per source with the anchor {@code ref-<key>}; its address is a link only when it is
 * an http(s) URL, and the link neither passes the page as referrer nor gives the opened page a handle on it.
 */
final class BibliographySection {
    private BibliographySection() {
    }

    static void write(Markup m, SectionContext c) {
        ReportBody.sectionStart(m, SectionTitles.BIBLIOGRAPHY.id(), SectionTitles.BIBLIOGRAPHY.title());
        m.open("ol", "class", "bibliography").newline();
        for (BibEntry b : c.data().bibliography()) {
            m.open("li", "id", Anchors.reference(b.key()));
            m.element("span", "[" + (b.key() == null ? "" : b.key()) + "]", "class", "key").text(" ");
            part(m, b.authors(), null);
            if (!blank(b.date())) {
                m.text("(").text(b.date()).text("). ");
            }
            if (!blank(b.title())) {
                m.element("cite", b.title()).text(endOf(b.title()));
            }
            part(m, b.publisher(), null);
            url(m, b.url());
            m.close("li").newline();
        }
        m.close("ol").newline();
        m.close("section").newline();
    }

    private static void part(Markup m, String text, String cssClass) {
        if (!blank(text)) {
            m.element("span", text, "class", cssClass).text(endOf(text));
        }
    }

    private static void url(Markup m, String url) {
        if (blank(url)) {
            return;
        }
        var href = Links.httpHref(url);
        if (href.isPresent()) {
            m.element("a", url, "href", href.get(), "rel", "noopener noreferrer", "class", "url");
        } else {
            m.element("span", url, "class", "url unlinked");
        }
    }

    /** The full stop after a part, unless it ends with one already. */
    private static String endOf(String text) {
        String t = text.strip();
        return t.endsWith(".") || t.endsWith("?") || t.endsWith("!") ? " " : ". ";
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}

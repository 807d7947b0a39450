package org.dyadlab.report.sections;

import java.util.ArrayList;
import java.util.List;
import org.dyadlab.report.ReportData;
import org.dyadlab.report.ReportData.FactorSection;
import org.dyadlab.report.chart.FactorPalette;
import org.dyadlab.report.text.Anchors;
import org.dyadlab.report.text.DateText;
import org.dyadlab.report.text.Markup;

/**
 * The body of a report, the same for the HTML page and the PDF: title block, contents, then the case study's
 * sections in order (summary, declared findings with their evidence, chronology, relations index, one per factor,
 * comparisons, methods, bibliography).
 * Only the charts differ between the two, through the {@link ChartSlot}.
 */
public final class ReportBody {
    /** An entry of the contents: the anchor and the title of a section. */
    public record Heading(String id, String title) {
    }

    private ReportBody() {
    }

    /** Writes the header, the contents and every section into {@code m}; returns the contents' entries. */
    public static List<Heading> write(ReportData data, Markup m, ChartSlot slot) {
        Anchors anchors = new Anchors();
        for (SectionTitles s : SectionTitles.values()) {
            anchors.unique(s.id(), "");
        }
        anchors.unique("contents", "");
        SectionContext c = new SectionContext(data, FactorPalette.of(data), new Citations(data.bibliography()),
                anchors, slot);
        List<String> factorIds = new ArrayList<>();
        for (FactorSection f : data.factors()) {
            factorIds.add(anchors.unique("factor", f.factorId()));
        }
        List<Heading> contents = contents(data, factorIds);
        header(m, data);
        nav(m, contents);
        m.open("main").newline();
        SummarySection.write(m, c);
        FindingsSection.write(m, c);
        ChronologySection.write(m, c);
        RelationsIndexSection.write(m, c);
        for (int i = 0; i < data.factors().size(); i++) {
            FactorChapter.write(m, c, data.factors().get(i), factorIds.get(i));
        }
        ComparisonSection.write(m, c);
        MethodsSection.write(m, c);
        BibliographySection.write(m, c);
        m.close("main").newline();
        return contents;
    }

    private static List<Heading> contents(ReportData data, List<String> factorIds) {
        List<Heading> out = new ArrayList<>();
        out.add(heading(SectionTitles.SUMMARY));
        out.add(heading(SectionTitles.FINDINGS));
        out.add(heading(SectionTitles.CHRONOLOGY));
        out.add(heading(SectionTitles.RELATIONS_INDEX));
        for (int i = 0; i < data.factors().size(); i++) {
            out.add(new Heading(factorIds.get(i), data.factors().get(i).name()));
        }
        out.add(heading(SectionTitles.COMPARISONS));
        out.add(heading(SectionTitles.METHODS));
        out.add(heading(SectionTitles.BIBLIOGRAPHY));
        return out;
    }

    private static Heading heading(SectionTitles s) {
        return new Heading(s.id(), s.title());
    }

    private static void header(Markup m, ReportData data) {
        m.open("header", "class", "title-block").newline();
        m.element("h1", data.title());
        if (!data.subtitle().isBlank()) {
            m.element("p", data.subtitle(), "class", "subtitle");
        }
        m.open("p", "class", "generated").text("Generated ").element("time", DateText.of(data.generated()),
                "datetime", DateText.of(data.generated())).close("p");
        m.close("header").newline();
    }

    private static void nav(Markup m, List<Heading> contents) {
        m.open("nav", "id", "contents", "class", "contents").element("h2", "Contents").open("ol").newline();
        for (Heading h : contents) {
            m.open("li").element("a", h.title(), "href", "#" + h.id()).close("li").newline();
        }
        m.close("ol").close("nav").newline();
    }

    /** Opens a section with its anchor and heading. */
    static void sectionStart(Markup m, String id, String title) {
        m.open("section", "id", id).newline().element("h2", title).newline();
    }
}

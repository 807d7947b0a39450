package org.dyadlab.report.sections;

import java.util.List;
import org.dyadlab.report.text.Figures;
import org.dyadlab.report.ReportData.EvidenceRow;
import org.dyadlab.report.ReportData.FindingEvidence;
import org.dyadlab.report.ReportData.SourceRef;
import org.dyadlab.report.ReportData.SourceRow;
import org.dyadlab.report.text.Links;
import org.dyadlab.report.text.Markup;

/**
 * The case's declared findings, each with its triangulation (score, independent sources, kinds, sides, flags), the
 * evidence for it, the evidence against it beside it, and its sources classified.
 */
final class FindingsSection {
    private FindingsSection() {
    }

    static void write(Markup m, SectionContext c) {
        ReportBody.sectionStart(m, SectionTitles.FINDINGS.id(), SectionTitles.FINDINGS.title());
        List<FindingEvidence> findings = c.data().findings();
        if (findings.isEmpty()) {
            m.element("p", "The case declares no findings.", "class", "empty");
        } else {
            m.element("p", "Each finding is weighed by its independent sources (a wire story re-run by several "
                    + "outlets counts once), the kinds of source and the sides they speak for; the score is the mean of "
                    + "min(n, 3)/3 over the three, halved when evidence contradicts the finding.", "class", "note");
        }
        for (FindingEvidence f : findings) {
            m.open("article", "class", "finding triangulated", "id", c.anchors().unique("finding", f.id()));
            m.element("h3", f.statement());
            m.open("p", "class", "triangulation");
            m.element("span", Figures.fixed(f.score(), 2) + " " + orEmpty(f.strength()),
                    "class", "score strength-" + orEmpty(f.strength()));
            m.text(" \u2014 " + f.independentSources() + (f.independentSources() == 1 ? " independent source" :
                    " independent sources"));
            if (!f.originators().isEmpty()) {
                m.text(" (").text(String.join(", ", f.originators())).text(")");
            }
            m.text("; kinds: ").text(f.kinds().isEmpty() ? "none" : String.join(", ", f.kinds()));
            m.text("; sides: ").text(f.sides().isEmpty() ? "none" : String.join(", ", f.sides())).text(".");
            m.close("p");
            if (!f.flags().isEmpty()) {
                m.open("p", "class", "flags");
                for (String flag : f.flags()) {
                    m.element("span", flag == null ? "" : flag.replace('-', ' '), "class", "flag").text(" ");
                }
                m.close("p");
            }
            evidence(m, c, "Evidence for", f.supporting(), "data evidence");
            if (!f.contradicting().isEmpty()) {
                evidence(m, c, "Evidence against", f.contradicting(), "data evidence against");
            }
            if (!f.unresolved().isEmpty()) {
                m.open("ul", "class", "unresolved");
                for (String u : f.unresolved()) {
                    m.element("li", "Unresolved: " + orEmpty(u));
                }
                m.close("ul");
            }
            sources(m, f.sources());
            m.close("article").newline();
        }
        m.close("section").newline();
    }

    private static void evidence(Markup m, SectionContext c, String caption, List<EvidenceRow> rows, String css) {
        if (rows.isEmpty()) {
            m.element("p", caption + ": none.", "class", "empty");
            return;
        }
        Tables.open(m, css, caption, "Kind", "Date", "Evidence", "Sources");
        for (EvidenceRow r : rows) {
            m.open("tr");
            Tables.cell(m, r.kind());
            m.element("td", r.when(), "class", "date");
            m.open("td").text(r.text());
            if (r.note() != null && !r.note().isBlank()) {
                m.element("span", " \u2014 " + r.note(), "class", "evidence-note");
            }
            m.close("td");
            m.open("td");
            for (int i = 0; i < r.sources().size(); i++) {
                m.text(i == 0 ? "" : "; ");
                source(m, c, r.sources().get(i));
            }
            m.close("td").close("tr").newline();
        }
        Tables.close(m);
    }

    /** A bibliography key as a citation link; any other source as its label, linked when it has an http(s) address. */
    private static void source(Markup m, SectionContext c, SourceRef s) {
        if (s.key() != null && c.citations().known(s.key())) {
            c.citations().one(m, s.key());
            return;
        }
        String label = s.label() == null || s.label().isBlank() ? orEmpty(s.key()) : s.label();
        var href = Links.httpHref(s.url());
        if (href.isPresent()) {
            m.element("a", label, "href", href.get(), "rel", "noopener noreferrer", "class", "url");
        } else {
            m.element("span", label, "class", "source-label");
        }
    }

    private static void sources(Markup m, List<SourceRow> rows) {
        if (rows.isEmpty()) {
            return;
        }
        Tables.open(m, "data compact sources", "Sources, classified", "Source", "Originator", "Kind", "Side",
                "How classified");
        for (SourceRow s : rows) {
            m.open("tr");
            m.open("td").element("code", s.key()).close("td");
            Tables.cell(m, s.originator());
            Tables.cell(m, s.kind());
            Tables.cell(m, s.side());
            Tables.cell(m, s.basis());
            m.close("tr").newline();
        }
        Tables.close(m);
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }
}

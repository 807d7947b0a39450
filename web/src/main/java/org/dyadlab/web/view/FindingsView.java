package org.dyadlab.web.view;

import java.util.List;
import java.util.function.UnaryOperator;
import org.dyadlab.model.evidence.SourceProfile;
import org.dyadlab.model.evidence.TriangulatedFinding;
import org.dyadlab.model.evidence.TriangulationScore;
import org.dyadlab.report.text.Markup;
import org.dyadlab.web.data.FindingsData;

/**
 * The case's declared findings: a table of their triangulation scores, then each finding with its score, independent
 * sources, kinds, sides and flags, the evidence for it and the evidence against it side by side, the references that
 * did not resolve, and its sources as classified (originator, kind, side, and why).
 */
final class FindingsView {
    private FindingsView() {
    }

    static Markup noCase() {
        return new Markup().element("h1", "Findings").element("p", "This dashboard was opened without a case folder, "
                + "so it has no declared findings (start it with --case).");
    }

    static Markup render(FindingsData.Weighed w, UnaryOperator<String> chronologyEventId) {
        Markup m = new Markup();
        m.element("h1", "Findings of " + w.evidence().caseDefinition().name() + " and their evidence");
        m.element("p", "Each declared finding (findings.yaml) weighed by triangulation: independent sources (copies of "
                + "one originator count once), kinds of source and sides, each up to 3; the score is their mean, halved "
                + "when evidence contradicts the finding.", "class", "lead");
        m.open("ul", "class", "notes");
        for (String n : w.evidence().evidence().notes()) {
            m.element("li", n, "class", "note");
        }
        m.close("ul");
        if (w.findings().isEmpty()) {
            m.element("p", "The case declares no findings.");
            return m;
        }
        summary(m, w.findings());
        EvidenceView evidence = new EvidenceView(w.evidence(), chronologyEventId);
        for (TriangulatedFinding f : w.findings()) {
            finding(m, f, evidence);
        }
        return m;
    }

    private static void summary(Markup m, List<TriangulatedFinding> findings) {
        m.open("table", "class", "findings-summary");
        Html.headers(m, "finding", "score", "strength", "independent sources", "kinds", "sides", "against", "flags");
        m.open("tbody");
        for (TriangulatedFinding f : findings) {
            TriangulationScore s = f.score();
            m.open("tr", "class", "strength-" + s.strength().key()).open("td");
            m.element("a", f.finding().id(), "href", "#finding-" + f.finding().id()).close("td");
            m.element("td", Html.num(s.score(), 2), "class", "num score");
            m.element("td", s.strength().key());
            m.element("td", String.valueOf(s.independentSources()), "class", "num");
            m.element("td", String.join(", ", s.kinds()));
            m.element("td", String.join(", ", s.sides()));
            m.element("td", String.valueOf(s.contradicting()), "class", "num");
            m.open("td");
            flags(m, s);
            m.close("td").close("tr");
        }
        m.close("tbody").close("table");
    }

    private static void flags(Markup m, TriangulationScore s) {
        for (TriangulationScore.Flag flag : s.flags()) {
            m.element("span", flag.key(), "class", "flag flag-" + flag.key()).text(" ");
        }
    }

    private static void finding(Markup m, TriangulatedFinding f, EvidenceView evidence) {
        TriangulationScore s = f.score();
        m.open("article", "class", "finding strength-" + s.strength().key(), "id", "finding-" + f.finding().id());
        m.element("h2", f.finding().statement());
        m.open("p", "class", "score-line").element("span", f.finding().id(), "class", "code").text(" · score ")
                .element("strong", Html.num(s.score(), 2), "class", "score").text(" (" + s.strength().key() + ") · ")
                .text(s.independentSources() + " independent source" + (s.independentSources() == 1 ? "" : "s"));
        if (!s.originators().isEmpty()) {
            m.text(" (" + String.join("; ", s.originators()) + ")");
        }
        m.text(" · kinds: " + none(s.kinds()) + " · sides: " + none(s.sides()) + " ");
        flags(m, s);
        m.close("p");
        if (!f.unresolved().isEmpty()) {
            m.open("ul", "class", "unresolved");
            for (String u : f.unresolved()) {
                m.element("li", "unresolved reference: " + u);
            }
            m.close("ul");
        }
        m.open("div", "class", "evidence-columns");
        m.open("section", "class", "for").element("h3", "Evidence for (" + f.supporting().size() + ")");
        evidence.list(m, f.supporting(), "No supporting evidence.");
        m.close("section");
        m.open("section", "class", "against").element("h3", "Evidence against (" + f.contradicting().size() + ")");
        evidence.list(m, f.contradicting(), "Nothing in the evidence contradicts it.");
        m.close("section").close("div");
        if (!f.sources().isEmpty()) {
            m.open("details", "class", "profiles").element("summary", "Its " + f.sources().size()
                    + " sources, classified");
            m.open("table");
            Html.headers(m, "source", "originator", "kind", "side", "why");
            m.open("tbody");
            for (SourceProfile p : f.sources()) {
                Html.cells(m, p.key(), p.originator(), p.kind().key(), p.side().code(), p.basis());
            }
            m.close("tbody").close("table").close("details");
        }
        m.close("article");
    }

    private static String none(List<String> values) {
        return values.isEmpty() ? "none" : String.join(", ", values);
    }
}

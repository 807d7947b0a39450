package org.dyadlab.web.view;

import java.util.function.UnaryOperator;
import org.dyadlab.model.claim.ClaimCheckReport;
import org.dyadlab.model.claim.ClaimVerdict;
import org.dyadlab.model.claim.Discrepancy;
import org.dyadlab.model.claim.ManuscriptCitation;
import org.dyadlab.model.claim.Verdict;
import org.dyadlab.report.text.Markup;
import org.dyadlab.web.data.ClaimsData;

/**
 * Claim checking in the dashboard: the upload form, and after an upload every claim of the manuscript in order with
 * its verdict, the reason, the discrepancies, the evidence (linked where the dashboard shows it) and the citations the
 * manuscript gives. The manuscript's words are data: every one is escaped.
 */
final class ClaimsView {
    private ClaimsView() {
    }

    /**
     * @param caseName the case the claims are checked against, or null when the dashboard has none
     * @param checked  the check of an uploaded manuscript, or null for the form alone
     */
    static Markup render(String caseName, String csrf, long maxUploadBytes, ClaimsData.Checked checked,
                         UnaryOperator<String> chronologyEventId) {
        Markup m = new Markup();
        m.element("h1", "Check a manuscript's claims");
        if (caseName == null) {
            m.element("p", "This dashboard was opened without a case folder, so there is no evidence to check claims "
                    + "against (start it with --case).");
            return m;
        }
        m.element("p", "Upload a manuscript (Markdown, text, PDF, Word or OpenDocument). Its dates, sums of money, named "
                + "agreements, organisations, offices and events are checked against the evidence of the case "
                + caseName + " and this workspace's coded passages and events; each claim is supported, contradicted "
                + "or unverified (docs/claims.md).", "class", "lead");
        m.open("form", "method", "post", "action", "/claims", "enctype", "multipart/form-data", "class", "upload",
                "id", "claims-form");
        Page.csrfField(m, csrf);
        m.open("label").text("Manuscript (.md, .txt, .pdf, .docx, .odt; at most " + maxUploadBytes / (1024 * 1024)
                + " MB) ").empty("input", "type", "file", "name", "file", "required", "required", "accept",
                ".md,.markdown,.txt,.pdf,.docx,.odt,.rtf").close("label");
        m.element("button", "Check the claims", "type", "submit");
        m.close("form");
        if (checked != null) {
            report(m, checked.report(), new EvidenceView(checked.evidence(), chronologyEventId));
        }
        return m;
    }

    private static void report(Markup m, ClaimCheckReport r, EvidenceView evidence) {
        m.open("section", "id", "claims-report");
        m.element("h2", "Claims of " + r.manuscript());
        m.open("p", "class", "counts").text(r.sentences() + " sentences, " + r.verdicts().size() + " claims: ");
        for (Verdict v : Verdict.values()) {
            m.element("span", r.count(v) + " " + v.key(), "class", "verdict " + v.key()).text(" ");
        }
        m.close("p");
        m.open("ul", "class", "notes");
        for (String n : r.notes()) {
            m.element("li", n, "class", "note");
        }
        m.close("ul");
        m.open("ol", "class", "claims", "id", "claims");
        for (ClaimVerdict v : r.verdicts()) {
            claim(m, v, evidence);
        }
        m.close("ol").close("section");
    }

    private static void claim(Markup m, ClaimVerdict v, EvidenceView evidence) {
        m.open("li", "class", "claim " + v.verdict().key(), "id", "claim-" + v.claim().id(), "data-verdict",
                v.verdict().key());
        m.open("p", "class", "claim-head").element("span", v.verdict().key(), "class", "verdict " + v.verdict().key())
                .text(" ").element("span", v.claim().id() + " · line " + v.claim().line() + " · "
                        + v.claim().kind().key(), "class", "meta").text(" ").element("strong", v.claim().text(),
                        "class", "claim-text").close("p");
        if (!v.claim().sentence().equals(v.claim().text())) {
            m.element("blockquote", v.claim().sentence(), "class", "claim-sentence");
        }
        m.element("p", v.reason(), "class", "reason");
        if (!v.discrepancies().isEmpty()) {
            m.open("ul", "class", "discrepancies");
            for (Discrepancy d : v.discrepancies()) {
                m.open("li").element("strong", d.aspect()).text(": the manuscript says “" + d.claimed()
                        + "”; the evidence says “" + d.evidence() + "”");
                if (!d.evidenceId().isEmpty()) {
                    m.text(" (").element("span", d.evidenceId(), "class", "code").text(")");
                }
                m.close("li");
            }
            m.close("ul");
        }
        if (!v.evidence().isEmpty()) {
            m.open("details", "class", "claim-evidence", "open", v.verdict() == Verdict.CONTRADICTED ? "open" : null)
                    .element("summary", "Evidence (" + v.evidence().size() + ")");
            evidence.list(m, v.evidence(), "");
            m.close("details");
        }
        if (!v.claim().citations().isEmpty()) {
            m.open("ul", "class", "citations");
            for (ManuscriptCitation c : v.claim().citations()) {
                m.element("li", "cited: " + c.text() + (c.reference().isEmpty() ? "" : " — " + c.reference()));
            }
            m.close("ul");
        }
        m.close("li");
    }
}

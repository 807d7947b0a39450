package org.dyadlab.report.claims;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.dyadlab.model.claim.ClaimCheckReport;
import org.dyadlab.model.claim.ClaimKind;
import org.dyadlab.model.claim.ClaimVerdict;
import org.dyadlab.model.claim.Discrepancy;
import org.dyadlab.model.claim.ManuscriptCitation;
import org.dyadlab.model.claim.Verdict;
import org.dyadlab.model.evidence.EvidenceItem;
import org.dyadlab.model.evidence.Source;
import org.dyadlab.report.text.Links;
import org.dyadlab.report.text.Markup;

/**
 * The claim report page: the manuscript and the evidence used, counts by verdict and kind, the contradicted claims
 * with their conflicting evidence, then every claim in order with its verdict, reason, evidence and citations.
 */
public final class ClaimPage {
    private static final String STYLE = """
            body { font-family: Georgia, serif; color: #1d1d1f; max-width: 72rem; margin: 2rem auto; padding: 0 1rem; }
            h1, h2, table, .counts { font-family: Helvetica, Arial, sans-serif; }
            table { border-collapse: collapse; width: 100%; font-size: .82rem; }
            th, td { border-bottom: 1px solid #c8c8cc; padding: .25rem .4rem; text-align: left; vertical-align: top; }
            thead th { border-bottom: 2px solid #1d1d1f; background: #f1f2f4; }
            .verdict { font-weight: bold; white-space: nowrap; }
            .supported { color: #1b5e20; } .contradicted { color: #8b0000; } .unverified { color: #6b5b00; }
            tr.contradicted td { background: #fbeeee; }
            .sentence { color: #5f6368; font-size: .78rem; }
            .notes { color: #5f6368; font-size: .85rem; }
            code { font-size: .78rem; }
            .evidence { margin-bottom: .2rem; }
            .evidence.contradicts { border-left: 3px solid #8b0000; padding-left: .3rem; }
            """;

    private ClaimPage() {
    }

    public static String render(ClaimCheckReport r) {
        Markup m = new Markup();
        m.trusted("<!DOCTYPE html>\n").open("html", "lang", "en").newline().open("head").newline();
        m.empty("meta", "charset", "utf-8").newline();
        m.empty("meta", "http-equiv", "Content-Security-Policy", "content",
                "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'").newline();
        m.empty("meta", "name", "generator", "content", "dyadlab").newline();
        m.element("title", "Claims of " + r.manuscript()).newline();
        m.open("style").trusted(STYLE).close("style").newline();
        m.close("head").newline().open("body").newline();
        m.element("h1", "Claims of " + r.manuscript() + " checked against the case " + r.caseName());
        m.element("p", "Checked " + r.checked() + "; " + r.sentences() + " sentences, " + r.verdicts().size()
                + " claims.", "class", "counts");
        counts(m, r);
        m.open("ul", "class", "notes");
        for (String n : r.notes()) {
            m.element("li", n);
        }
        m.close("ul").newline();
        List<ClaimVerdict> contradicted = r.verdicts().stream().filter(v -> v.verdict() == Verdict.CONTRADICTED)
                .toList();
        m.open("section", "id", "contradicted").element("h2", "Contradicted claims (" + contradicted.size() + ")");
        table(m, contradicted);
        m.close("section").newline();
        m.open("section", "id", "claims").element("h2", "All claims, in order");
        table(m, r.verdicts());
        m.close("section").newline();
        m.close("body").newline().close("html").newline();
        return m.toString();
    }

    private static void counts(Markup m, ClaimCheckReport r) {
        Map<ClaimKind, int[]> byKind = new EnumMap<>(ClaimKind.class);
        for (ClaimVerdict v : r.verdicts()) {
            byKind.computeIfAbsent(v.claim().kind(), k -> new int[Verdict.values().length])[v.verdict().ordinal()]++;
        }
        m.open("table", "class", "counts").open("thead").open("tr").element("th", "Kind of claim");
        for (Verdict v : Verdict.values()) {
            m.element("th", v.key());
        }
        m.close("tr").close("thead").open("tbody");
        for (Map.Entry<ClaimKind, int[]> e : byKind.entrySet()) {
            m.open("tr").element("td", e.getKey().key());
            for (int n : e.getValue()) {
                m.element("td", String.valueOf(n));
            }
            m.close("tr");
        }
        m.open("tr").element("th", "all");
        for (Verdict v : Verdict.values()) {
            m.element("th", String.valueOf(r.count(v)));
        }
        m.close("tr").close("tbody").close("table").newline();
    }

    private static void table(Markup m, List<ClaimVerdict> verdicts) {
        if (verdicts.isEmpty()) {
            m.element("p", "None.");
            return;
        }
        m.open("table").open("thead").open("tr");
        for (String h : new String[] {"Claim", "Line", "Kind", "What it says", "Verdict", "Why", "Evidence",
            "Citations given"}) {
            m.element("th", h, "scope", "col");
        }
        m.close("tr").close("thead").open("tbody").newline();
        for (ClaimVerdict v : verdicts) {
            m.open("tr", "class", v.verdict().key());
            m.element("td", v.claim().id());
            m.element("td", String.valueOf(v.claim().line()));
            m.element("td", v.claim().kind().key());
            m.open("td").text(v.claim().text());
            if (!v.claim().sentence().equals(v.claim().text())) {
                m.open("div", "class", "sentence").text(v.claim().sentence()).close("div");
            }
            m.close("td");
            m.element("td", v.verdict().key(), "class", "verdict " + v.verdict().key());
            m.open("td").text(v.reason());
            for (Discrepancy d : v.discrepancies()) {
                m.open("div").element("strong", d.aspect()).text(": the manuscript says “").text(d.claimed())
                        .text("”; the evidence says “").text(d.evidence()).text("” (").element("code", d.evidenceId())
                        .text(")").close("div");
            }
            m.close("td");
            m.open("td");
            for (EvidenceItem e : v.evidence()) {
                evidence(m, e);
            }
            m.close("td");
            m.open("td");
            for (ManuscriptCitation c : v.claim().citations()) {
                m.open("div").text(c.text());
                if (!c.reference().isEmpty()) {
                    m.text(" — ").text(c.reference());
                }
                m.close("div");
            }
            m.close("td").close("tr").newline();
        }
        m.close("tbody").close("table").newline();
    }

    private static void evidence(Markup m, EvidenceItem e) {
        m.open("div", "class", "evidence " + e.stance().key());
        m.element("code", e.kind().key() + " " + e.id()).text(" ");
        if (!e.when().isEmpty()) {
            m.text(e.when()).text(": ");
        }
        m.text(e.text());
        if (!e.note().isEmpty()) {
            m.text(" (").text(e.note()).text(")");
        }
        if (!e.sources().isEmpty()) {
            m.text(" [");
            for (int i = 0; i < e.sources().size(); i++) {
                Source s = e.sources().get(i);
                m.text(i == 0 ? "" : "; ");
                var href = Links.httpHref(s.url());
                if (href.isPresent()) {
                    m.element("a", s.key(), "href", href.get(), "rel", "noopener noreferrer");
                } else {
                    m.text(s.key());
                }
            }
            m.text("]");
        }
        m.close("div");
    }
}

package org.dyadlab.web.view;

import java.util.List;
import org.dyadlab.report.text.Markup;
import org.dyadlab.web.data.CorpusJson.AgreementJson;
import org.dyadlab.web.data.CorpusJson.CodeAgreementJson;
import org.dyadlab.web.data.CorpusJson.StatsJson;

/** Agreement between two coders, per code, over the coded sentences and over all sentences. */
final class AgreementView {
    private AgreementView() {
    }

    static Markup render(List<String> coders, String a, String b, AgreementJson r) {
        Markup m = new Markup();
        m.element("h1", "Agreement between coders");
        m.open("form", "method", "get", "action", "/agreement", "class", "filters", "hx-boost", "true");
        String[] options = new String[coders.size() * 2];
        for (int i = 0; i < coders.size(); i++) {
            options[2 * i] = coders.get(i);
            options[2 * i + 1] = coders.get(i);
        }
        Html.select(m, "a", "Coder A", a == null ? "" : a, options);
        Html.select(m, "b", "Coder B", b == null ? "" : b, options);
        m.element("button", "Compare", "type", "submit");
        m.close("form");
        if (coders.size() < 2) {
            m.element("p", "Agreement needs passages by two coders; this workspace has " + coders.size() + ".");
        }
        if (r == null) {
            return m;
        }
        m.element("p", "Units: the " + r.units() + " sentences of " + r.documents().size() + " documents; "
                + r.codedUnits() + " of them coded by at least one of the two. κ and α are – where undefined (no "
                + "variation). " + (r.skippedPassages() > 0 ? r.skippedPassages() + " passages on older versions left out." : ""),
                "class", "note");
        m.open("table", "class", "agreement");
        Html.headers(m, "code", "both", "only " + r.coderA(), "only " + r.coderB(), "neither", "agreement", "Cohen's κ",
                "Krippendorff's α", "agreement (all)", "κ (all)", "α (all)");
        m.open("tbody");
        for (CodeAgreementJson c : r.codes()) {
            row(m, c.code(), c.codedUnits(), c.allUnits());
        }
        row(m, "overall", r.overallCoded(), r.overallAll());
        m.close("tbody").close("table");
        return m;
    }

    private static void row(Markup m, String code, StatsJson coded, StatsJson all) {
        Html.cells(m, code, coded.both(), coded.onlyA(), coded.onlyB(), coded.neither(), pct(coded.percentAgreement()),
                Html.num(coded.cohensKappa(), 2), Html.num(coded.krippendorffAlpha(), 2), pct(all.percentAgreement()),
                Html.num(all.cohensKappa(), 2), Html.num(all.krippendorffAlpha(), 2));
    }

    private static String pct(Double v) {
        return v == null ? "–" : Html.num(v * 100, 1) + "%";
    }
}

package org.dyadlab.report.sections;

import org.dyadlab.report.ReportData.Input;
import org.dyadlab.report.ReportData.Methods;
import org.dyadlab.report.ReportData.Parameter;
import org.dyadlab.report.text.Figures;
import org.dyadlab.report.text.Markup;

/** The methods and data appendix: inputs with size and SHA-256, parameters, limitations. */
final class MethodsSection {
    private MethodsSection() {
    }

    static void write(Markup m, SectionContext c) {
        ReportBody.sectionStart(m, SectionTitles.METHODS.id(), SectionTitles.METHODS.title());
        Methods methods = c.data().methods();
        m.element("h3", "Inputs");
        Tables.open(m, "data inputs", null, "Input", "Path", "Bytes", "SHA-256", "Records");
        for (Input in : methods.inputs()) {
            m.open("tr");
            Tables.cell(m, in.name());
            m.open("td", "class", "path").text(in.path()).close("td");
            Tables.number(m, Figures.count(in.bytes()));
            m.open("td", "class", "hash").element("code", in.sha256()).close("td");
            Tables.cell(m, in.records());
            m.close("tr").newline();
        }
        Tables.close(m);
        m.element("h3", "Parameters");
        Tables.open(m, "data compact", null, "Parameter", "Value");
        for (Parameter p : methods.parameters()) {
            m.open("tr");
            Tables.cell(m, p.name());
            Tables.cell(m, p.value());
            m.close("tr").newline();
        }
        Tables.close(m);
        m.element("h3", "Limitations");
        m.open("ul", "class", "limitations");
        for (String l : methods.limitations()) {
            m.element("li", l);
        }
        m.close("ul").newline();
        m.close("section").newline();
    }
}

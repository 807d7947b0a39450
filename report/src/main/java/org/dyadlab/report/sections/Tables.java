package org.dyadlab.report.sections;

import org.dyadlab.report.text.Markup;

/** The parts of a data table: a caption, a header row, and cells (numbers right-aligned). */
final class Tables {
    private Tables() {
    }

    /** Opens a table with its caption (omitted when null) and header row, and opens the body. */
    static void open(Markup m, String cssClass, String caption, String... headers) {
        m.open("table", "class", cssClass);
        if (caption != null) {
            m.element("caption", caption);
        }
        m.open("thead").open("tr");
        for (String h : headers) {
            m.element("th", h, "scope", "col");
        }
        m.close("tr").close("thead").open("tbody").newline();
    }

    static void close(Markup m) {
        m.close("tbody").close("table").newline();
    }

    static void cell(Markup m, String text) {
        m.element("td", text);
    }

    static void number(Markup m, String text) {
        m.element("td", text, "class", "num");
    }
}

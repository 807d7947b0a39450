package org.dyadlab.web.view;

import java.util.Locale;
import org.dyadlab.report.text.Links;
import org.dyadlab.report.text.Markup;

/** Small pieces shared by the views: external links, numbers, table cells. */
final class Html {
    private Html() {
    }

    /** An external address as a link when it is http(s), else as text (a javascript: URL never becomes an href). */
    static void external(Markup m, String url, String label) {
        var href = Links.httpHref(url);
        if (href.isPresent()) {
            m.element("a", label == null ? url : label, "href", href.get(), "rel", "noopener noreferrer nofollow",
                    "target", "_blank", "class", "external");
        } else if (url != null) {
            m.element("span", url, "class", "unlinked", "title", "not an http(s) address: shown as text");
        }
    }

    static String num(Double v, int digits) {
        return v == null || !Double.isFinite(v) ? "–" : String.format(Locale.ROOT, "%,." + digits + "f", v);
    }

    static String num(double v, int digits) {
        return num(Double.valueOf(v), digits);
    }

    static void cells(Markup m, Object... values) {
        m.open("tr");
        for (Object v : values) {
            m.element("td", v == null ? "" : String.valueOf(v));
        }
        m.close("tr");
    }

    static void headers(Markup m, String... names) {
        m.open("thead").open("tr");
        for (String n : names) {
            m.element("th", n, "scope", "col");
        }
        m.close("tr").close("thead");
    }

    /** A select element with the options (value, label) and the one selected. */
    static void select(Markup m, String name, String label, String selected, String... valueLabel) {
        m.open("label").text(label + " ").open("select", "name", name);
        for (int i = 0; i < valueLabel.length; i += 2) {
            m.element("option", valueLabel[i + 1], "value", valueLabel[i],
                    "selected", valueLabel[i].equals(selected) ? "selected" : null);
        }
        m.close("select").close("label");
    }

    static void input(Markup m, String name, String label, String type, String value, String... extra) {
        String[] attrs = new String[6 + extra.length];
        attrs[0] = "name";
        attrs[1] = name;
        attrs[2] = "type";
        attrs[3] = type;
        attrs[4] = "value";
        attrs[5] = value;
        System.arraycopy(extra, 0, attrs, 6, extra.length);
        m.open("label").text(label + " ").empty("input", attrs).close("label");
    }

    static String text(Object o) {
        return o == null ? "" : String.valueOf(o);
    }
}

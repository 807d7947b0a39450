package org.dyadlab.web.view;

import java.util.List;
import org.dyadlab.report.text.Markup;

/**
 * The frame of every page: head (our stylesheet and scripts, all from this server), navigation, the page's body.
 * No inline script or style; the session's CSRF token is in a meta element, in htmx's request headers and in each
 * form's hidden field.
 */
public final class Page {
    public static final String HTMX = "/webjars/htmx.org/2.0.8/dist/htmx.min.js";
    public static final String ECHARTS = "/webjars/echarts/5.3.1/dist/echarts.min.js";
    /** htmx without eval, inline indicator styles or script tags in swapped content (the CSP forbids them anyway). */
    static final String HTMX_CONFIG = "{\"includeIndicatorStyles\":false,\"allowEval\":false,"
            + "\"allowScriptTags\":false,\"selfRequestsOnly\":true,\"historyCacheSize\":0}";

    private static final List<String[]> NAV = List.of(
            new String[] {"/", "Overview"},
            new String[] {"/findings", "Findings"},
            new String[] {"/relations", "Relations index"},
            new String[] {"/events", "Events"},
            new String[] {"/indicators", "Indicators"},
            new String[] {"/chronology", "Chronology"},
            new String[] {"/search", "Search"},
            new String[] {"/documents", "Documents"},
            new String[] {"/agreement", "Agreement"},
            new String[] {"/claims", "Claims"});

    private Page() {
    }

    /**
     * @param title  the page title (untrusted parts escaped here)
     * @param active the navigation path to mark as current
     * @param csrf   the session's token
     * @param body   the page's own content
     */
    public static String render(String title, String active, String csrf, Markup body) {
        Markup m = new Markup();
        m.trusted("<!DOCTYPE html>\n").open("html", "lang", "en").newline().open("head").newline();
        m.empty("meta", "charset", "utf-8").newline();
        m.empty("meta", "name", "viewport", "content", "width=device-width, initial-scale=1").newline();
        m.empty("meta", "name", "htmx-config", "content", HTMX_CONFIG).newline();
        m.empty("meta", "name", "csrf-token", "content", csrf).newline();
        m.element("title", title + " · dyadlab").newline();
        m.empty("link", "rel", "icon", "href", "/static/favicon.svg", "type", "image/svg+xml").newline();
        m.empty("link", "rel", "stylesheet", "href", "/static/dyadlab.css").newline();
        m.open("script", "src", HTMX, "defer", "defer").close("script").newline();
        m.open("script", "src", ECHARTS, "defer", "defer").close("script").newline();
        m.open("script", "src", "/static/dashboard.js", "defer", "defer").close("script").newline();
        m.close("head").newline();
        m.open("body", "hx-headers", "{\"X-CSRF-Token\":\"" + csrf + "\"}").newline();
        m.open("header", "class", "top").open("span", "class", "brand").text("dyadlab").close("span");
        m.open("nav", "aria-label", "views");
        for (String[] n : NAV) {
            m.element("a", n[1], "href", n[0], "class", n[0].equals(active) ? "current" : null);
        }
        m.close("nav").close("header").newline();
        m.open("main", "id", "main").newline();
        m.trusted(body.toString());
        m.close("main").newline().close("body").newline().close("html").newline();
        return m.toString();
    }

    /** The hidden field carrying the CSRF token in a form. */
    public static void csrfField(Markup m, String csrf) {
        m.empty("input", "type", "hidden", "name", "_csrf", "value", csrf);
    }
}

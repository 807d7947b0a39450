package org.dyadlab.web.view;

import org.dyadlab.report.text.Markup;
import org.dyadlab.web.api.ErrorBody;

/** An error as a page: the status and what was wrong, escaped like everything else. */
final class ErrorView {
    private ErrorView() {
    }

    static Markup render(int status, ErrorBody e) {
        Markup m = new Markup();
        m.element("h1", status == 404 ? "Not found" : status == 400 ? "Bad request" : status == 403 ? "Refused"
                : status == 413 ? "Too large" : "Something went wrong");
        m.element("p", e.message(), "class", "error", "data-parameter", e.parameter());
        m.open("p").element("a", "Back to the overview", "href", "/").close("p");
        return m;
    }
}

package org.dyadlab.report.sections;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.dyadlab.report.ReportData;
import org.dyadlab.report.text.Anchors;
import org.dyadlab.report.text.Markup;

/**
 * Citation keys as links to their bibliography entries ({@code #ref-<key>}). A key the bibliography lacks is shown
 * as plain text marked as missing, so that no link of the report points nowhere.
 */
final class Citations {
    private final Set<String> keys = new HashSet<>();

    Citations(List<ReportData.BibEntry> bibliography) {
        bibliography.forEach(b -> keys.add(b.key()));
    }

    boolean known(String key) {
        return keys.contains(key);
    }

    /** "[a; b]" with each key a link; nothing when there is no key. */
    void bracketed(Markup m, List<String> citations) {
        if (citations.isEmpty()) {
            return;
        }
        m.open("span", "class", "cites").text("[");
        for (int i = 0; i < citations.size(); i++) {
            if (i > 0) {
                m.text("; ");
            }
            one(m, citations.get(i));
        }
        m.text("]").close("span");
    }

    /** One key: a link when the bibliography has it, else marked text. */
    void one(Markup m, String key) {
        if (key != null && known(key)) {
            m.element("a", key, "href", "#" + Anchors.reference(key), "class", "cite");
        } else {
            m.element("span", key, "class", "missing-ref", "title", "not in the bibliography");
        }
    }
}

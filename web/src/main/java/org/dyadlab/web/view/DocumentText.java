package org.dyadlab.web.view;

import java.util.List;
import java.util.TreeSet;
import org.dyadlab.report.text.Markup;
import org.dyadlab.web.data.CorpusJson.PassageJson;
import org.dyadlab.web.data.Json.SpanJson;

/**
 * A window of a document's text as HTML: cut at every passage and highlight boundary into segments, each an element
 * with one text node and its offset in {@code data-s}, so the page's script can turn a selection into document
 * offsets (UTF-16, as the store counts them). Coded stretches carry class {@code coded}, highlights are
 * {@code mark}s. Every character is escaped; a carriage return is written as {@code &#13;} so the HTML parser keeps
 * it (it would turn CR LF into LF and shift every offset after it).
 */
final class DocumentText {
    private DocumentText() {
    }

    static void write(Markup m, String text, int start, List<PassageJson> passages, List<SpanJson> highlights) {
        int end = start + text.length();
        TreeSet<Integer> cuts = new TreeSet<>();
        cuts.add(start);
        cuts.add(end);
        for (PassageJson p : passages) {
            if (p.current()) {
                cut(cuts, p.start(), start, end);
                cut(cuts, p.end(), start, end);
            }
        }
        for (SpanJson h : highlights) {
            cut(cuts, h.start(), start, end);
            cut(cuts, h.end(), start, end);
        }
        boolean firstMark = true;
        Integer a = cuts.first();
        for (Integer b : cuts.tailSet(a, false)) {
            boolean coded = false;
            for (PassageJson p : passages) {
                if (p.current() && p.start() <= a && b <= p.end()) {
                    coded = true;
                    break;
                }
            }
            boolean marked = false;
            for (SpanJson h : highlights) {
                if (h.start() <= a && b <= h.end()) {
                    marked = true;
                    break;
                }
            }
            String tag = marked ? "mark" : "span";
            m.open(tag, "data-s", String.valueOf(a), "class", coded ? "seg coded" : "seg",
                    "id", marked && firstMark ? "hl-first" : null);
            if (marked) {
                firstMark = false;
            }
            keepingCarriageReturns(m, text.substring(a - start, b - start));
            m.close(tag);
            a = b;
        }
    }

    private static void cut(TreeSet<Integer> cuts, int at, int start, int end) {
        if (at > start && at < end) {
            cuts.add(at);
        }
    }

    static void keepingCarriageReturns(Markup m, String s) {
        int from = 0;
        for (int i = s.indexOf('\r'); i >= 0; i = s.indexOf('\r', from)) {
            m.text(s.substring(from, i)).trusted("&#13;");
            from = i + 1;
        }
        m.text(s.substring(from));
    }
}

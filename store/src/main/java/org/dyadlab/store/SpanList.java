package org.dyadlab.store;

import java.util.ArrayList;
import java.util.List;
import org.dyadlab.model.corpus.TextSpan;

/** The text form of a list of spans in {@code corpus_versions}: {@code start:end} pairs joined by ','. */
final class SpanList {
    private SpanList() {
    }

    static String format(List<TextSpan> spans) {
        StringBuilder sb = new StringBuilder(spans.size() * 10);
        for (TextSpan s : spans) {
            if (!sb.isEmpty()) {
                sb.append(',');
            }
            sb.append(s.start()).append(':').append(s.end());
        }
        return sb.toString();
    }

    static List<TextSpan> parse(String text) {
        List<TextSpan> out = new ArrayList<>();
        if (text == null || text.isEmpty()) {
            return out;
        }
        for (String pair : text.split(",")) {
            int colon = pair.indexOf(':');
            out.add(new TextSpan(Integer.parseInt(pair.substring(0, colon)), Integer.parseInt(pair.substring(colon + 1))));
        }
        return out;
    }
}

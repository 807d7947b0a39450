package org.dyadlab.corpus.search;

import java.util.List;
import org.dyadlab.model.corpus.TextSpan;

/**
 * A stretch of a hit's text around matches.
 *
 * @param span       where it is in the document's current text (usable as {@code --span} when coding)
 * @param text       the stretch itself
 * @param highlights the matched words, as spans of the document's text
 */
public record Snippet(TextSpan span, String text, List<TextSpan> highlights) {
    public Snippet {
        highlights = List.copyOf(highlights);
    }

    /** The text with each match between the given marks, e.g. {@code [} and {@code ]}. */
    public String marked(String open, String close) {
        StringBuilder sb = new StringBuilder();
        int pos = span.start();
        for (TextSpan h : highlights) {
            sb.append(text, pos - span.start(), h.start() - span.start()).append(open)
                    .append(text, h.start() - span.start(), h.end() - span.start()).append(close);
            pos = h.end();
        }
        sb.append(text, pos - span.start(), text.length());
        return sb.toString().replaceAll("\\s+", " ").strip();
    }
}

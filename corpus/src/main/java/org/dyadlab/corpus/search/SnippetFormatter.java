package org.dyadlab.corpus.search;

import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;
import org.dyadlab.model.corpus.TextSpan;

/**
 * Turns the highlighter's passages into {@link Snippet}s with offsets, instead of marked-up strings. Matches
 * separated only by white space are joined into one highlight.
 */
final class SnippetFormatter extends PassageFormatter {
    @Override
    public Object format(Passage[] passages, String content) {
        List<Snippet> out = new ArrayList<>();
        for (Passage p : passages) {
            List<TextSpan> marks = new ArrayList<>();
            int[] starts = p.getMatchStarts();
            int[] ends = p.getMatchEnds();
            int lastEnd = -1;
            for (int i = 0; i < p.getNumMatches(); i++) {
                int s = Math.max(starts[i], lastEnd);
                if (ends[i] <= s) {
                    continue;
                }
                TextSpan last = marks.isEmpty() ? null : marks.get(marks.size() - 1);
                if (last != null && content.substring(last.end(), s).isBlank()) {
                    // words matched next to each other read as one highlight: [safe havens]
                    marks.set(marks.size() - 1, new TextSpan(last.start(), ends[i]));
                } else {
                    marks.add(new TextSpan(s, ends[i]));
                }
                lastEnd = ends[i];
            }
            out.add(new Snippet(new TextSpan(p.getStartOffset(), p.getEndOffset()),
                    content.substring(p.getStartOffset(), p.getEndOffset()), marks));
        }
        return out;
    }
}

package org.dyadlab.corpus.coding;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.dyadlab.model.corpus.Code;
import org.dyadlab.model.corpus.Codebook;
import org.dyadlab.model.corpus.CodingOrigin;
import org.dyadlab.model.corpus.CodingRule;
import org.dyadlab.model.corpus.DocumentVersion;
import org.dyadlab.model.corpus.Passage;
import org.dyadlab.model.corpus.TextSpan;

/**
 * Codes a text with a codebook's rules. The unit is the sentence ({@link Sentences}): a sentence in which a
 * rule of a code matches becomes a passage of that code (a match running over a sentence end takes in every
 * sentence it touches). Each passage records the rules that matched in it, in codebook order, joined by "; ".
 * The result depends only on the text and the codebook.
 */
public final class RuleCoder {
    private final Codebook codebook;

    public RuleCoder(Codebook codebook) {
        this.codebook = codebook;
    }

    public Codebook codebook() {
        return codebook;
    }

    public List<Passage> code(DocumentVersion version, Instant codedAt) {
        List<TextSpan> sentences = Sentences.of(version);
        if (sentences.isEmpty()) {
            return List.of();
        }
        Words words = Words.of(version.text());
        RuleMatcher.WordIndex index = new RuleMatcher.WordIndex(words);
        int[] sentenceStarts = sentences.stream().mapToInt(TextSpan::start).toArray();
        List<Passage> out = new ArrayList<>();
        for (Code code : codebook.ruleCodes()) {
            Map<TextSpan, Set<String>> spans = new TreeMap<>();
            for (CodingRule rule : code.rules()) {
                for (RuleMatcher.Match m : RuleMatcher.matches(rule, index)) {
                    TextSpan span = covering(sentences, sentenceStarts, words.starts[m.firstWord()],
                            words.ends[m.lastWord()]);
                    spans.computeIfAbsent(span, k -> new LinkedHashSet<>()).add(rule.describe());
                }
            }
            for (Map.Entry<TextSpan, Set<String>> e : merged(spans).entrySet()) {
                TextSpan s = e.getKey();
                out.add(new Passage(0, version.documentId(), version.version(), s, code.id(), Passage.RULE_CODER,
                        CodingOrigin.RULE, String.join("; ", e.getValue()), version.quote(s), codedAt));
            }
        }
        out.sort((a, b) -> a.span().compareTo(b.span()) != 0 ? a.span().compareTo(b.span())
                : a.codeId().compareTo(b.codeId()));
        return out;
    }

    /** The sentence(s) holding the characters from..to. */
    private static TextSpan covering(List<TextSpan> sentences, int[] starts, int from, int to) {
        int first = sentenceAt(starts, from);
        int last = sentenceAt(starts, Math.max(from, to - 1));
        return new TextSpan(sentences.get(first).start(), sentences.get(last).end());
    }

    private static int sentenceAt(int[] starts, int offset) {
        int i = java.util.Arrays.binarySearch(starts, offset);
        return i >= 0 ? i : Math.max(0, -i - 2);
    }

    /** Overlapping spans of one code become one passage carrying all their rules. */
    private static Map<TextSpan, Set<String>> merged(Map<TextSpan, Set<String>> spans) {
        Map<TextSpan, Set<String>> out = new TreeMap<>();
        TextSpan current = null;
        Set<String> rules = null;
        for (Map.Entry<TextSpan, Set<String>> e : spans.entrySet()) {
            if (current != null && current.overlaps(e.getKey())) {
                current = current.union(e.getKey());
                rules.addAll(e.getValue());
            } else {
                if (current != null) {
                    out.put(current, rules);
                }
                current = e.getKey();
                rules = new LinkedHashSet<>(e.getValue());
            }
        }
        if (current != null) {
            out.put(current, rules);
        }
        return Collections.unmodifiableMap(out);
    }
}

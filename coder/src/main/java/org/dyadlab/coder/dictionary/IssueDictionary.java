package org.dyadlab.coder.dictionary;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Issue phrases and their codes ("n:refugee [REFUGEES]"), found in a sentence by plain phrase matching on whole
 * words. A sentence holding any ignore phrase ({@code ~...} in the file) gets no issues at all, as in PETRARCH.
 */
public final class IssueDictionary {
    /** A phrase (upper case, single blanks) and its issue code; a null code marks an ignore phrase. */
    public record IssuePhrase(String phrase, String code, int line) {
    }

    /** An issue code and how many of its phrases the sentence holds. */
    public record IssueCount(String code, int count) {
    }

    private final List<IssuePhrase> phrases;

    public IssueDictionary(List<IssuePhrase> phrases) {
        this.phrases = List.copyOf(phrases);
    }

    public static IssueDictionary empty() {
        return new IssueDictionary(List.of());
    }

    public int size() {
        return phrases.size();
    }

    /** The issues of a sentence, in the order their codes were first found. */
    public List<IssueCount> issuesOf(String text) {
        if (phrases.isEmpty()) {
            return List.of();
        }
        String t = " " + text.toUpperCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}'-]+", " ").strip() + " ";
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (IssuePhrase p : phrases) {
            if (t.contains(" " + p.phrase() + " ")) {
                if (p.code() == null) {
                    return List.of();
                }
                counts.merge(p.code(), 1, Integer::sum);
            }
        }
        List<IssueCount> out = new ArrayList<>(counts.size());
        counts.forEach((code, n) -> out.add(new IssueCount(code, n)));
        return out;
    }
}

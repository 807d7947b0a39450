package org.dyadlab.coder.dictionary;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

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
    private final CharTrie<List<IssuePhrase>> trie = new CharTrie<>();

    public IssueDictionary(List<IssuePhrase> phrases) {
        this.phrases = List.copyOf(phrases);
        Map<String, List<IssuePhrase>> byPhrase = new LinkedHashMap<>();
        for (IssuePhrase p : this.phrases) {
            byPhrase.computeIfAbsent(p.phrase(), k -> new ArrayList<>()).add(p);
        }
        byPhrase.forEach(trie::put);
        trie.freeze();
    }

    public static IssueDictionary empty() {
        return new IssueDictionary(List.of());
    }

    public int size() {
        return phrases.size();
    }

    /** The issues of a sentence, each phrase counted once, in the order their codes were first found. */
    public List<IssueCount> issuesOf(String text) {
        if (phrases.isEmpty()) {
            return List.of();
        }
        String t = CharTrie.normalise(text, "'-");
        Set<String> seen = new HashSet<>();
        Map<String, Integer> counts = new LinkedHashMap<>();
        boolean[] ignore = {false};
        for (int i = 0; i < t.length() && !ignore[0]; i++) {
            if (i > 0 && t.charAt(i - 1) != ' ') {
                continue;
            }
            trie.matchAt(t, i, (list, end) -> {
                if (end < t.length() && t.charAt(end) != ' ') {
                    return true;
                }
                for (IssuePhrase p : list) {
                    if (p.code() == null) {
                        ignore[0] = true;
                        return false;
                    }
                    if (seen.add(p.phrase() + "\u0000" + p.code())) {
                        counts.merge(p.code(), 1, Integer::sum);
                    }
                }
                return true;
            });
        }
        if (ignore[0]) {
            return List.of();
        }
        List<IssueCount> out = new ArrayList<>(counts.size());
        counts.forEach((code, n) -> out.add(new IssueCount(code, n)));
        return out;
    }
}

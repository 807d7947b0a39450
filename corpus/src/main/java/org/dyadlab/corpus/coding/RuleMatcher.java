package org.dyadlab.corpus.coding;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.dyadlab.model.corpus.CodingRule;

/**
 * Finds where one rule matches in a text's words. A match is the range of word positions it covers, first and
 * last included.
 */
final class RuleMatcher {
    record Match(int firstWord, int lastWord) {
    }

    private RuleMatcher() {
    }

    /** Word positions by word, built once per text. */
    static final class WordIndex {
        private final Words words;
        private final Map<String, int[]> positions = new HashMap<>();

        WordIndex(Words words) {
            this.words = words;
            Map<String, List<Integer>> tmp = new HashMap<>();
            for (int i = 0; i < words.size(); i++) {
                tmp.computeIfAbsent(words.words[i], k -> new ArrayList<>()).add(i);
            }
            tmp.forEach((k, v) -> positions.put(k, v.stream().mapToInt(Integer::intValue).toArray()));
        }

        Words words() {
            return words;
        }

        /** Sorted positions of a rule word ("sanction*" gathers every word starting "sanction"). */
        int[] find(String ruleWord) {
            if (!ruleWord.endsWith("*")) {
                return positions.getOrDefault(ruleWord, new int[0]);
            }
            String prefix = ruleWord.substring(0, ruleWord.length() - 1);
            List<int[]> hits = new ArrayList<>();
            int total = 0;
            for (Map.Entry<String, int[]> e : positions.entrySet()) {
                if (e.getKey().startsWith(prefix)) {
                    hits.add(e.getValue());
                    total += e.getValue().length;
                }
            }
            int[] all = new int[total];
            int k = 0;
            for (int[] h : hits) {
                System.arraycopy(h, 0, all, k, h.length);
                k += h.length;
            }
            java.util.Arrays.sort(all);
            return all;
        }

        boolean matches(int position, String ruleWord) {
            String w = words.words[position];
            return ruleWord.endsWith("*") ? w.startsWith(ruleWord.substring(0, ruleWord.length() - 1))
                    : w.equals(ruleWord);
        }
    }

    static List<Match> matches(CodingRule rule, WordIndex index) {
        return switch (rule.type()) {
            case TERM, PHRASE -> sequence(phraseWords(rule.words()), index);
            case NEAR -> near(rule, index);
        };
    }

    private static List<String> phraseWords(List<String> words) {
        List<String> out = new ArrayList<>();
        words.forEach(w -> out.addAll(Words.split(w)));
        return out;
    }

    private static List<Match> sequence(List<String> parts, WordIndex index) {
        List<Match> out = new ArrayList<>();
        if (parts.isEmpty()) {
            return out;
        }
        int n = index.words().size();
        for (int p : index.find(parts.get(0))) {
            int last = p + parts.size() - 1;
            if (last >= n) {
                continue;
            }
            boolean all = true;
            for (int k = 1; k < parts.size() && all; k++) {
                all = index.matches(p + k, parts.get(k));
            }
            if (all) {
                out.add(new Match(p, last));
            }
        }
        return out;
    }

    /** Each occurrence of the first word with every other word within the distance (nearest occurrence taken). */
    private static List<Match> near(CodingRule rule, WordIndex index) {
        List<Match> out = new ArrayList<>();
        List<List<Match>> others = new ArrayList<>();
        for (String w : rule.words().subList(1, rule.words().size())) {
            others.add(sequence(Words.split(w), index));
        }
        for (Match anchor : sequence(Words.split(rule.words().get(0)), index)) {
            int lo = anchor.firstWord();
            int hi = anchor.lastWord();
            boolean all = true;
            for (List<Match> other : others) {
                Match best = null;
                int bestDistance = Integer.MAX_VALUE;
                for (Match m : other) {
                    int d = Math.abs(m.firstWord() - anchor.firstWord());
                    if (d <= rule.within() && d < bestDistance && m.firstWord() != anchor.firstWord()) {
                        best = m;
                        bestDistance = d;
                    }
                }
                if (best == null) {
                    all = false;
                    break;
                }
                lo = Math.min(lo, best.firstWord());
                hi = Math.max(hi, best.lastWord());
            }
            if (all) {
                out.add(new Match(lo, hi));
            }
        }
        return out;
    }
}

package org.dyadlab.corpus.coding;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The words of a text with their offsets: runs of letters and digits, lower-cased. Everything else (spaces,
 * punctuation, hyphens, apostrophes) separates words, so "counter-terrorism" is the two words "counter
 * terrorism" and "Pakistan's" is "pakistan s".
 */
final class Words {
    final String[] words;
    final int[] starts;
    final int[] ends;

    private Words(List<String> w, List<int[]> offsets) {
        words = w.toArray(String[]::new);
        starts = new int[w.size()];
        ends = new int[w.size()];
        for (int i = 0; i < w.size(); i++) {
            starts[i] = offsets.get(i)[0];
            ends[i] = offsets.get(i)[1];
        }
    }

    static Words of(String text) {
        List<String> w = new ArrayList<>();
        List<int[]> offsets = new ArrayList<>();
        int n = text.length();
        int i = 0;
        while (i < n) {
            while (i < n && !Character.isLetterOrDigit(text.charAt(i))) {
                i++;
            }
            int s = i;
            while (i < n && Character.isLetterOrDigit(text.charAt(i))) {
                i++;
            }
            if (i > s) {
                w.add(text.substring(s, i).toLowerCase(Locale.ROOT));
                offsets.add(new int[] {s, i});
            }
        }
        return new Words(w, offsets);
    }

    /** A rule word split the same way ("f-16*" → "f", "16*"); a final '*' stays on the last part. */
    static List<String> split(String ruleWord) {
        boolean prefix = ruleWord.endsWith("*");
        String core = prefix ? ruleWord.substring(0, ruleWord.length() - 1) : ruleWord;
        List<String> parts = new ArrayList<>();
        for (String p : core.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (!p.isEmpty()) {
                parts.add(p);
            }
        }
        if (prefix && !parts.isEmpty()) {
            parts.set(parts.size() - 1, parts.get(parts.size() - 1) + "*");
        }
        return parts;
    }

    int size() {
        return words.length;
    }
}

package org.dyadlab.coder.dictionary;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A dictionary phrase such as {@code PRIME_MINISTER} or {@code ITHILEN TELEVISION}: words joined by {@code _}
 * must be consecutive in the text, words joined by a blank may have other words between them.
 *
 * @param words    the words, upper case, at least one
 * @param adjacent {@code adjacent[i]} is true when word {@code i + 1} must follow word {@code i} directly
 */
public record PhrasePattern(List<String> words, List<Boolean> adjacent) {
    public PhrasePattern {
        words = List.copyOf(words);
        adjacent = List.copyOf(adjacent);
        if (words.isEmpty()) {
            throw new IllegalArgumentException("a phrase needs at least one word");
        }
        if (adjacent.size() != words.size() - 1) {
            throw new IllegalArgumentException("one connector between each pair of words");
        }
    }

    /** The words and connectors as arrays, for matching in a hot loop. */
    private String[] wordArray() {
        return words.toArray(String[]::new);
    }

    /**
     * Parses "PRIME_MINISTER", "ITHILEN TELEVISION", "ARNOR_" (a final connector means nothing). Two words are
     * adjacent when only underscores separate them ("A_ B" is loose, as in PETRARCH).
     */
    public static PhrasePattern parse(String text) {
        List<String> words = new ArrayList<>();
        List<Boolean> adjacent = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        boolean onlyUnderscores = true;
        for (int i = 0; i <= text.length(); i++) {
            char c = i < text.length() ? text.charAt(i) : ' ';
            if (c == ' ' || c == '_' || c == '\t') {
                if (word.length() > 0) {
                    if (!words.isEmpty()) {
                        adjacent.add(onlyUnderscores);
                    }
                    words.add(word.toString().toUpperCase(Locale.ROOT));
                    word.setLength(0);
                    onlyUnderscores = true;
                }
                if (c != '_') {
                    onlyUnderscores = false;
                }
            } else {
                word.append(c);
            }
        }
        if (words.isEmpty()) {
            throw new IllegalArgumentException("no words in phrase '" + text + "'");
        }
        return new PhrasePattern(words, adjacent);
    }

    public String first() {
        return words.get(0);
    }

    public int size() {
        return words.size();
    }

    /**
     * Matches this phrase against {@code text} starting at {@code start} (whose word must be the first word).
     * Returns how many words of the text the match spans, or -1. The first possible position of each later word
     * is taken.
     */
    public int matchAt(List<String> text, int start) {
        return compile().matchAt(text.toArray(String[]::new), start);
    }

    /** This phrase in array form; {@link PhraseIndex} keeps one per phrase. */
    Compiled compile() {
        boolean[] adj = new boolean[adjacent.size()];
        for (int i = 0; i < adj.length; i++) {
            adj[i] = adjacent.get(i);
        }
        return new Compiled(wordArray(), adj);
    }

    /** A phrase as arrays: the form matched against sentences. */
    static final class Compiled {
        private final String[] words;
        private final boolean[] adjacent;

        Compiled(String[] words, boolean[] adjacent) {
            this.words = words;
            this.adjacent = adjacent;
        }

        int size() {
            return words.length;
        }

        int matchAt(String[] text, int start) {
            if (start >= text.length || !text[start].equals(words[0])) {
                return -1;
            }
            int k = start + 1;
            for (int w = 1; w < words.length; w++) {
                String want = words[w];
                if (adjacent[w - 1]) {
                    if (k >= text.length || !text[k].equals(want)) {
                        return -1;
                    }
                } else {
                    while (k < text.length && !text[k].equals(want)) {
                        k++;
                    }
                    if (k >= text.length) {
                        return -1;
                    }
                }
                k++;
            }
            return k - start;
        }
    }

    /** The phrase as the dictionary would write it. */
    @Override
    public String toString() {
        StringBuilder b = new StringBuilder(words.get(0));
        for (int i = 1; i < words.size(); i++) {
            b.append(adjacent.get(i - 1) ? '_' : ' ').append(words.get(i));
        }
        return b.toString();
    }
}

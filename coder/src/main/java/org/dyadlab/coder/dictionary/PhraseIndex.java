package org.dyadlab.coder.dictionary;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Phrases keyed by their first word, longest phrase first (file order among phrases of equal length), so that
 * {@code ITHILEN TELEVISION} is tried before {@code ITHILEN}.
 *
 * @param <T> what a phrase stands for (actor codes, an agent code)
 */
public final class PhraseIndex<T> {
    /** A phrase and its payload. */
    public record Entry<T>(PhrasePattern phrase, T value, int line) {
    }

    /** An entry with its phrase in array form. */
    private record Compiled<T>(PhrasePattern.Compiled phrase, Entry<T> entry) {
    }

    /** A phrase found in a text: where it starts, how many words it spans, and its entry. */
    public record Match<T>(int start, int length, Entry<T> entry) {
    }

    private final Map<String, List<Entry<T>>> byFirstWord;
    private final Map<String, Compiled<T>[]> compiled;
    private final int size;

    @SuppressWarnings("unchecked")
    private PhraseIndex(Map<String, List<Entry<T>>> byFirstWord, int size) {
        this.byFirstWord = byFirstWord;
        this.size = size;
        this.compiled = new HashMap<>(byFirstWord.size() * 2);
        for (Map.Entry<String, List<Entry<T>>> e : byFirstWord.entrySet()) {
            Compiled<T>[] c = (Compiled<T>[]) new Compiled<?>[e.getValue().size()];
            for (int i = 0; i < c.length; i++) {
                Entry<T> entry = e.getValue().get(i);
                c[i] = new Compiled<>(entry.phrase().compile(), entry);
            }
            compiled.put(e.getKey(), c);
        }
    }

    /** The first phrase (longest first) that starts at {@code start} in {@code words}, or null. */
    public Match<T> matchAt(List<String> words, int start) {
        return matchAt(words.toArray(String[]::new), start);
    }

    /** The first phrase (longest first) that starts at {@code start} in {@code words}, or null. */
    public Match<T> matchAt(String[] words, int start) {
        Compiled<T>[] candidates = compiled.get(words[start]);
        if (candidates == null) {
            return null;
        }
        for (Compiled<T> c : candidates) {
            int length = c.phrase().matchAt(words, start);
            if (length > 0) {
                return new Match<>(start, length, c.entry());
            }
        }
        return null;
    }

    public int size() {
        return size;
    }

    /** Collects entries in file order; {@link #build} sorts them. */
    public static final class Builder<T> {
        private final Map<String, List<Entry<T>>> map = new HashMap<>();
        private int size;

        public void add(PhrasePattern phrase, T value, int line) {
            map.computeIfAbsent(phrase.first(), k -> new ArrayList<>()).add(new Entry<>(phrase, value, line));
            size++;
        }

        /** Adds every entry of another index (for several actor files). */
        public void addAll(PhraseIndex<T> other) {
            for (List<Entry<T>> list : other.byFirstWord.values()) {
                for (Entry<T> e : list) {
                    add(e.phrase(), e.value(), e.line());
                }
            }
        }

        public PhraseIndex<T> build() {
            Map<String, List<Entry<T>>> sorted = new HashMap<>(map.size() * 2);
            Comparator<Entry<T>> longestFirst = Comparator.comparingInt(e -> -e.phrase().size());
            for (Map.Entry<String, List<Entry<T>>> e : map.entrySet()) {
                List<Entry<T>> list = new ArrayList<>(e.getValue());
                list.sort(longestFirst);
                sorted.put(e.getKey(), List.copyOf(list));
            }
            return new PhraseIndex<>(sorted, size);
        }
    }
}

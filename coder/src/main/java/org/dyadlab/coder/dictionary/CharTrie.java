package org.dyadlab.coder.dictionary;

import java.util.Arrays;

/**
 * A character trie for finding phrases in a text at word starts, in time proportional to the text, not to the
 * number of phrases (the Phoenix discard and issue lists hold hundreds and thousands). Phrases and texts are
 * upper case with single blanks between words.
 *
 * @param <T> what a phrase stands for
 */
final class CharTrie<T> {
    private char[] keys = new char[0];
    private CharTrie<T>[] children = newArray(0);
    /** For a node with many children, its children of ASCII characters indexed directly (see {@link #freeze}). */
    private CharTrie<T>[] ascii;
    private T value;

    void put(String phrase, T v) {
        CharTrie<T> node = this;
        for (int i = 0; i < phrase.length(); i++) {
            node = node.child(phrase.charAt(i), true);
        }
        if (node.value == null) {
            node.value = v;
        }
    }

    /**
     * Prepares the trie for lookups: nodes with many children (those near the root) get a direct index. Call once
     * after the last {@link #put}; the trie is then read-only and safe to share between threads.
     */
    void freeze() {
        if (keys.length > 8) {
            CharTrie<T>[] a = newArray(128);
            for (int k = 0; k < keys.length; k++) {
                if (keys[k] < 128) {
                    a[keys[k]] = children[k];
                }
            }
            ascii = a;
        }
        for (CharTrie<T> c : children) {
            c.freeze();
        }
    }

    /** Calls {@code visitor} for each phrase that occurs in {@code text} at {@code start}; stops when it returns false. */
    void matchAt(String text, int start, Visitor<T> visitor) {
        CharTrie<T> node = this;
        for (int i = start; i < text.length(); i++) {
            node = node.child(text.charAt(i), false);
            if (node == null) {
                return;
            }
            if (node.value != null && !visitor.visit(node.value, i + 1)) {
                return;
            }
        }
    }

    /** Receives a phrase found and the index just after it; returns false to stop. */
    interface Visitor<T> {
        boolean visit(T value, int end);
    }

    private CharTrie<T> child(char c, boolean create) {
        if (!create && ascii != null && c < 128) {
            return ascii[c];
        }
        int i = Arrays.binarySearch(keys, c);
        if (i >= 0) {
            return children[i];
        }
        if (!create) {
            return null;
        }
        ascii = null;
        int at = -i - 1;
        char[] k = new char[keys.length + 1];
        CharTrie<T>[] ch = newArray(keys.length + 1);
        System.arraycopy(keys, 0, k, 0, at);
        System.arraycopy(children, 0, ch, 0, at);
        k[at] = c;
        ch[at] = new CharTrie<>();
        System.arraycopy(keys, at, k, at + 1, keys.length - at);
        System.arraycopy(children, at, ch, at + 1, keys.length - at);
        keys = k;
        children = ch;
        return ch[at];
    }

    @SuppressWarnings("unchecked")
    private static <T> CharTrie<T>[] newArray(int n) {
        return (CharTrie<T>[]) new CharTrie<?>[n];
    }

    /**
     * Upper case, every run of characters that are not letters, digits or the given kept characters made one
     * blank, trimmed.
     */
    static String normalise(String text, String kept) {
        StringBuilder b = new StringBuilder(text.length());
        boolean blank = true;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLetterOrDigit(c) || kept.indexOf(c) >= 0) {
                b.append(Character.toUpperCase(c));
                blank = false;
            } else if (!blank) {
                b.append(' ');
                blank = true;
            }
        }
        int n = b.length();
        if (n > 0 && b.charAt(n - 1) == ' ') {
            b.setLength(n - 1);
        }
        return b.toString();
    }
}

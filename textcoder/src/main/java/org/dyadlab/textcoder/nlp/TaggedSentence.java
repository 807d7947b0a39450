package org.dyadlab.textcoder.nlp;

import java.util.Objects;

/**
 * A sentence as the analyzer sees it: its tokens with their character offsets in the sentence, their Penn
 * Treebank part-of-speech tags and their chunk tags (CoNLL-2000 style: {@code B-NP}, {@code I-NP}, {@code B-VP},
 * {@code O}, ...).
 */
public record TaggedSentence(String text, String[] tokens, int[] starts, int[] ends, String[] tags, String[] chunks) {
    public TaggedSentence {
        Objects.requireNonNull(text, "text");
        int n = tokens.length;
        if (starts.length != n || ends.length != n || tags.length != n || chunks.length != n) {
            throw new IllegalArgumentException("tokens, offsets, tags and chunks must be of one length");
        }
    }

    public int size() {
        return tokens.length;
    }

    /** The sentence as "word/TAG/CHUNK" items, for tests and explanations. */
    public String explain() {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < tokens.length; i++) {
            if (i > 0) {
                b.append(' ');
            }
            b.append(tokens[i]).append('/').append(tags[i]).append('/').append(chunks[i]);
        }
        return b.toString();
    }
}

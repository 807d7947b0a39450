package org.dyadlab.coder.dictionary;

import java.util.List;

/**
 * A named set of words and phrases ({@code &CURRENCY}: DOLLARS, EUROS, SWISS FRANCS, ...) that a verb pattern can
 * use in place of a word. The words of a phrase must be consecutive in the text.
 *
 * @param name    the name with its {@code &}
 * @param phrases each phrase as its upper-case words
 */
public record Synset(String name, List<List<String>> phrases) {
    public Synset {
        phrases = phrases.stream().map(List::copyOf).toList();
    }
}

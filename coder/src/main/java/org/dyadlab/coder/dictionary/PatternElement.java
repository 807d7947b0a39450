package org.dyadlab.coder.dictionary;

import java.util.Objects;

/**
 * One element of a verb pattern.
 *
 * @param kind     what the element matches
 * @param word     the word, for {@link Kind#WORD}
 * @param synset   the synset, for {@link Kind#SYNSET}
 * @param adjacent true when the element must directly follow the previous one in matching order (the verb for the
 *                 first element); written {@code _} in the dictionary
 */
public record PatternElement(Kind kind, String word, Synset synset, boolean adjacent) {
    /** Pattern element kinds. */
    public enum Kind {
        /** A literal word. */
        WORD,
        /** Any phrase of a synset ({@code &NAME}). */
        SYNSET,
        /** The source actor ({@code $}): the actor phrase at or after this point. */
        SOURCE,
        /** The target actor ({@code +}). */
        TARGET,
        /** Skip to the end of the actor phrase at or after this point ({@code ^}). */
        SKIP_ACTOR,
        /** A compound actor standing for both source and target ({@code %}). */
        COMPOUND
    }

    public PatternElement {
        Objects.requireNonNull(kind, "kind");
        if (kind == Kind.WORD && (word == null || word.isEmpty())) {
            throw new IllegalArgumentException("a word element needs its word");
        }
        if (kind == Kind.SYNSET && synset == null) {
            throw new IllegalArgumentException("a synset element needs its synset");
        }
    }

    @Override
    public String toString() {
        return switch (kind) {
            case WORD -> word;
            case SYNSET -> synset.name();
            case SOURCE -> "$";
            case TARGET -> "+";
            case SKIP_ACTOR -> "^";
            case COMPOUND -> "%";
        };
    }
}

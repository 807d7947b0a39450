package org.dyadlab.coder.dictionary;

import java.util.List;

/**
 * Actor phrases ("ARNOR", "PRESIDENT_GEORGE_W._BUSH", "THE_HERMIT_KINGDOM") and their (possibly date-restricted)
 * CAMEO codes, from one or more TABARI-format actor files.
 */
public final class ActorDictionary {
    private final PhraseIndex<ActorCodes> phrases;
    private final int entries;

    public ActorDictionary(PhraseIndex<ActorCodes> phrases, int entries) {
        this.phrases = phrases;
        this.entries = entries;
    }

    /** The longest actor phrase starting at word {@code start}, or null. */
    public PhraseIndex.Match<ActorCodes> matchAt(List<String> words, int start) {
        return phrases.matchAt(words, start);
    }

    /** The same, for a phrase already in array form. */
    public PhraseIndex.Match<ActorCodes> matchAt(String[] words, int start) {
        return phrases.matchAt(words, start);
    }

    /** Actor entries (a root and its synonyms count once). */
    public int entries() {
        return entries;
    }

    /** Phrases, counting synonyms. */
    public int phrases() {
        return phrases.size();
    }

    /** Several files read as one dictionary. */
    public static ActorDictionary merge(List<ActorDictionary> parts) {
        PhraseIndex.Builder<ActorCodes> b = new PhraseIndex.Builder<>();
        int n = 0;
        for (ActorDictionary d : parts) {
            b.addAll(d.phrases);
            n += d.entries;
        }
        return new ActorDictionary(b.build(), n);
    }
}

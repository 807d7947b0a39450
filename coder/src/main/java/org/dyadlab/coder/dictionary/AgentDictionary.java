package org.dyadlab.coder.dictionary;

import java.util.List;

/** Agent phrases ("POLICE", "FOREIGN_MINISTER", "HUMAN_RIGHTS_ACTIVIST") and their agent codes. */
public final class AgentDictionary {
    private final PhraseIndex<AgentCode> phrases;

    public AgentDictionary(PhraseIndex<AgentCode> phrases) {
        this.phrases = phrases;
    }

    /** The longest agent phrase starting at word {@code start}, or null. */
    public PhraseIndex.Match<AgentCode> matchAt(List<String> words, int start) {
        return phrases.matchAt(words, start);
    }

    /** The same, for a phrase already in array form. */
    public PhraseIndex.Match<AgentCode> matchAt(String[] words, int start) {
        return phrases.matchAt(words, start);
    }

    /** Phrases, counting generated plurals and substitutions. */
    public int phrases() {
        return phrases.size();
    }

    public static AgentDictionary empty() {
        return new AgentDictionary(new PhraseIndex.Builder<AgentCode>().build());
    }
}

package org.dyadlab.coder.dictionary;

import java.util.List;
import java.util.Map;

/** Verbs, their blocks and patterns, and the synsets the patterns use. */
public final class VerbDictionary {
    private final Map<String, List<VerbEntry>> byWord;
    private final List<VerbBlock> blocks;
    private final Map<String, Synset> synsets;
    private final int ignoredTransformations;

    public VerbDictionary(Map<String, List<VerbEntry>> byWord, List<VerbBlock> blocks, Map<String, Synset> synsets,
                          int ignoredTransformations) {
        this.byWord = Map.copyOf(byWord);
        this.blocks = List.copyOf(blocks);
        this.synsets = Map.copyOf(synsets);
        this.ignoredTransformations = ignoredTransformations;
    }

    /** The entries whose verb word is {@code word} (several when multi-word verbs share it); empty if none. */
    public List<VerbEntry> entriesFor(String word) {
        return byWord.getOrDefault(word, List.of());
    }

    public List<VerbBlock> blocks() {
        return blocks;
    }

    public Map<String, Synset> synsets() {
        return synsets;
    }

    /** Surface forms known (including generated regular forms). */
    public int forms() {
        return byWord.values().stream().mapToInt(List::size).sum();
    }

    public int patterns() {
        return blocks.stream().mapToInt(b -> b.patterns().size()).sum();
    }

    /** Lines of the PETRARCH2 {@code TRANSFORMATIONS} section, which this coder does not apply. */
    public int ignoredTransformations() {
        return ignoredTransformations;
    }
}

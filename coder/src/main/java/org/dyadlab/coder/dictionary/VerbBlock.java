package org.dyadlab.coder.dictionary;

import java.util.List;

/**
 * A block of synonymous verbs ({@code --- ABANDON [345] ---} and the verbs and patterns under it): the patterns
 * apply to every verb of the block.
 *
 * @param name     the block's name
 * @param code     the block's code for a verb without its own
 * @param patterns the patterns in dictionary order (the first that matches wins)
 * @param line     the line of the block header
 */
public record VerbBlock(String name, VerbCode code, List<VerbPattern> patterns, int line) {
    public VerbBlock {
        patterns = List.copyOf(patterns);
    }
}

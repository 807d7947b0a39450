package org.dyadlab.coder.dictionary;

import java.util.List;

/**
 * A verb pattern such as {@code - + HAS * A MESSAGE $ [031]}: elements before the verb (the {@code *}) and after
 * it, and the code when they all match.
 *
 * @param before elements before the verb, nearest to the verb first
 * @param after  elements after the verb, in text order
 * @param code   the code this pattern gives
 * @param text   the pattern as written, for evidence
 * @param line   its line in the verb dictionary
 */
public record VerbPattern(List<PatternElement> before, List<PatternElement> after, VerbCode code, String text,
                          int line) {
    public VerbPattern {
        before = List.copyOf(before);
        after = List.copyOf(after);
    }
}

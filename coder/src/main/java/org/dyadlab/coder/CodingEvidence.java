package org.dyadlab.coder;

/**
 * Why an event was coded: the words that named the source and the target, the verb, and the dictionary rule
 * that gave the code (a pattern as written, or the verb with its own code) with its line.
 *
 * @param sourceText the source actor phrase, as in the sentence
 * @param targetText the target actor phrase
 * @param verbText   the verb (with the other words of a multi-word verb)
 * @param rule       the pattern or verb entry that gave the code
 * @param ruleLine   its line in the verb dictionary
 * @param passive    true when the verb was read as passive (source and target swapped)
 */
public record CodingEvidence(String sourceText, String targetText, String verbText, String rule, int ruleLine,
                             boolean passive) {
}

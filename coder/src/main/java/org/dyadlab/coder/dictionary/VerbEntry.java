package org.dyadlab.coder.dictionary;

import java.util.List;

/**
 * One surface form of a verb: the word the parser tags as a verb, any words that must come directly before or
 * after it ("WIRE" before "TAPPED", "OFF" after "CORDONED"), its block, and its code when no pattern matches.
 *
 * @param word      the verb word, upper case
 * @param preceding words that must directly precede the verb, in text order
 * @param following words that must directly follow the verb, in text order
 * @param code      the code of the verb alone (its own, else its block's)
 * @param block     the block whose patterns apply
 * @param line      the dictionary line of the verb
 */
public record VerbEntry(String word, List<String> preceding, List<String> following, VerbCode code, VerbBlock block,
                        int line) {
    public VerbEntry {
        preceding = List.copyOf(preceding);
        following = List.copyOf(following);
    }

    /** Words besides the verb itself. */
    public int extraWords() {
        return preceding.size() + following.size();
    }
}

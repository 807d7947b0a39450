package org.dyadlab.coder.match;

import java.util.List;

/**
 * A noun phrase that may name an actor: its words (upper case) and their positions in the sentence, and the
 * compound it belongs to (-1 when it stands alone). "Fornost and Gondor" gives two phrases of one compound.
 */
record ActorPhrase(List<String> words, List<Integer> positions, int compound) {
    ActorPhrase {
        words = List.copyOf(words);
        positions = List.copyOf(positions);
    }
}

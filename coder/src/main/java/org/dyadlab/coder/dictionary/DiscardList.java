package org.dyadlab.coder.dictionary;

import java.util.List;
import java.util.Optional;

/**
 * Phrases that stop a sentence (or, with a leading {@code +} in the file, its whole story) from being coded:
 * sports results, film titles, historical chronologies. Matching ignores case; a phrase must start at the start
 * of a word and, if written with a final {@code _}, also end at the end of one (otherwise it is a stem:
 * "BASEBALL" also matches "BASEBALLS").
 */
public final class DiscardList {
    /** One discard phrase. */
    public record Discard(String phrase, boolean story, boolean wholeWord, int line) {
    }

    /** The phrase that matched, and whether it discards the story. */
    public record Hit(Discard discard) {
        public boolean story() {
            return discard.story();
        }
    }

    private final List<Discard> discards;
    private final CharTrie<Discard> trie = new CharTrie<>();

    public DiscardList(List<Discard> discards) {
        this.discards = List.copyOf(discards);
        for (Discard d : this.discards) {
            trie.put(d.phrase(), d);
        }
        trie.freeze();
    }

    public static DiscardList empty() {
        return new DiscardList(List.of());
    }

    public int size() {
        return discards.size();
    }

    /** The first story discard found in {@code text}, else the first sentence discard, else empty. */
    public Optional<Hit> check(String text) {
        if (discards.isEmpty()) {
            return Optional.empty();
        }
        String t = normalise(text);
        Discard[] found = new Discard[2];
        for (int i = 0; i < t.length() && found[1] == null; i++) {
            if (i > 0 && t.charAt(i - 1) != ' ') {
                continue;
            }
            trie.matchAt(t, i, (d, end) -> {
                if (d.wholeWord() && end < t.length() && Character.isLetterOrDigit(t.charAt(end))) {
                    return true;
                }
                if (d.story()) {
                    found[1] = d;
                    return false;
                }
                if (found[0] == null) {
                    found[0] = d;
                }
                return true;
            });
        }
        Discard d = found[1] != null ? found[1] : found[0];
        return Optional.ofNullable(d).map(Hit::new);
    }

    /** Upper case with punctuation and runs of blanks made one blank, as the phrases are stored. */
    static String normalise(String text) {
        return CharTrie.normalise(text, "'&-.");
    }
}

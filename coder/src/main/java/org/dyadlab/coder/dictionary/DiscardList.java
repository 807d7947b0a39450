package org.dyadlab.coder.dictionary;

import java.util.List;
import java.util.Locale;
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

    public DiscardList(List<Discard> discards) {
        this.discards = List.copyOf(discards);
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
        String t = " " + normalise(text) + " ";
        Discard sentence = null;
        for (Discard d : discards) {
            if (contains(t, d)) {
                if (d.story()) {
                    return Optional.of(new Hit(d));
                }
                if (sentence == null) {
                    sentence = d;
                }
            }
        }
        return Optional.ofNullable(sentence).map(Hit::new);
    }

    private static boolean contains(String text, Discard d) {
        int from = 0;
        while (true) {
            int i = text.indexOf(d.phrase(), from);
            if (i < 0) {
                return false;
            }
            boolean startOk = !Character.isLetterOrDigit(text.charAt(i - 1));
            int end = i + d.phrase().length();
            boolean endOk = !d.wholeWord() || !Character.isLetterOrDigit(text.charAt(end));
            if (startOk && endOk) {
                return true;
            }
            from = i + 1;
        }
    }

    /** Upper case with runs of blanks made one blank, as the phrases are stored. */
    static String normalise(String text) {
        return text.toUpperCase(Locale.ROOT).replaceAll("\\s+", " ").strip();
    }
}

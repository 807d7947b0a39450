package org.dyadlab.textcoder.text;

import java.util.Locale;
import org.dyadlab.model.event.EventIds;

/**
 * The normalised form of a text for re-publication checks: letters and digits only, lower case, single blanks —
 * so a story re-published with other punctuation, spacing or capitals hashes the same.
 */
public final class Normalized {
    private Normalized() {
    }

    public static String of(String text) {
        StringBuilder b = new StringBuilder(text.length());
        boolean blank = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                if (blank && b.length() > 0) {
                    b.append(' ');
                }
                blank = false;
                b.append(c);
            } else {
                blank = true;
            }
        }
        return b.toString().toLowerCase(Locale.ROOT);
    }

    /** The first 80 bits of the normalised text's SHA-256, in hex. */
    public static String hash(String text) {
        return EventIds.hashed("text", of(text)).substring("text:h".length());
    }
}

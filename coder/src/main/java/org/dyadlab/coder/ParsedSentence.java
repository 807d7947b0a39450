package org.dyadlab.coder;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A sentence to code: its id, the date of its story (actor codes may depend on it), its text (for discards,
 * issues and evidence) and its Penn Treebank parse.
 *
 * @param id    the sentence id, e.g. "AFP0808020625_4" (story id, underscore, sentence number)
 * @param date  the story date
 * @param text  the sentence text
 * @param parse the bracketed constituency parse
 */
public record ParsedSentence(String id, LocalDate date, String text, String parse) {
    public ParsedSentence {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(date, "date");
        text = text == null ? "" : singleBlanks(text);
        Objects.requireNonNull(parse, "parse");
    }

    private static String singleBlanks(String s) {
        StringBuilder b = new StringBuilder(s.length());
        boolean blank = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c)) {
                blank = b.length() > 0;
            } else {
                if (blank) {
                    b.append(' ');
                    blank = false;
                }
                b.append(c);
            }
        }
        return b.toString();
    }

    /** The story the sentence belongs to: the id up to its last underscore (the whole id if there is none). */
    public String storyId() {
        int u = id.lastIndexOf('_');
        return u > 0 ? id.substring(0, u) : id;
    }
}

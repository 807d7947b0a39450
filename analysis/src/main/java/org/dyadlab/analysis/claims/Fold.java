package org.dyadlab.analysis.claims;

import java.util.Locale;

/**
 * Text folded for matching names without changing its length, so offsets found in the folded text hold in the
 * original: lower case; every kind of dash and hyphen a space; curly quotes straight; no-break spaces plain.
 */
final class Fold {
    private Fold() {
    }

    static String fold(String s) {
        char[] out = new char[s.length()];
        for (int i = 0; i < s.length(); i++) {
            out[i] = foldChar(s.charAt(i));
        }
        return new String(out);
    }

    /** As {@link #fold} but keeping the case (for acronyms). */
    static String foldKeepCase(String s) {
        char[] out = new char[s.length()];
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            char f = foldChar(c);
            out[i] = Character.isLetter(c) ? c : f;
        }
        return new String(out);
    }

    private static char foldChar(char c) {
        return switch (c) {
            case '-', '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2015', '\u2212' -> ' ';
            case '\u2018', '\u2019', '\u02BC' -> '\'';
            case '\u201C', '\u201D' -> '"';
            case '\u00A0', '\u2009', '\u202F' -> ' ';
            default -> Character.toLowerCase(c);
        };
    }

    /** Lower-case content words of a text (letters and digits), each at least two characters. */
    static java.util.List<String> words(String s) {
        java.util.List<String> out = new java.util.ArrayList<>();
        for (String w : fold(s).split("[^\\p{L}\\p{N}]+")) {
            if (w.length() >= 2) {
                out.add(w.toLowerCase(Locale.ROOT));
            }
        }
        return out;
    }
}

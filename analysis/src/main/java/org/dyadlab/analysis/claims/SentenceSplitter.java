package org.dyadlab.analysis.claims;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Finds where sentences end: after '.', '!' or '?' (and any closing quotes or brackets) followed by white space and
 * a capital, a digit, a quote or a bracket — unless the word before the full stop is an abbreviation (Mr., Gen.,
 * Jan., U.S., e.g., et al.) or a single initial.
 */
final class SentenceSplitter {
    private static final Set<String> ABBREVIATIONS = Set.of("mr", "mrs", "ms", "dr", "prof", "gen", "lt", "col", "maj",
            "capt", "adm", "sen", "rep", "gov", "st", "jr", "sr", "no", "nos", "vol", "pp", "p", "ed", "eds", "fig",
            "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "vs", "al", "cf",
            "e.g", "i.e", "etc", "approx", "inc", "ltd", "co", "corp", "rs", "est");

    private SentenceSplitter() {
    }

    /** The end offsets (exclusive) of the sentences of a paragraph; the last is its length. */
    static List<Integer> ends(String p) {
        List<Integer> out = new ArrayList<>();
        int n = p.length();
        for (int i = 0; i < n; i++) {
            char c = p.charAt(i);
            if (c != '.' && c != '!' && c != '?') {
                continue;
            }
            int j = i + 1;
            while (j < n && "\"'”’)]".indexOf(p.charAt(j)) >= 0) {
                j++;
            }
            if (j >= n || !Character.isWhitespace(p.charAt(j))) {
                continue;
            }
            int k = j;
            while (k < n && Character.isWhitespace(p.charAt(k))) {
                k++;
            }
            if (k >= n) {
                continue;
            }
            char next = p.charAt(k);
            if (!(Character.isUpperCase(next) || Character.isDigit(next) || "\"“‘'([".indexOf(next) >= 0)) {
                continue;
            }
            if (c == '.' && isAbbreviation(p, i)) {
                continue;
            }
            out.add(j);
        }
        out.add(n);
        return out;
    }

    private static boolean isAbbreviation(String p, int dot) {
        int s = dot;
        while (s > 0 && !Character.isWhitespace(p.charAt(s - 1)) && p.charAt(s - 1) != '(') {
            s--;
        }
        String word = p.substring(s, dot);
        if (word.isEmpty()) {
            return false;
        }
        if (word.length() == 1 && Character.isUpperCase(word.charAt(0))) {
            return true;
        }
        if (word.matches("(?:\\p{L}\\.)+\\p{L}")) {
            return true;
        }
        return ABBREVIATIONS.contains(word.toLowerCase(java.util.Locale.ROOT));
    }
}

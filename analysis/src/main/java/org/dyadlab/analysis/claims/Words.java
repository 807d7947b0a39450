package org.dyadlab.analysis.claims;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Content words for matching sentences with evidence: folded, stop words dropped, lightly stemmed. */
final class Words {
    static final Set<String> STOP = Set.of("the", "a", "an", "of", "and", "or", "to", "in", "on", "at", "for", "by",
            "with", "from", "as", "its", "it", "his", "her", "their", "this", "that", "these", "those", "was", "were",
            "is", "are", "be", "been", "had", "has", "have", "which", "who", "whom", "after", "before", "into", "than",
            "then", "but", "not", "no", "so", "such", "also", "would", "could", "will", "did", "do", "does", "over",
            "under", "about", "between", "during", "when", "while", "where", "what", "there", "they", "them", "he",
            "she", "we", "our", "us", "u.s", "s", "more", "most", "some", "any", "all", "both", "each", "other", "only",
            "own", "same", "too", "very", "can", "just", "up", "down", "out", "off", "again", "further", "once",
            "year", "years", "month", "months", "day", "days", "new", "first", "second", "third", "two", "three",
            "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
            "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
            "fy", "fiscal", "per", "cent", "percent", "million", "billion", "dollars", "usd");

    private Words() {
    }

    /** The content words of a text, stemmed, in order of first appearance. */
    static Set<String> of(String text) {
        Set<String> out = new LinkedHashSet<>();
        for (String w : Fold.words(text)) {
            if (STOP.contains(w) || w.chars().allMatch(Character::isDigit)) {
                continue;
            }
            String s = stem(w);
            if (s.length() >= 2 && !STOP.contains(s)) {
                out.add(s);
            }
        }
        return out;
    }

    private static final java.util.Map<String, String> IRREGULAR = java.util.Map.ofEntries(
            java.util.Map.entry("met", "meet"), java.util.Map.entry("held", "hold"),
            java.util.Map.entry("took", "take"), java.util.Map.entry("made", "make"),
            java.util.Map.entry("gave", "give"), java.util.Map.entry("struck", "strike"),
            java.util.Map.entry("led", "lead"), java.util.Map.entry("paid", "pay"),
            java.util.Map.entry("spoke", "speak"), java.util.Map.entry("wrote", "write"),
            java.util.Map.entry("began", "begin"), java.util.Map.entry("sent", "send"),
            java.util.Map.entry("withheld", "withhold"), java.util.Map.entry("cut", "cut"),
            java.util.Map.entry("flew", "fly"), java.util.Map.entry("came", "come"),
            java.util.Map.entry("killed", "kill"), java.util.Map.entry("kills", "kill"));

    /** A light stemmer: possessive, irregular verbs, -ing, -ed, -ies, -es, -s, then a final e. */
    static String stem(String w) {
        String s = w.endsWith("'s") ? w.substring(0, w.length() - 2) : w.replace("'", "");
        if (IRREGULAR.containsKey(s)) {
            return IRREGULAR.get(s);
        }
        if (s.length() > 5 && s.endsWith("ing")) {
            s = s.substring(0, s.length() - 3);
        } else if (s.length() > 4 && s.endsWith("ied")) {
            s = s.substring(0, s.length() - 3) + "y";
        } else if (s.length() > 4 && s.endsWith("ed")) {
            s = s.substring(0, s.length() - 2);
        } else if (s.length() > 4 && s.endsWith("ies")) {
            s = s.substring(0, s.length() - 3) + "y";
        } else if (s.length() > 4 && s.endsWith("es") && !s.endsWith("ses")) {
            s = s.substring(0, s.length() - 1);
        } else if (s.length() > 3 && s.endsWith("s") && !s.endsWith("ss") && !s.endsWith("us")) {
            s = s.substring(0, s.length() - 1);
        }
        if (s.length() > 4 && s.endsWith("e") && !s.endsWith("ee")) {
            s = s.substring(0, s.length() - 1);
        }
        return s;
    }

    /** Dice's coefficient of two word sets (0 when both are empty). */
    static double dice(Set<String> a, Set<String> b) {
        if (a.isEmpty() && b.isEmpty()) {
            return 0;
        }
        int common = 0;
        for (String w : a) {
            if (b.contains(w)) {
                common++;
            }
        }
        return 2.0 * common / (a.size() + b.size());
    }

    /** The words of a name for comparing names: folded, without connectives, not stemmed except plurals. */
    static List<String> nameWords(String name) {
        List<String> out = new ArrayList<>();
        for (String w : Fold.words(name)) {
            if (!Set.of("the", "of", "and", "for", "on", "to", "in", "with", "us", "u", "s").contains(w)) {
                out.add(w.length() > 3 && w.endsWith("s") && !w.endsWith("ss") ? w.substring(0, w.length() - 1) : w);
            }
        }
        return out;
    }
}

package org.dyadlab.analysis.claims;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Names of agreements, programmes, operations and bodies as a manuscript writes them, whether or not the gazetteer
 * knows them: runs of capitalised words (joined by "of", "for", "and", "on", "the"…) holding a word such as
 * Agreement, Act, Treaty, Memorandum, Fund, Operation or Dialogue, with the acronym that may follow in brackets
 * ("Logistics Exchange Memorandum of Agreement (LEMOA)").
 */
final class NameFinder {
    static final Set<String> AGREEMENT_HEADS = Set.of("agreement", "agreements", "accord", "accords", "act", "treaty",
            "memorandum", "arrangement", "framework", "pact", "deal", "convention", "protocol", "charter");
    static final Set<String> OTHER_HEADS = Set.of("fund", "funds", "programme", "program", "initiative", "corridor",
            "operation", "dialogue", "partnership", "strategy", "group", "force", "network", "list");
    private static final Set<String> CONNECTORS = Set.of("of", "for", "and", "on", "the", "to", "in", "with", "de",
            "e", "&");
    private static final Set<String> LEADING = Set.of("after", "in", "on", "the", "when", "while", "under", "by",
            "with", "before", "since", "during", "following", "although", "but", "and", "as", "at", "for", "from",
            "this", "that", "these", "its", "his", "her", "their", "our", "a", "an", "both", "once", "until", "if",
            "washington", "islamabad", "delhi", "new", "beijing", "kabul", "us", "u.s.", "india", "pakistan",
            "india's", "pakistan's", "america's", "american", "indian", "pakistani", "chinese", "then", "through",
            "within", "against", "two", "three", "four", "five", "unlike", "like", "despite", "amid", "via");
    private static final Pattern RUN = Pattern.compile(
            "(?:\\p{Lu}[\\p{L}'’.\u2013\u2014-]*|\\d\\+\\d)(?:\\s+(?:(?:of|for|and|on|the|to|in|with|de|e|&)\\s+)*(?:\\p{Lu}[\\p{L}'’.\u2013\u2014-]*|\\d\\+\\d))*"
                    + "(?:\\s*\\((?<acr>\\p{Lu}[\\p{Lu}\\d&-]{1,9})\\))?");

    /** A name found: its words and, when it was followed by one, its acronym in brackets. */
    record Name(String name, String acronym, boolean agreementLike) {
    }

    private NameFinder() {
    }

    static List<Mention<Name>> find(String sentence) {
        List<Mention<Name>> out = new ArrayList<>();
        Matcher m = RUN.matcher(sentence);
        while (m.find()) {
            int end = m.group("acr") != null ? m.start("acr") - 1 : m.end();
            String run = sentence.substring(m.start(), end).strip().replaceAll("[.'’]+$", "");
            int start = m.start();
            String[] tokens = run.split("\\s+");
            int first = 0;
            while (first < tokens.length && (LEADING.contains(Fold.fold(tokens[first]))
                    || CONNECTORS.contains(tokens[first]))) {
                first++;
            }
            int last = tokens.length - 1;
            while (last >= first && CONNECTORS.contains(tokens[last])) {
                last--;
            }
            if (last - first < 1) {
                continue;
            }
            boolean agreement = false;
            boolean other = false;
            for (int i = first; i <= last; i++) {
                String t = Fold.fold(tokens[i]).replaceAll("[^\\p{L}]", "");
                agreement |= AGREEMENT_HEADS.contains(t);
                other |= OTHER_HEADS.contains(t);
            }
            if (!agreement && !other) {
                continue;
            }
            for (int i = 0; i < first; i++) {
                start = sentence.indexOf(tokens[i], start) + tokens[i].length();
            }
            String name = String.join(" ", java.util.Arrays.copyOfRange(tokens, first, last + 1));
            int s = sentence.indexOf(tokens[first], start);
            int e = sentence.indexOf(tokens[last], s) + tokens[last].length();
            if (m.group("acr") != null) {
                e = m.end();
            }
            out.add(new Mention<>(s, e, sentence.substring(s, e), new Name(name, m.group("acr"), agreement)));
        }
        return out;
    }
}

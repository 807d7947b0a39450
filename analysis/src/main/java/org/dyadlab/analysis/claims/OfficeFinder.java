package org.dyadlab.analysis.claims;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Titles of offices in a sentence: a title word (Secretary, Minister, Representative, Ambassador, Adviser,
 * Director…) with the capitalised words that qualify it before ("Deputy Assistant", "Foreign", "National Security")
 * and after, through "of", "for", "to", "on" ("of State for South and Central Asian Affairs"). The words after the
 * title are taken only from a vocabulary of office words, so that the holder's name ("Secretary of State Mike
 * Pompeo") is not read as part of the office. A single title word alone ("the Secretary") is not a claim.
 */
final class OfficeFinder {
    static final Set<String> TITLES = Set.of("secretary", "representative", "envoy", "ambassador", "administrator",
            "minister", "adviser", "advisor", "director", "director-general", "chief", "chairman", "chair",
            "commander", "spokesperson", "spokesman", "spokeswoman", "coordinator", "president", "marshal",
            "general", "governor", "attorney", "counsellor", "counselor", "undersecretary", "czar");
    private static final Set<String> BEFORE = Set.of("acting", "principal", "deputy", "assistant", "under", "senior",
            "special", "chief", "foreign", "prime", "national", "security", "press", "vice", "field", "army",
            "interior", "finance", "defence", "defense", "commerce", "trade", "state", "first", "executive",
            "permanent", "joint", "attorney", "high", "federal", "information", "foreign-policy", "lieutenant",
            "secretary");
    private static final Set<String> VOCABULARY = Set.of(
            "state", "defense", "defence", "foreign", "affairs", "south", "central", "asian", "asia", "afghanistan",
            "pakistan", "india", "reconciliation", "security", "national", "army", "staff", "joint", "chiefs",
            "military", "operations", "political", "economic", "international", "development", "homeland",
            "treasury", "commerce", "interior", "finance", "prime", "minister", "intelligence", "inter-services",
            "services", "counterterrorism", "counter-terrorism", "terrorism", "management", "resources", "arms",
            "control", "united", "nations", "states", "u.s.", "us", "special", "peace", "near", "eastern", "middle",
            "east", "bureau", "department", "policy", "planning", "public", "diplomacy", "energy", "trade", "health",
            "human", "rights", "democracy", "islamabad", "washington", "kabul", "delhi", "afghan", "pakistani",
            "pak", "af-pak", "agency", "committee", "council", "naval", "air", "navy", "command", "region",
            "regional", "cooperation", "reconstruction", "inspector", "assistance", "aid", "usaid", "relations",
            "information", "broadcasting", "water", "power", "investment", "overseas", "kashmir", "balochistan",
            "punjab", "sindh", "khyber", "pakhtunkhwa", "legislative", "director", "directorate", "president",
            "chairman", "secretary", "adviser", "advisor", "representative", "envoy", "ambassador", "administrator",
            "and", "for", "of", "the", "on", "to", "at", "in");
    private static final Set<String> JOINERS = Set.of("and", "for", "of", "the", "on", "to", "at", "in");
    private static final Pattern TOKEN = Pattern.compile("[\\p{L}][\\p{L}.'’-]*");

    private OfficeFinder() {
    }

    static List<Mention<String>> find(String sentence) {
        List<int[]> spans = new ArrayList<>();
        List<String> words = new ArrayList<>();
        Matcher m = TOKEN.matcher(sentence);
        while (m.find()) {
            String w = m.group().replaceAll("[.'’]+$", "");
            if (w.equalsIgnoreCase("u.s")) {
                w = "U.S.";
            }
            spans.add(new int[] {m.start(), m.start() + w.length()});
            words.add(w);
        }
        List<Mention<String>> out = new ArrayList<>();
        int i = 0;
        while (i < words.size()) {
            String w = words.get(i);
            if (!isCapitalised(w) || !TITLES.contains(lower(w))) {
                i++;
                continue;
            }
            int first = i;
            while (first > 0 && isCapitalised(words.get(first - 1)) && BEFORE.contains(lower(words.get(first - 1)))
                    && adjacent(sentence, spans.get(first - 1), spans.get(first))) {
                first--;
            }
            int last = i;
            while (last + 1 < words.size() && isCapitalised(words.get(last + 1))
                    && TITLES.contains(lower(words.get(last + 1))) && adjacent(sentence, spans.get(last), spans.get(last + 1))) {
                last++;
            }
            int j = last + 1;
            if (j < words.size() && Set.of("of", "for", "to", "on").contains(words.get(j))) {
                int k = j;
                int lastGood = -1;
                while (k < words.size() && VOCABULARY.contains(lower(words.get(k)))
                        && (JOINERS.contains(words.get(k)) || isCapitalised(words.get(k)))
                        && adjacent(sentence, spans.get(k - 1), spans.get(k))) {
                    if (!JOINERS.contains(words.get(k))) {
                        lastGood = k;
                    }
                    k++;
                }
                if (lastGood > 0) {
                    last = lastGood;
                }
            }
            if (last > first || isCompound(words.get(first))) {
                int s = spans.get(first)[0];
                int e = spans.get(last)[1];
                out.add(new Mention<>(s, e, sentence.substring(s, e), sentence.substring(s, e)));
            }
            i = last + 1;
        }
        return out;
    }

    private static boolean isCompound(String w) {
        return w.contains("-") && TITLES.contains(lower(w));
    }

    /** Two words with only spaces (no comma or bracket) between them. */
    private static boolean adjacent(String s, int[] a, int[] b) {
        return s.substring(a[1], b[0]).isBlank();
    }

    private static boolean isCapitalised(String w) {
        return !w.isEmpty() && Character.isUpperCase(w.charAt(0));
    }

    private static String lower(String w) {
        return w.toLowerCase(Locale.ROOT);
    }

    /** An office title in a normal form for comparison: folded, without "acting", nationality and "the". */
    static String normalise(String title) {
        String t = Fold.fold(title).replace("u.s.", "us").replace(".", "").replaceAll("\\s+", " ").strip();
        t = t.replaceAll("^(the )?((acting|then|former|us|united states|american|pakistani|pakistan's|indian|india's"
                + "|chinese|afghan) )+", "");
        t = t.replace("defence", "defense").replace("adviser", "advisor").replace("spokesman", "spokesperson")
                .replace("spokeswoman", "spokesperson").replace("director general", "director general");
        return t.strip();
    }
}

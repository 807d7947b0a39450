package org.dyadlab.textcoder.nlp;

import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Corrections to the tagger's and chunker's output where news text breaks their models:
 *
 * <ul>
 *   <li>a capitalised word inside the sentence tagged as a verb ("ties with Gondor/VBN") is a proper noun;</li>
 *   <li>a capitalised word tagged with a closed-class tag it cannot have ("Arnor/CC", "Ithilen/PRP") is a proper
 *       noun;</li>
 *   <li>after a modal or a form of "do" (and "not"), a noun is the verb's base form ("did not clash/NN");</li>
 *   <li>a finite verb the chunker put inside a noun chunk ("Russian police arrested students") starts a verb
 *       chunk, and so does a past participle directly after a noun in the chunk.</li>
 * </ul>
 *
 * Verbs are capitalised inside an English sentence only in headlines, which are written in capitals throughout
 * (left alone here).
 */
final class TagCorrections {
    /** The words each closed-class tag can have. */
    private static final Map<String, Set<String>> CLOSED = Map.of(
            "CC", Set.of("and", "or", "but", "nor", "yet", "so", "either", "neither", "plus", "both", "&", "'n'",
                    "versus", "vs.", "minus", "times"),
            "PRP", Set.of("i", "me", "you", "he", "him", "she", "her", "it", "we", "us", "they", "them", "myself",
                    "yourself", "himself", "herself", "itself", "ourselves", "themselves", "yourselves", "one", "'s",
                    "mine", "yours", "hers", "ours", "theirs", "oneself", "thee", "thou", "y'all"),
            "PRP$", Set.of("my", "your", "his", "her", "its", "our", "their", "one's"),
            "DT", Set.of("the", "a", "an", "this", "that", "these", "those", "all", "some", "any", "no", "each",
                    "every", "either", "neither", "another", "both", "half", "such", "what", "which", "whatever",
                    "whichever", "del", "la", "le", "les", "el"),
            "WP", Set.of("who", "whom", "what", "whoever", "whatever", "which"),
            "WDT", Set.of("which", "that", "what", "whatever", "whichever"),
            "MD", Set.of("can", "could", "may", "might", "must", "shall", "should", "will", "would", "ought", "'ll",
                    "'d", "wo", "ca", "need", "dare"),
            "EX", Set.of("there"),
            "IN", Set.of("about", "above", "across", "after", "against", "along", "amid", "amidst", "among", "amongst",
                    "around", "as", "at", "because", "before", "behind", "below", "beneath", "beside", "besides",
                    "between", "beyond", "but", "by", "despite", "down", "during", "except", "for", "from", "if",
                    "in", "inside", "into", "like", "near", "of", "off", "on", "onto", "out", "outside", "over", "per",
                    "since", "so", "than", "that", "though", "although", "through", "throughout", "till", "to",
                    "toward", "towards", "under", "underneath", "unless", "unlike", "until", "up", "upon", "via",
                    "whether", "while", "whilst", "with", "within", "without", "once", "whereas", "lest",
                    "notwithstanding", "opposite", "regarding", "concerning", "including", "following", "plus",
                    "pending", "versus", "vs.", "worth", "next", "aboard", "atop", "save", "neath", "o'er", "ago",
                    "en", "de", "du", "von", "van", "der", "al", "ibn", "bin"));
    private static final Set<String> DO_OR_MODAL = Set.of("do", "does", "did", "can", "could", "may", "might",
            "must", "shall", "should", "will", "would", "wo", "ca", "'ll", "'d");
    private static final Set<String> NEGATION = Set.of("not", "n't", "never");

    private TagCorrections() {
    }

    static void correctTags(String[] tokens, String[] tags) {
        boolean headline = mostlyCapitals(tokens);
        for (int i = 0; i < tokens.length; i++) {
            String t = tokens[i];
            boolean capital = !t.isEmpty() && Character.isUpperCase(t.charAt(0));
            if (!headline && i > 0 && capital && tags[i].startsWith("VB") && !opensQuoteOrClause(tokens[i - 1])) {
                tags[i] = "NNP";
            } else if (capital && CLOSED.containsKey(tags[i])
                    && !CLOSED.get(tags[i]).contains(t.toLowerCase(Locale.ROOT))) {
                tags[i] = "NNP";
            } else if (!capital && (tags[i].equals("NN") || tags[i].equals("VBP")) && afterDoOrModal(tokens, i)) {
                tags[i] = "VB";
            }
        }
    }

    private static boolean afterDoOrModal(String[] tokens, int i) {
        int k = i - 1;
        while (k >= 0 && NEGATION.contains(tokens[k].toLowerCase(Locale.ROOT))) {
            k--;
        }
        return k >= 0 && k < i - 1 && DO_OR_MODAL.contains(tokens[k].toLowerCase(Locale.ROOT))
                || k == i - 1 && k >= 0 && DO_OR_MODAL.contains(tokens[k].toLowerCase(Locale.ROOT))
                && !tokens[k].equalsIgnoreCase("do") && !tokens[k].equalsIgnoreCase("does")
                && !tokens[k].equalsIgnoreCase("did");
    }

    static void correctChunks(String[] tags, String[] chunks) {
        for (int i = 1; i < tags.length; i++) {
            if (!chunks[i].equals("I-NP")) {
                continue;
            }
            String t = tags[i];
            boolean finite = t.equals("VBD") || t.equals("VBZ") || t.equals("VBP") || t.equals("MD");
            boolean participleAfterNoun = t.equals("VBN") && tags[i - 1].startsWith("NN");
            if (finite || participleAfterNoun) {
                chunks[i] = "B-VP";
                int k = i + 1;
                if (k < chunks.length && chunks[k].equals("I-NP")) {
                    chunks[k] = "B-NP";
                }
            }
        }
    }

    private static boolean opensQuoteOrClause(String previous) {
        return previous.equals("``") || previous.equals("\"") || previous.equals(":") || previous.equals("'")
                || previous.equals("(") || previous.equals("--");
    }

    /** True when most words start with a capital, as in a headline or a shouted post. */
    private static boolean mostlyCapitals(String[] tokens) {
        int words = 0;
        int capitals = 0;
        for (String t : tokens) {
            if (!t.isEmpty() && Character.isLetter(t.charAt(0))) {
                words++;
                if (Character.isUpperCase(t.charAt(0))) {
                    capitals++;
                }
            }
        }
        return words >= 4 && capitals * 10 >= words * 7;
    }
}

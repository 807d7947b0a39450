package org.dyadlab.analysis.claims;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dyadlab.model.claim.ManuscriptCitation;

/**
 * Finds the citations of a sentence and masks them (replaces them with spaces, keeping offsets), so that their
 * years are not read as dates of the claim:
 * <ul>
 *   <li>parenthetical author–year: "(Dawn 2019)", "(Markey, 2018, p. 4)", "(Reuters 2017; Dawn 2018)",
 *       "(see Kugelman 2019a)";</li>
 *   <li>narrative: "Kugelman (2019) argues" — a capitalised name followed by a year in brackets and a reporting
 *       verb, or a name the reference list starts with;</li>
 *   <li>numbered: "[3]", "[3, 5]", "[2–4]", with the year read from the reference list.</li>
 * </ul>
 */
final class CitationFinder {
    private static final Pattern PAREN = Pattern.compile("\\(([^()]*?(?:19|20)\\d\\d[a-z]?[^()]*)\\)");
    private static final Pattern AUTHOR_YEAR = Pattern.compile(
            "^(?:(?:see|cf\\.|e\\.g\\.,?|also)\\s+)*(?<author>[\\p{Lu}][\\p{L}\\p{N}&.'’/ -]*?(?:\\s+et al\\.)?),?\\s+"
                    + "(?<year>(?:19|20)\\d\\d)[a-z]?(?:\\s*,\\s*(?:pp?\\.?|para\\.?)\\s*[\\d–-]+)?$");
    private static final Pattern NARRATIVE = Pattern.compile(
            "(?<author>\\p{Lu}[\\p{L}'’-]+(?:\\s+(?:and|&)\\s+\\p{Lu}[\\p{L}'’-]+|\\s+et al\\.)?)\\s+\\((?<year>(?:19|20)\\d\\d)[a-z]?\\)"
                    + "(?=\\s+(?<verb>\\p{L}+))?");
    private static final Set<String> REPORTING = Set.of("argues", "argued", "notes", "noted", "writes", "wrote",
            "reports", "reported", "shows", "showed", "finds", "found", "observes", "observed", "says", "said",
            "claims", "claimed", "describes", "described", "suggests", "suggested", "estimates", "estimated",
            "records", "recorded", "contends", "documents", "documented", "puts");
    private static final Pattern NUMBERED = Pattern.compile("\\[(\\d{1,3}(?:\\s*[,–-]\\s*\\d{1,3})*)\\]");
    private static final Pattern YEAR = Pattern.compile("(?<!\\d)((?:19|20)\\d\\d)(?!\\d)");

    /** The citations of a sentence and the sentence with them blanked out. */
    record Result(List<ManuscriptCitation> citations, String masked) {
    }

    private static final Pattern NOT_AN_AUTHOR = Pattern.compile(
            "(?i)(january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar"
                    + "|apr|jun|jul|aug|sep|sept|oct|nov|dec|fy|fiscal year|early|mid|late|since|until|from|in|by)\\.?");

    private final Map<String, String> numbered;
    private final List<String> referenceAuthors;
    private final java.util.function.Predicate<String> isName;

    /**
     * @param isName true for words that name something rather than someone (a gazetteer entry: "LEMOA"), so that
     *               "(LEMOA, 2016)" is not read as a citation
     */
    CitationFinder(Manuscript manuscript, java.util.function.Predicate<String> isName) {
        this.isName = isName;
        this.numbered = manuscript.numbered();
        this.referenceAuthors = manuscript.references().stream().map(CitationFinder::firstWord)
                .filter(w -> !w.isEmpty()).toList();
    }

    Result find(String sentence) {
        List<ManuscriptCitation> out = new ArrayList<>();
        char[] masked = sentence.toCharArray();
        Matcher p = PAREN.matcher(sentence);
        while (p.find()) {
            List<ManuscriptCitation> parts = new ArrayList<>();
            boolean all = true;
            for (String part : p.group(1).split(";")) {
                Matcher m = AUTHOR_YEAR.matcher(part.strip());
                if (m.matches() && isAuthor(m.group("author").strip())) {
                    parts.add(new ManuscriptCitation(part.strip(), m.group("author").strip(),
                            Integer.parseInt(m.group("year")), "", ""));
                } else {
                    all = false;
                }
            }
            if (all && !parts.isEmpty()) {
                out.addAll(parts);
                blank(masked, p.start(), p.end());
            }
        }
        Matcher n = NARRATIVE.matcher(sentence);
        while (n.find()) {
            String verb = n.group("verb");
            String author = n.group("author");
            boolean reporting = verb != null && REPORTING.contains(verb.toLowerCase(java.util.Locale.ROOT));
            boolean listed = referenceAuthors.contains(firstWord(author));
            if ((reporting || listed) && isAuthor(author)) {
                out.add(new ManuscriptCitation(n.group().strip(), author, Integer.parseInt(n.group("year")), "", ""));
                blank(masked, n.start("year") - 1, n.end("year") + 1);
            }
        }
        Matcher b = NUMBERED.matcher(sentence);
        while (b.find()) {
            for (String number : expand(b.group(1))) {
                String ref = numbered.getOrDefault(number, "");
                Matcher y = YEAR.matcher(ref);
                out.add(new ManuscriptCitation("[" + number + "]", ref.isEmpty() ? "" : firstWord(ref),
                        y.find() ? Integer.parseInt(y.group(1)) : 0, number, ref));
            }
            blank(masked, b.start(), b.end());
        }
        return new Result(out, new String(masked));
    }

    private boolean isAuthor(String author) {
        String last = author.replaceAll(".*\\s", "");
        return !NOT_AN_AUTHOR.matcher(author).matches() && !NOT_AN_AUTHOR.matcher(last).matches()
                && !isName.test(author);
    }

    private static List<String> expand(String list) {
        List<String> out = new ArrayList<>();
        for (String part : list.split(",")) {
            String[] range = part.strip().split("\\s*[–-]\\s*");
            if (range.length == 2) {
                int a = Integer.parseInt(range[0]);
                int z = Integer.parseInt(range[1]);
                for (int i = a; i <= z && i - a < 50; i++) {
                    out.add(String.valueOf(i));
                }
            } else {
                out.add(range[0]);
            }
        }
        return out;
    }

    private static void blank(char[] text, int start, int end) {
        for (int i = Math.max(0, start); i < Math.min(text.length, end); i++) {
            text[i] = ' ';
        }
    }

    /** The first word of a reference ("Dawn (2019). …" → "dawn"), folded. */
    static String firstWord(String ref) {
        String t = ref.strip().replaceFirst("^\\[\\d+\\]\\s*", "");
        Matcher m = Pattern.compile("^[\\p{L}'’-]+").matcher(t);
        return m.find() ? Fold.fold(m.group()) : "";
    }
}

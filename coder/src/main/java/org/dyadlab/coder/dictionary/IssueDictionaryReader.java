package org.dyadlab.coder.dictionary;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads a PETRARCH issues file. Within a phrase, {@code n:WORD} also generates the plural, {@code v:WORD} the
 * regular verb forms and {@code A+B} both "A B" and "A-B". Lines starting with {@code ~} are ignore phrases;
 * {@code <ISSUE ...>} lines group the phrases and carry no phrase.
 */
public final class IssueDictionaryReader {
    private final List<DictionaryProblem> problems = new ArrayList<>();

    public IssueDictionary read(Path file) {
        List<IssueDictionary.IssuePhrase> out = new ArrayList<>();
        for (DictionaryLine line : DictionaryLines.read(file, false)) {
            String t = line.trimmed();
            if (t.startsWith("<")) {
                continue;
            }
            String code = null;
            String phrase;
            if (t.startsWith("~")) {
                phrase = t.replaceFirst("^~+", "");
            } else {
                int open = t.indexOf('[');
                int close = t.indexOf(']', open + 1);
                if (open < 0 || close < 0) {
                    problems.add(line.problem("issue phrase needs a code in [...]"));
                    continue;
                }
                code = t.substring(open + 1, close).strip();
                phrase = t.substring(0, open);
            }
            for (String form : expand(phrase.strip().toUpperCase(Locale.ROOT))) {
                String f = CharTrie.normalise(form.replace('_', ' '), "'-");
                if (!f.isEmpty()) {
                    out.add(new IssueDictionary.IssuePhrase(f, code, line.number()));
                }
            }
        }
        return new IssueDictionary(out);
    }

    public List<DictionaryProblem> problems() {
        return List.copyOf(problems);
    }

    /** Every form of a phrase: "WAR N:CRIME" → "WAR CRIME", "WAR CRIMES". */
    static List<String> expand(String phrase) {
        List<String> forms = new ArrayList<>();
        forms.add("");
        for (String word : phrase.split("\\s+")) {
            List<String> alternatives = alternativesOf(word);
            List<String> next = new ArrayList<>(forms.size() * alternatives.size());
            for (String f : forms) {
                for (String a : alternatives) {
                    next.add(f.isEmpty() ? a : f + " " + a);
                }
            }
            forms = next;
        }
        return forms;
    }

    private static List<String> alternativesOf(String word) {
        List<String> base = new ArrayList<>();
        if (word.contains("+")) {
            int p = word.indexOf('+');
            String left = word.substring(0, p);
            for (String right : alternativesOf(word.substring(p + 1))) {
                base.add(left + " " + right);
                base.add(left + "-" + right);
            }
            return base;
        }
        if (word.startsWith("N:")) {
            String w = word.substring(2);
            return List.of(w, WordForms.plural(w));
        }
        if (word.startsWith("V:")) {
            String w = word.substring(2);
            List<String> forms = new ArrayList<>();
            forms.add(w);
            forms.addAll(WordForms.verbForms(w));
            return forms;
        }
        return List.of(word);
    }
}

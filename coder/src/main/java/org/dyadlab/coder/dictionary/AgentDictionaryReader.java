package org.dyadlab.coder.dictionary;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a PETRARCH agent dictionary:
 *
 * <pre>
 * !PERSON! = MAN, MEN, WOMAN, WOMEN, PERSON     a substitution set
 * POLICE {} [~COP]                              no plural
 * GOLDEN_GOOSE {GOLDEN_GEESE} [~GGS]            an irregular plural
 * MINISTER [~GOV]                               regular plural MINISTERS generated
 * CONGRESS!PERSON! [~LEG]                       CONGRESSMAN, CONGRESSMEN, ... (no plurals)
 * MSF {} [NGO~]                                 the code goes before the actor's
 * </pre>
 */
public final class AgentDictionaryReader {
    private final List<DictionaryProblem> problems = new ArrayList<>();

    public AgentDictionary read(Path file) {
        PhraseIndex.Builder<AgentCode> index = new PhraseIndex.Builder<>();
        Map<String, List<String>> substitutions = new HashMap<>();
        for (DictionaryLine line : DictionaryLines.read(file, false)) {
            String t = line.trimmed();
            if (t.startsWith("!") && t.contains("=")) {
                defineSubstitution(line, t, substitutions);
                continue;
            }
            int open = t.indexOf('[');
            int close = t.indexOf(']', open + 1);
            if (open < 0 || close < 0) {
                problems.add(line.problem("agent needs a code in [...]"));
                continue;
            }
            AgentCode code = AgentCode.parse(t.substring(open + 1, close));
            if (code == null) {
                problems.add(line.problem("agent code must be ~CODE or CODE~"));
                continue;
            }
            String phrase = t.substring(0, open).strip();
            if (phrase.isEmpty()) {
                problems.add(line.problem("agent phrase is empty"));
                continue;
            }
            if (phrase.contains("!")) {
                addSubstituted(line, phrase, code, substitutions, index);
                continue;
            }
            String plural;
            int brace = phrase.indexOf('{');
            if (brace >= 0) {
                int end = phrase.indexOf('}', brace);
                if (end < 0) {
                    problems.add(line.problem("missing '}'"));
                    continue;
                }
                plural = phrase.substring(brace + 1, end).strip();
                phrase = phrase.substring(0, brace).strip();
            } else {
                plural = pluralOfPhrase(phrase);
            }
            add(line, phrase, code, index);
            if (!plural.isEmpty()) {
                add(line, plural, code, index);
            }
        }
        return new AgentDictionary(index.build());
    }

    public List<DictionaryProblem> problems() {
        return List.copyOf(problems);
    }

    /** The plural of the phrase's last word: "FOREIGN_MINISTER" → "FOREIGN_MINISTERS". */
    private static String pluralOfPhrase(String phrase) {
        int cut = Math.max(phrase.lastIndexOf('_'), phrase.lastIndexOf(' '));
        return phrase.substring(0, cut + 1) + WordForms.plural(phrase.substring(cut + 1));
    }

    private void add(DictionaryLine line, String phrase, AgentCode code, PhraseIndex.Builder<AgentCode> index) {
        try {
            index.add(PhrasePattern.parse(phrase), code, line.number());
        } catch (IllegalArgumentException e) {
            problems.add(line.problem(e.getMessage()));
        }
    }

    private void defineSubstitution(DictionaryLine line, String t, Map<String, List<String>> substitutions) {
        int second = t.indexOf('!', 1);
        int eq = t.indexOf('=');
        if (second < 0 || eq < second) {
            problems.add(line.problem("substitution set must read !NAME! = A, B, C"));
            return;
        }
        List<String> items = new ArrayList<>();
        for (String item : t.substring(eq + 1).split(",")) {
            if (!item.isBlank()) {
                items.add(item.strip());
            }
        }
        substitutions.put(t.substring(1, second), items);
    }

    private void addSubstituted(DictionaryLine line, String phrase, AgentCode code,
                                Map<String, List<String>> substitutions, PhraseIndex.Builder<AgentCode> index) {
        int a = phrase.indexOf('!');
        int b = phrase.indexOf('!', a + 1);
        if (b < 0) {
            problems.add(line.problem("substitution marker is not closed with '!'"));
            return;
        }
        List<String> items = substitutions.get(phrase.substring(a + 1, b));
        if (items == null) {
            problems.add(line.problem("substitution set !" + phrase.substring(a + 1, b) + "! is not defined"));
            return;
        }
        String before = phrase.substring(0, a);
        String after = phrase.substring(b + 1);
        int brace = after.indexOf('{');
        if (brace >= 0) {
            after = after.substring(0, brace);
        }
        for (String item : items) {
            add(line, (before + item + after).strip(), code, index);
        }
    }
}

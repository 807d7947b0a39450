package org.dyadlab.coder.dictionary;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads one verb pattern line, {@code - UPPER * LOWER [CODE]}: the elements before the {@code *} (kept nearest
 * first, the order they are matched in), those after it, and the code. Between elements, {@code _} means
 * "directly" and a blank "somewhere after" ({@code "_ "} counts as a blank, as in PETRARCH). PETRARCH2's
 * {@code (...)} and {@code {...}} groups are read as plain word sequences.
 */
final class VerbPatternParser {
    private final Map<String, Synset> synsets;
    private final List<DictionaryProblem> problems;

    VerbPatternParser(Map<String, Synset> synsets, List<DictionaryProblem> problems) {
        this.synsets = synsets;
        this.problems = problems;
    }

    /** The pattern on {@code line}, or null (with a problem recorded) when it cannot be read. */
    VerbPattern parse(DictionaryLine line) {
        String t = line.trimmed().substring(1);
        int open = t.lastIndexOf('[');
        int close = t.indexOf(']', open + 1);
        if (open < 0 || close < 0) {
            problems.add(line.problem("pattern needs a code in [...]"));
            return null;
        }
        VerbCode code = VerbCode.parse(t.substring(open + 1, close));
        String body = t.substring(0, open).replaceAll("[(){}]", " ");
        List<Token> tokens = tokenize(body);
        int star = -1;
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.get(i).text.equals("*")) {
                if (star >= 0) {
                    problems.add(line.problem("pattern has more than one '*'"));
                    return null;
                }
                star = i;
            }
        }
        if (star < 0) {
            problems.add(line.problem("pattern has no '*' for the verb"));
            return null;
        }
        List<PatternElement> before = new ArrayList<>();
        for (int i = star - 1; i >= 0; i--) {
            PatternElement e = element(line, tokens.get(i).text, tokens.get(i + 1).adjacentBefore);
            if (e == null) {
                return null;
            }
            before.add(e);
        }
        List<PatternElement> after = new ArrayList<>();
        for (int i = star + 1; i < tokens.size(); i++) {
            PatternElement e = element(line, tokens.get(i).text, tokens.get(i).adjacentBefore);
            if (e == null) {
                return null;
            }
            after.add(e);
        }
        return new VerbPattern(before, after, code, line.trimmed(), line.number());
    }

    private PatternElement element(DictionaryLine line, String text, boolean adjacent) {
        switch (text) {
            case "$":
                return new PatternElement(PatternElement.Kind.SOURCE, null, null, adjacent);
            case "+":
                return new PatternElement(PatternElement.Kind.TARGET, null, null, adjacent);
            case "^":
                return new PatternElement(PatternElement.Kind.SKIP_ACTOR, null, null, adjacent);
            case "%":
                return new PatternElement(PatternElement.Kind.COMPOUND, null, null, adjacent);
            default:
                break;
        }
        String word = text.toUpperCase(Locale.ROOT);
        if (word.startsWith("&")) {
            Synset s = synsets.get(word);
            if (s == null) {
                problems.add(line.problem("synset " + word + " is not defined"));
                return null;
            }
            return new PatternElement(PatternElement.Kind.SYNSET, null, s, adjacent);
        }
        return new PatternElement(PatternElement.Kind.WORD, word, null, adjacent);
    }

    /** A pattern token and whether only underscores (or nothing) separate it from the token before. */
    private record Token(String text, boolean adjacentBefore) {
    }

    private static List<Token> tokenize(String body) {
        List<Token> out = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        StringBuilder separator = new StringBuilder();
        for (int i = 0; i <= body.length(); i++) {
            char c = i < body.length() ? body.charAt(i) : ' ';
            boolean sep = c == ' ' || c == '_' || c == '\t';
            if (c == '*' || sep) {
                if (word.length() > 0) {
                    out.add(new Token(word.toString(), adjacent(separator)));
                    word.setLength(0);
                    separator.setLength(0);
                }
                if (c == '*') {
                    out.add(new Token("*", adjacent(separator)));
                    separator.setLength(0);
                } else {
                    separator.append(c);
                }
            } else {
                word.append(c);
            }
        }
        return out;
    }

    private static boolean adjacent(CharSequence separator) {
        for (int i = 0; i < separator.length(); i++) {
            if (separator.charAt(i) != '_') {
                return false;
            }
        }
        return true;
    }
}

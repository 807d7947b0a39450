package org.dyadlab.coder.dictionary;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a TABARI/PETRARCH actor dictionary:
 *
 * <pre>
 * GONDOR [GON]               a root phrase with its default code
 * +MINAS_TIRITH              a synonym: same codes
 * SAM_GAMGEE [HOB]
 *     [HOBCIV &lt;20080120]       (indented) before or on a date
 *     [HOBMIL 20080120-20121109]  between two dates, inclusive
 *     [HOBELI &gt;20130119]       on or after a date
 * LORIEN [ELR/GAL]           a compound code: the actor stands for both
 * </pre>
 *
 * Dates are YYYYMMDD or YYMMDD. Codes may also follow the root on its own line, several to a line. An entry
 * that cannot be read is skipped and reported as a {@link DictionaryProblem}.
 */
public final class ActorDictionaryReader {
    private static final Pattern BRACKETS = Pattern.compile("\\[([^\\]]*)\\]");

    private final List<DictionaryProblem> problems = new ArrayList<>();

    public ActorDictionary read(Path file) {
        PhraseIndex.Builder<ActorCodes> index = new PhraseIndex.Builder<>();
        Entry current = null;
        int entries = 0;
        List<Entry> all = new ArrayList<>();
        for (DictionaryLine line : DictionaryLines.read(file, true)) {
            String t = line.trimmed();
            if (t.contains("---STOP---")) {
                break;
            }
            boolean indented = Character.isWhitespace(line.text().charAt(0));
            if (indented || t.startsWith("[")) {
                if (current == null) {
                    problems.add(line.problem("date restriction before any actor"));
                } else {
                    readCodes(line, t, current.codes);
                }
                continue;
            }
            if (t.startsWith("+")) {
                if (current == null) {
                    problems.add(line.problem("synonym before any actor"));
                    continue;
                }
                String phrase = beforeBracket(t.substring(1));
                addPhrase(line, phrase, current);
                if (t.indexOf('[') >= 0) {
                    readCodes(line, t.substring(t.indexOf('[')), current.codes);
                }
                continue;
            }
            current = new Entry(beforeBracket(t));
            all.add(current);
            entries++;
            addPhrase(line, current.root, current);
            if (t.indexOf('[') >= 0) {
                readCodes(line, t.substring(t.indexOf('[')), current.codes);
            }
        }
        for (Entry e : all) {
            ActorCodes codes = new ActorCodes(e.root, e.codes);
            for (PhraseAt p : e.phrases) {
                index.add(p.phrase, codes, p.line);
            }
        }
        return new ActorDictionary(index.build(), entries);
    }

    /** Entries skipped so far, with file and line. */
    public List<DictionaryProblem> problems() {
        return List.copyOf(problems);
    }

    private void addPhrase(DictionaryLine line, String text, Entry entry) {
        if (text.isBlank()) {
            problems.add(line.problem("actor phrase is empty"));
            return;
        }
        entry.phrases.add(new PhraseAt(PhrasePattern.parse(text), line.number()));
    }

    private static String beforeBracket(String t) {
        int b = t.indexOf('[');
        return (b < 0 ? t : t.substring(0, b)).strip();
    }

    private void readCodes(DictionaryLine line, String text, List<DatedCode> into) {
        Matcher m = BRACKETS.matcher(text);
        boolean any = false;
        while (m.find()) {
            any = true;
            DatedCode c = parseCode(m.group(1).strip());
            if (c == null) {
                problems.add(line.problem("cannot read actor code '[" + m.group(1) + "]'"));
            } else {
                into.add(c);
            }
        }
        if (!any) {
            problems.add(line.problem("expected an actor code in [...]"));
        }
    }

    /** "GON", "HOB <950601", "HOBGOV 19950601 - 19990815", "HOBREB > 990816"; null if malformed. */
    static DatedCode parseCode(String inside) {
        if (inside.isEmpty()) {
            return null;
        }
        int space = indexOfAny(inside, " \t<>");
        if (space < 0) {
            return new DatedCode(inside, null, null);
        }
        String code = inside.substring(0, space).strip();
        String rest = inside.substring(space).strip();
        if (code.isEmpty()) {
            return null;
        }
        if (rest.isEmpty()) {
            return new DatedCode(code, null, null);
        }
        char op = rest.charAt(0);
        if (op == '<' || op == '>') {
            LocalDate d = DictionaryDates.parse(rest.substring(1));
            if (d == null) {
                return null;
            }
            return op == '<' ? new DatedCode(code, null, d) : new DatedCode(code, d, null);
        }
        int dash = rest.indexOf('-');
        if (dash < 0) {
            return null;
        }
        LocalDate from = DictionaryDates.parse(rest.substring(0, dash));
        LocalDate to = DictionaryDates.parse(rest.substring(dash + 1));
        if (from == null || to == null || to.isBefore(from)) {
            return null;
        }
        return new DatedCode(code, from, to);
    }

    private static int indexOfAny(String s, String chars) {
        for (int i = 0; i < s.length(); i++) {
            if (chars.indexOf(s.charAt(i)) >= 0) {
                return i;
            }
        }
        return -1;
    }

    private record PhraseAt(PhrasePattern phrase, int line) {
    }

    private static final class Entry {
        final String root;
        final List<DatedCode> codes = new ArrayList<>();
        final List<PhraseAt> phrases = new ArrayList<>();

        Entry(String root) {
            this.root = root;
        }
    }
}

package org.dyadlab.analysis.claims;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits a manuscript's text into sentences, with the line each starts on, and reads its reference list.
 * Markdown is reduced to its text (headings, list markers, emphasis, links, code, tables and front matter
 * removed; footnote marks {@code [^3]} read as numbered citations {@code [3]}); plain text (what Tika extracts from
 * PDF and DOCX) is read as paragraphs separated by blank lines, a short line without final punctuation being a
 * heading. The reference list is the part after a heading named References, Bibliography, Works cited, Sources or
 * Notes (and footnote definitions); its lines are not searched for claims.
 */
final class ManuscriptParser {
    private static final Pattern REFERENCES_HEADING = Pattern.compile(
            "(?i)^\\s*(#+\\s*)?(references|bibliography|works cited|sources|notes|endnotes)\\s*:?\\s*$");
    private static final Pattern HEADING = Pattern.compile("^\\s{0,3}#{1,6}\\s.*");
    private static final Pattern LIST_ITEM = Pattern.compile("^\\s*(?:[-*+]|\\d{1,3}[.)])\\s+");
    private static final Pattern NUMBERED_REF = Pattern.compile("^\\s*(?:\\[(\\d{1,3})\\]|(\\d{1,3})[.)]|\\[\\^(\\d{1,3})\\]:)\\s*(.+)");
    private static final Pattern FOOTNOTE_DEF = Pattern.compile("^\\s*\\[\\^(\\d{1,3})\\]:\\s*(.+)");
    private static final Pattern LINK = Pattern.compile("!?\\[([^\\]]*)\\]\\([^)]*\\)");
    private static final Pattern FOOTNOTE_MARK = Pattern.compile("\\[\\^(\\d{1,3})\\]");

    private ManuscriptParser() {
    }

    /** One line of cleaned text with its line number. */
    private record Line(int number, String text) {
    }

    static Manuscript parse(String text, boolean markdown) {
        String[] raw = text.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1);
        List<List<Line>> paragraphs = new ArrayList<>();
        List<String> references = new ArrayList<>();
        Map<String, String> numbered = new LinkedHashMap<>();
        List<Line> current = new ArrayList<>();
        boolean inReferences = false;
        boolean inFence = false;
        int start = 0;
        if (markdown && raw.length > 0 && raw[0].strip().equals("---")) {
            for (int i = 1; i < raw.length; i++) {
                if (raw[i].strip().equals("---")) {
                    start = i + 1;
                    break;
                }
            }
        }
        for (int i = start; i < raw.length; i++) {
            String line = raw[i];
            int number = i + 1;
            if (markdown && line.strip().startsWith("```")) {
                inFence = !inFence;
                flush(paragraphs, current);
                continue;
            }
            if (inFence) {
                continue;
            }
            Matcher footnote = FOOTNOTE_DEF.matcher(line);
            if (markdown && footnote.matches()) {
                flush(paragraphs, current);
                numbered.put(footnote.group(1), clean(footnote.group(2)));
                references.add(clean(footnote.group(2)));
                continue;
            }
            if (REFERENCES_HEADING.matcher(line).matches()) {
                flush(paragraphs, current);
                inReferences = true;
                continue;
            }
            if (markdown && HEADING.matcher(line).matches()) {
                flush(paragraphs, current);
                inReferences = false;
                continue;
            }
            if (line.isBlank()) {
                flush(paragraphs, current);
                continue;
            }
            if (inReferences) {
                Matcher m = NUMBERED_REF.matcher(line);
                String ref = clean(m.matches() ? m.group(4) : LIST_ITEM.matcher(line).replaceFirst(""));
                if (m.matches()) {
                    String n = m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2) : m.group(3);
                    numbered.put(n, ref);
                }
                references.add(ref);
                continue;
            }
            if (markdown) {
                if (line.strip().startsWith("|")) {
                    line = line.replace('|', ' ');
                    if (line.strip().matches("[-: ]*")) {
                        continue;
                    }
                }
                if (LIST_ITEM.matcher(line).find()) {
                    flush(paragraphs, current);
                    line = LIST_ITEM.matcher(line).replaceFirst("");
                }
                line = line.replaceFirst("^\\s*>\\s?", "");
            }
            current.add(new Line(number, markdown ? clean(line) : line.strip()));
        }
        flush(paragraphs, current);
        List<Sentence> sentences = new ArrayList<>();
        for (List<Line> p : paragraphs) {
            if (!markdown && p.size() == 1 && isHeading(p.get(0).text())) {
                continue;
            }
            split(p, sentences);
        }
        return new Manuscript(sentences, numbered, references);
    }

    private static void flush(List<List<Line>> paragraphs, List<Line> current) {
        if (!current.isEmpty()) {
            paragraphs.add(new ArrayList<>(current));
            current.clear();
        }
    }

    /** Markdown inline markup removed: links to their text, emphasis and code marks, footnote marks to [n]. */
    static String clean(String line) {
        String s = LINK.matcher(line).replaceAll(m -> Matcher.quoteReplacement(m.group(1)));
        s = FOOTNOTE_MARK.matcher(s).replaceAll("[$1]");
        s = s.replace("**", "").replace("__", "").replace("`", "");
        s = s.replaceAll("(?<![\\p{L}\\p{N}])\\*(?=\\S)|(?<=\\S)\\*(?![\\p{L}\\p{N}])", "");
        s = s.replaceAll("(?<![\\p{L}\\p{N}])_(?=\\S)|(?<=\\S)_(?![\\p{L}\\p{N}])", "");
        return s.strip();
    }

    private static boolean isHeading(String line) {
        String t = line.strip();
        return t.split("\\s+").length <= 12 && !t.matches(".*[.!?:;\"”)]$");
    }

    /** Joins a paragraph's lines (undoing hyphenation at line ends) and splits it into sentences. */
    private static void split(List<Line> lines, List<Sentence> out) {
        StringBuilder text = new StringBuilder();
        List<int[]> lineStarts = new ArrayList<>();
        for (Line l : lines) {
            String t = l.text();
            if (text.length() > 0) {
                if (text.charAt(text.length() - 1) == '-' && !t.isEmpty() && Character.isLowerCase(t.charAt(0))
                        && text.length() > 1 && Character.isLetter(text.charAt(text.length() - 2))) {
                    text.setLength(text.length() - 1);
                } else {
                    text.append(' ');
                }
            }
            lineStarts.add(new int[] {text.length(), l.number()});
            text.append(t);
        }
        String p = text.toString();
        int begin = 0;
        for (int end : SentenceSplitter.ends(p)) {
            String s = p.substring(begin, end).strip();
            if (!s.isEmpty()) {
                int offset = begin + (p.substring(begin, end).length() - p.substring(begin, end).stripLeading().length());
                out.add(new Sentence(out.size(), lineAt(lineStarts, offset), s));
            }
            begin = end;
        }
    }

    private static int lineAt(List<int[]> starts, int offset) {
        int line = starts.get(0)[1];
        for (int[] s : starts) {
            if (s[0] <= offset) {
                line = s[1];
            }
        }
        return line;
    }
}

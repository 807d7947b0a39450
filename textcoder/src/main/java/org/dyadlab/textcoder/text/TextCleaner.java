package org.dyadlab.textcoder.text;

import java.util.function.Function;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Makes a document's text codable: removes markup (HTML/XML tags, scripts and styles, comments), decodes the
 * common character entities ({@code &amp;}, {@code &#8217;}), drops web addresses and control characters, and
 * joins lines broken inside a sentence while keeping paragraph ends. {@link #cleaned} keeps, for every character of
 * the result, the stretch of the given text it came from ({@link CleanedText}), so that a sentence or a matched word
 * found in the cleaned text can be pointed at in the text as it was given (and as the corpus store holds it).
 */
public final class TextCleaner {
    private static final Pattern SCRIPT = Pattern.compile("(?is)<(script|style)\\b.*?</\\1\\s*>");
    private static final Pattern COMMENT = Pattern.compile("(?s)<!--.*?-->");
    private static final Pattern TAG = Pattern.compile("</?[A-Za-z][A-Za-z0-9:-]*(\\s[^<>]*)?/?>");
    private static final Pattern BLOCK_TAG = Pattern.compile("(?i)</?(p|div|br|li|h[1-6]|tr|blockquote)\\b[^>]*>");
    private static final Pattern ENTITY = Pattern.compile("&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z]{2,8});");
    private static final Pattern URL = Pattern.compile("(?i)\\b(https?://|www\\.)\\S+");

    private TextCleaner() {
    }

    /** True when the text holds something that looks like markup. */
    public static boolean hasMarkup(String text) {
        return TAG.matcher(text).find() || ENTITY.matcher(text).find();
    }

    /** The cleaned text alone. */
    public static String clean(String text) {
        return cleaned(text).text();
    }

    /** The cleaned text with the offset map back to {@code text}. */
    public static CleanedText cleaned(String text) {
        CleanedText t = CleanedText.identity(text);
        if (text.indexOf('<') >= 0) {
            t = replace(t, SCRIPT, m -> " ");
            t = replace(t, COMMENT, m -> " ");
            t = replace(t, BLOCK_TAG, m -> "\n\n");
            t = replace(t, TAG, m -> " ");
        }
        if (t.text().indexOf('&') >= 0) {
            t = replace(t, ENTITY, m -> entity(m.group(1), m.group()));
        }
        t = replace(t, URL, m -> " ");
        return joinLines(t);
    }

    /**
     * Each match of the pattern replaced by the replacement's characters, every one of which stands for the whole
     * match in the source (the patterns never match an empty string).
     */
    private static CleanedText replace(CleanedText in, Pattern pattern, Function<MatchResult, String> replacement) {
        String s = in.text();
        Matcher m = pattern.matcher(s);
        if (!m.find()) {
            return in;
        }
        CleanedText.Builder b = new CleanedText.Builder(s.length());
        int pos = 0;
        do {
            b.copy(in, pos, m.start());
            int from = in.sourceStart(m.start());
            int to = in.sourceEnd(m.end() - 1);
            String r = replacement.apply(m);
            for (int i = 0; i < r.length(); i++) {
                b.add(r.charAt(i), from, to);
            }
            pos = m.end();
        } while (m.find());
        b.copy(in, pos, s.length());
        return b.build();
    }

    private static String entity(String name, String raw) {
        try {
            if (name.startsWith("#x") || name.startsWith("#X")) {
                return new String(Character.toChars(Integer.parseInt(name.substring(2), 16)));
            }
            if (name.startsWith("#")) {
                return new String(Character.toChars(Integer.parseInt(name.substring(1))));
            }
        } catch (IllegalArgumentException e) {
            return " ";
        }
        return switch (name) {
            case "amp" -> "&";
            case "lt" -> "<";
            case "gt" -> ">";
            case "quot" -> "\"";
            case "apos", "rsquo", "lsquo" -> "'";
            case "ldquo", "rdquo" -> "\"";
            case "nbsp" -> " ";
            case "mdash", "ndash" -> "-";
            case "hellip" -> "...";
            default -> raw;
        };
    }

    /**
     * Control characters become blanks; a line break inside a sentence (the line does not end with . ! ? : or a
     * closing quote) becomes a blank; other line breaks end a paragraph. Blank lines and the blanks at either end of
     * a line are dropped; the blank or line break joining two lines stands for everything between them.
     */
    static CleanedText joinLines(CleanedText in) {
        String t = in.text();
        CleanedText.Builder b = new CleanedText.Builder(t.length());
        int lastKept = -1;
        int lineStart = 0;
        while (lineStart <= t.length()) {
            int lineEnd = lineStart;
            while (lineEnd < t.length() && t.charAt(lineEnd) != '\n' && t.charAt(lineEnd) != '\r') {
                lineEnd++;
            }
            int first = lineStart;
            while (first < lineEnd && Character.isWhitespace(blank(t.charAt(first)))) {
                first++;
            }
            int last = lineEnd - 1;
            while (last >= first && Character.isWhitespace(blank(t.charAt(last)))) {
                last--;
            }
            if (first <= last) {
                if (b.length() > 0) {
                    char sep = ".!?:;\"'\u201d)".indexOf(b.last()) >= 0 ? '\n' : ' ';
                    b.add(sep, in.sourceEnd(lastKept), in.sourceStart(first));
                }
                for (int i = first; i <= last; i++) {
                    b.add(blank(t.charAt(i)), in.sourceStart(i), in.sourceEnd(i));
                }
                lastKept = last;
            }
            lineStart = lineEnd + (lineEnd + 1 < t.length() && t.charAt(lineEnd) == '\r'
                    && t.charAt(lineEnd + 1) == '\n' ? 2 : 1);
        }
        return b.build();
    }

    private static char blank(char c) {
        return Character.isISOControl(c) || c == '\u00a0' || c == '\ufeff' ? ' ' : c;
    }
}

package org.dyadlab.textcoder.text;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Makes a document's text codable: removes markup (HTML/XML tags, scripts and styles, comments), decodes the
 * common character entities ({@code &amp;}, {@code &#8217;}), drops web addresses and control characters, and
 * joins lines broken inside a sentence while keeping paragraph ends. The result's offsets are those of the
 * cleaned text, which is what events' spans refer to.
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

    public static String clean(String text) {
        String t = text;
        if (t.indexOf('<') >= 0) {
            t = SCRIPT.matcher(t).replaceAll(" ");
            t = COMMENT.matcher(t).replaceAll(" ");
            t = BLOCK_TAG.matcher(t).replaceAll("\n\n");
            t = TAG.matcher(t).replaceAll(" ");
        }
        if (t.indexOf('&') >= 0) {
            t = decodeEntities(t);
        }
        t = URL.matcher(t).replaceAll(" ");
        return joinLines(t);
    }

    private static String decodeEntities(String t) {
        Matcher m = ENTITY.matcher(t);
        StringBuilder b = new StringBuilder(t.length());
        while (m.find()) {
            m.appendReplacement(b, Matcher.quoteReplacement(entity(m.group(1), m.group())));
        }
        m.appendTail(b);
        return b.toString();
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
     * closing quote) becomes a blank; other line breaks end a paragraph.
     */
    static String joinLines(String t) {
        StringBuilder b = new StringBuilder(t.length());
        String[] lines = t.split("\\r?\\n|\\r", -1);
        for (String raw : lines) {
            String line = blanks(raw).strip();
            if (line.isEmpty()) {
                continue;
            }
            if (b.length() > 0) {
                char last = b.charAt(b.length() - 1);
                b.append(".!?:;\"'\u201d)".indexOf(last) >= 0 ? "\n" : " ");
            }
            b.append(line);
        }
        return b.toString();
    }

    private static String blanks(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            b.append(Character.isISOControl(c) || c == '\u00a0' || c == '\ufeff' ? ' ' : c);
        }
        return b.toString();
    }
}

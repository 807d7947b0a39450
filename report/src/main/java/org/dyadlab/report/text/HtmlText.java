package org.dyadlab.report.text;

/**
 * Escapes untrusted text for HTML5, XHTML and SVG, in element text and in quoted attribute values alike: the five
 * characters {@code & < > " '} become entities, and characters that XML 1.0 forbids (C0 controls other than tab,
 * line feed and carriage return; U+FFFE, U+FFFF; unpaired surrogates) become U+FFFD, so that the XHTML of the PDF
 * stays well-formed whatever a document contained.
 */
public final class HtmlText {
    private static final char REPLACEMENT = '\uFFFD';

    private HtmlText() {
    }

    public static String escape(String text) {
        StringBuilder out = new StringBuilder(text == null ? 0 : text.length() + 16);
        escapeTo(text, out);
        return out.toString();
    }

    static void escapeTo(String text, StringBuilder out) {
        if (text == null) {
            return;
        }
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                case '\t', '\n', '\r' -> out.append(c);
                default -> {
                    if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(text.charAt(i + 1))) {
                        out.append(c).append(text.charAt(++i));
                    } else if (c < 0x20 || c == 0xFFFE || c == 0xFFFF || Character.isSurrogate(c)) {
                        out.append(REPLACEMENT);
                    } else {
                        out.append(c);
                    }
                }
            }
        }
    }
}

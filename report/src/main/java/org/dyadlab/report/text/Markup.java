package org.dyadlab.report.text;

/**
 * Builds HTML5 or XHTML (and SVG) text in which every untrusted string is escaped on its way in: element text
 * through {@link #text}, attribute values through the name/value pairs of {@link #open} and {@link #empty}. Tag
 * and attribute names are the caller's own constants, never data. Only {@link #trusted} appends text as it is;
 * it takes markup this module made itself (an SVG chart, a stylesheet). The output is well-formed XML, which
 * HTML5 parsers read as well.
 */
public final class Markup {
    private final StringBuilder out;

    public Markup() {
        this(new StringBuilder(64 * 1024));
    }

    private Markup(StringBuilder out) {
        this.out = out;
    }

    /** Opens {@code tag} with attributes given as name, value, name, value…; a null value leaves the attribute out. */
    public Markup open(String tag, String... attributes) {
        out.append('<').append(tag);
        attributes(attributes);
        out.append('>');
        return this;
    }

    /** A void element ({@code <meta/>}, {@code <circle/>}). */
    public Markup empty(String tag, String... attributes) {
        out.append('<').append(tag);
        attributes(attributes);
        out.append("/>");
        return this;
    }

    public Markup close(String tag) {
        out.append("</").append(tag).append('>');
        return this;
    }

    /** {@code <tag attributes>text</tag>}, the text escaped. */
    public Markup element(String tag, String text, String... attributes) {
        return open(tag, attributes).text(text).close(tag);
    }

    /** Untrusted text, escaped; null is written as nothing. */
    public Markup text(String text) {
        HtmlText.escapeTo(text, out);
        return this;
    }

    /** Markup made by this module itself (never data): appended as it is. */
    public Markup trusted(String markup) {
        out.append(markup);
        return this;
    }

    /** A comment of our own words (never data); "--" is not allowed in it. */
    public Markup comment(String words) {
        if (words.contains("--")) {
            throw new IllegalArgumentException("a comment may not contain \"--\": " + words);
        }
        out.append("<!-- ").append(words).append(" -->\n");
        return this;
    }

    public Markup newline() {
        out.append('\n');
        return this;
    }

    private void attributes(String... attributes) {
        if (attributes.length % 2 != 0) {
            throw new IllegalArgumentException("attributes come in name, value pairs: " + attributes.length);
        }
        for (int i = 0; i < attributes.length; i += 2) {
            if (attributes[i + 1] == null) {
                continue;
            }
            out.append(' ').append(attributes[i]).append("=\"");
            HtmlText.escapeTo(attributes[i + 1], out);
            out.append('"');
        }
    }

    @Override
    public String toString() {
        return out.toString();
    }
}

package org.dyadlab.corpus.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.dyadlab.model.corpus.TextSpan;
import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Receives the XHTML that Tika's parsers produce and keeps the plain text with its structure: every
 * {@code <div class="page">} becomes a page span and every block element ({@code p}, headings, list items, table
 * cells, {@code div}) a paragraph span. Blocks are separated by a line break, so offsets stay meaningful in the
 * plain text. Stops with {@link LimitReached} once the text would exceed the character limit.
 */
final class StructuredTextHandler extends DefaultHandler {
    private static final Set<String> BLOCKS = Set.of("p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "td", "th", "div",
            "blockquote", "pre", "title", "dd", "dt");

    /** Thrown to stop the parser when the text is longer than allowed. */
    static final class LimitReached extends SAXException {
        LimitReached(int limit) {
            super("the extracted text exceeds the limit of " + limit + " characters");
        }
    }

    private final StringBuilder text = new StringBuilder();
    private final List<TextSpan> pages = new ArrayList<>();
    private final List<TextSpan> paragraphs = new ArrayList<>();
    private final int maxChars;
    private int pageStart = -1;
    private int blockStart = -1;
    private int depthInHead;
    private final java.util.ArrayDeque<Boolean> divIsPage = new java.util.ArrayDeque<>();

    StructuredTextHandler(int maxChars) {
        this.maxChars = maxChars;
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes atts) throws SAXException {
        String name = localName.isEmpty() ? qName : localName;
        if (name.equals("head")) {
            depthInHead++;
            return;
        }
        if (name.equals("div")) {
            boolean page = "page".equals(atts.getValue("class"));
            divIsPage.push(page);
            if (page) {
                if (pageStart >= 0) {
                    closePage();
                }
                closeBlock();
                pageStart = text.length();
                return;
            }
        }
        if (BLOCKS.contains(name)) {
            closeBlock();
            blockStart = text.length();
        } else if (name.equals("br")) {
            append("\n");
        }
    }

    @Override
    public void endElement(String uri, String localName, String qName) throws SAXException {
        String name = localName.isEmpty() ? qName : localName;
        if (name.equals("head")) {
            depthInHead--;
            return;
        }
        if (name.equals("div") && !divIsPage.isEmpty() && divIsPage.pop() && pageStart >= 0) {
            closePage();
            return;
        }
        if (BLOCKS.contains(name)) {
            closeBlock();
        }
    }

    @Override
    public void characters(char[] ch, int start, int length) throws SAXException {
        if (depthInHead > 0) {
            return;
        }
        if (blockStart < 0) {
            blockStart = text.length();
        }
        append(new String(ch, start, length));
    }

    @Override
    public void ignorableWhitespace(char[] ch, int start, int length) throws SAXException {
        characters(ch, start, length);
    }

    @Override
    public void endDocument() throws SAXException {
        closeBlock();
        if (pageStart >= 0) {
            closePage();
        }
    }

    private void append(String s) throws SAXException {
        if (text.length() + s.length() > maxChars) {
            throw new LimitReached(maxChars);
        }
        text.append(s);
    }

    private void closeBlock() throws SAXException {
        if (blockStart < 0) {
            return;
        }
        int s = blockStart;
        int e = text.length();
        blockStart = -1;
        while (s < e && Character.isWhitespace(text.charAt(s))) {
            s++;
        }
        while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
            e--;
        }
        if (e > s) {
            paragraphs.add(new TextSpan(s, e));
        }
        if (!text.isEmpty() && text.charAt(text.length() - 1) != '\n') {
            append("\n");
        }
    }

    private void closePage() throws SAXException {
        closeBlock();
        pages.add(new TextSpan(pageStart, text.length()));
        pageStart = -1;
    }

    String text() {
        return text.toString();
    }

    List<TextSpan> pages() {
        return pages.isEmpty() ? List.of(new TextSpan(0, text.length())) : pages;
    }

    List<TextSpan> paragraphs() {
        return paragraphs;
    }
}

package org.dyadlab.report;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.w3c.dom.Document;

/**
 * A rendered page taken apart: its script elements (attributes and text) and the rest of its markup, which is
 * well-formed XML once the scripts' text is taken out, so tests can query it with XPath.
 */
record HtmlPageParts(List<Script> scripts, String markup, Document document) {
    /** A script element: its attributes as written and its text. */
    record Script(String attributes, String text) {
        boolean isJson() {
            return attributes.contains("type=\"application/json\"");
        }
    }

    private static final Pattern SCRIPT = Pattern.compile("<script([^>]*)>(.*?)</script>", Pattern.DOTALL);

    static HtmlPageParts of(String html) {
        List<Script> scripts = new ArrayList<>();
        Matcher m = SCRIPT.matcher(html);
        StringBuilder markup = new StringBuilder();
        while (m.find()) {
            scripts.add(new Script(m.group(1), m.group(2)));
            m.appendReplacement(markup, Matcher.quoteReplacement("<script" + m.group(1) + "></script>"));
        }
        m.appendTail(markup);
        return new HtmlPageParts(List.copyOf(scripts), markup.toString(), XmlDocuments.parse(markup.toString()));
    }

    String json() {
        return scripts.stream().filter(Script::isJson).findFirst().orElseThrow().text();
    }

    /** The page's text outside scripts and the SVG fallbacks, as a reader without JavaScript sees it. */
    String text() {
        return document.getDocumentElement().getTextContent();
    }
}

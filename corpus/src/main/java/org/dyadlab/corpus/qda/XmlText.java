package org.dyadlab.corpus.qda;

/**
 * Text safe for XML 1.0: characters XML cannot carry at all (most control characters, lone surrogates) are
 * dropped. Escaping of {@code < & "} is the XML writer's job. Document text is untrusted and never goes into
 * XML unfiltered.
 */
final class XmlText {
    private XmlText() {
    }

    static String clean(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            boolean ok = cp == 0x9 || cp == 0xA || cp == 0xD || (cp >= 0x20 && cp <= 0xD7FF)
                    || (cp >= 0xE000 && cp <= 0xFFFD) || (cp >= 0x10000 && cp <= 0x10FFFF);
            if (ok) {
                sb.appendCodePoint(cp);
            }
            i += Character.charCount(cp);
        }
        return sb.toString();
    }
}

package org.dyadlab.report.svg;

/** Fitting labels into the room a chart has for them, by an estimate of their width (SVG has no text layout). */
final class Labels {
    private Labels() {
    }

    /** The text cut to {@code max} characters, with an ellipsis when cut; null is empty. */
    static String fit(String text, int max) {
        if (text == null) {
            return "";
        }
        String t = text.strip();
        if (t.codePointCount(0, t.length()) <= max) {
            return t;
        }
        return t.substring(0, t.offsetByCodePoints(0, Math.max(1, max - 1))) + "\u2026";
    }

    /** The approximate width in pixels of text in a sans-serif face of the given size. */
    static double width(String text, double size) {
        return text == null ? 0 : text.codePointCount(0, text.length()) * size * 0.56;
    }
}

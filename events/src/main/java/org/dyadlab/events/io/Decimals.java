package org.dyadlab.events.io;

/** Parses decimal numbers in event files without an exception for the common malformed cell. */
public final class Decimals {
    private Decimals() {
    }

    /** The number, or null when {@code s} is not a plain decimal ("abc", "NaN", "0x1p3"). */
    public static Double parse(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!(c >= '0' && c <= '9') && c != '.' && c != '-' && c != '+' && c != 'e' && c != 'E') {
                return null;
            }
        }
        try {
            return Double.valueOf(s);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}

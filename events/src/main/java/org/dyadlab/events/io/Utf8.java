package org.dyadlab.events.io;

/** Checks bytes for well-formed UTF-8 (RFC 3629: no overlongs, no surrogates, nothing above U+10FFFF). */
public final class Utf8 {
    private Utf8() {
    }

    /** True when every byte in [start, end) is below 0x80. */
    public static boolean isAscii(byte[] b, int start, int end) {
        for (int i = start; i < end; i++) {
            if (b[i] < 0) {
                return false;
            }
        }
        return true;
    }

    /** The offset (from start) of the first byte that breaks UTF-8, or -1 when [start, end) is well formed. */
    public static int firstInvalid(byte[] b, int start, int end) {
        int i = start;
        while (i < end) {
            int c = b[i] & 0xff;
            if (c < 0x80) {
                i++;
                continue;
            }
            int need;
            int min;
            if (c >= 0xc2 && c <= 0xdf) {
                need = 1;
                min = 0x80;
            } else if (c >= 0xe0 && c <= 0xef) {
                need = 2;
                min = 0x800;
            } else if (c >= 0xf0 && c <= 0xf4) {
                need = 3;
                min = 0x10000;
            } else {
                return i - start;
            }
            if (i + need >= end) {
                return i - start;
            }
            int cp = c & (0x3f >> need);
            for (int k = 1; k <= need; k++) {
                int cc = b[i + k] & 0xff;
                if ((cc & 0xc0) != 0x80) {
                    return i - start;
                }
                cp = (cp << 6) | (cc & 0x3f);
            }
            if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) {
                return i - start;
            }
            i += need + 1;
        }
        return -1;
    }
}

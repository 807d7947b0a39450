package org.dyadlab.events.io;

import java.nio.charset.StandardCharsets;

/**
 * The tab-separated fields of one line held as offsets into the line's bytes, decoded only on demand.
 * Reused from line to line to avoid garbage in hot import loops.
 */
public final class TabFields {
    private final int[] starts;
    private final int[] ends;
    private byte[] buf;
    private int count;
    private boolean ascii;

    /** @param capacity the most fields a line may have; a longer line reports {@code capacity + 1} fields */
    public TabFields(int capacity) {
        starts = new int[capacity + 1];
        ends = new int[capacity + 1];
    }

    /** Splits [start, end) of {@code b} at tabs; returns the number of fields (capped at capacity + 1). */
    public int split(byte[] b, int start, int end, boolean asciiOnly) {
        this.buf = b;
        this.ascii = asciiOnly;
        int n = 0;
        int fieldStart = start;
        int max = starts.length;
        for (int i = start; i < end; i++) {
            if (b[i] == '\t') {
                if (n < max) {
                    starts[n] = fieldStart;
                    ends[n] = i;
                }
                n++;
                fieldStart = i + 1;
            }
        }
        if (n < max) {
            starts[n] = fieldStart;
            ends[n] = end;
        }
        n++;
        count = Math.min(n, max);
        return count;
    }

    public int count() {
        return count;
    }

    public boolean isEmpty(int i) {
        return starts[i] == ends[i];
    }

    /** The field as a string with surrounding spaces removed, or null when it is empty. */
    public String text(int i) {
        int s = starts[i];
        int e = ends[i];
        while (s < e && buf[s] == ' ') {
            s++;
        }
        while (e > s && buf[e - 1] == ' ') {
            e--;
        }
        if (s == e) {
            return null;
        }
        return new String(buf, s, e - s, ascii ? StandardCharsets.ISO_8859_1 : StandardCharsets.UTF_8);
    }

    /** Parses a non-negative decimal integer; returns -1 if the field is empty, -2 if it is not such a number. */
    public long digits(int i) {
        int s = starts[i];
        int e = ends[i];
        if (s == e) {
            return -1;
        }
        if (e - s > 18) {
            return -2;
        }
        long v = 0;
        for (int k = s; k < e; k++) {
            int d = buf[k] - '0';
            if (d < 0 || d > 9) {
                return -2;
            }
            v = v * 10 + d;
        }
        return v;
    }

    /** True when the field's bytes equal the ASCII string. */
    public boolean equalsAscii(int i, String s) {
        int len = ends[i] - starts[i];
        if (len != s.length()) {
            return false;
        }
        for (int k = 0; k < len; k++) {
            if (buf[starts[i] + k] != s.charAt(k)) {
                return false;
            }
        }
        return true;
    }
}

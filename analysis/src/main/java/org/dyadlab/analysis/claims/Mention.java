package org.dyadlab.analysis.claims;

/** Something found in a sentence: where it is (character offsets into the sentence), as written, and what it is. */
record Mention<T>(int start, int end, String text, T value) {
    Mention {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span " + start + ".." + end);
        }
    }

    /** Characters between two mentions (0 when they touch or overlap). */
    int distance(Mention<?> other) {
        return Math.max(0, Math.max(other.start - end, start - other.end));
    }

    boolean overlaps(int s, int e) {
        return start < e && s < end;
    }
}

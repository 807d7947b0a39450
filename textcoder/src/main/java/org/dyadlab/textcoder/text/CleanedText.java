package org.dyadlab.textcoder.text;

import java.util.Arrays;
import java.util.Objects;

/**
 * A document's text as {@link TextCleaner} made it codable, with where each of its characters came from in the
 * text it was given: character i of {@link #text()} stands for the characters {@code [sourceStart(i),
 * sourceEnd(i))} of the source — one character when it was kept, a whole tag, entity or address when it replaces
 * one, the line break (and the blanks around it) when it joins two lines. Both bounds never decrease along the text,
 * so a span of the cleaned text maps to one span of the source ({@link #sourceSpan}).
 */
public final class CleanedText {
    private final String text;
    private final int[] starts;
    private final int[] ends;

    /** A text kept as it was: character i stands for character i. */
    static CleanedText identity(String text) {
        return new CleanedText(text, null, null);
    }

    /**
     * @param starts where each character's source starts, or null for the identity
     * @param ends   where each character's source ends (excluded), or null for the identity
     */
    CleanedText(String text, int[] starts, int[] ends) {
        this.text = Objects.requireNonNull(text, "text");
        if ((starts == null) != (ends == null) || starts != null && (starts.length < text.length()
                || ends.length < text.length())) {
            throw new IllegalArgumentException("a map needs a start and an end for each character");
        }
        this.starts = starts;
        this.ends = ends;
    }

    /** The cleaned text. */
    public String text() {
        return text;
    }

    public int length() {
        return text.length();
    }

    /** Where character i of the cleaned text starts in the source. */
    public int sourceStart(int i) {
        return starts == null ? i : starts[i];
    }

    /** Where character i of the cleaned text ends in the source (excluded). */
    public int sourceEnd(int i) {
        return ends == null ? i + 1 : ends[i];
    }

    /**
     * The source span of the cleaned span {@code [start, end)}: from the source start of its first character to the
     * source end of its last. An empty span maps to the empty source span where its position's character starts.
     */
    public int[] sourceSpan(int start, int end) {
        if (start < 0 || end > text.length() || end < start) {
            throw new IllegalArgumentException("span " + start + ":" + end + " is not in a text of " + text.length()
                    + " characters");
        }
        if (end == start) {
            int at = start == text.length() ? (start == 0 ? 0 : sourceEnd(start - 1)) : sourceStart(start);
            return new int[] {at, at};
        }
        return new int[] {sourceStart(start), sourceEnd(end - 1)};
    }

    /** Builds a cleaned text one character (with its source span) or one copied stretch at a time. */
    static final class Builder {
        private final StringBuilder text;
        private int[] starts;
        private int[] ends;

        Builder(int capacity) {
            text = new StringBuilder(capacity);
            starts = new int[Math.max(16, capacity)];
            ends = new int[starts.length];
        }

        int length() {
            return text.length();
        }

        char last() {
            return text.charAt(text.length() - 1);
        }

        void add(char c, int sourceStart, int sourceEnd) {
            int n = text.length();
            if (n == starts.length) {
                starts = Arrays.copyOf(starts, n * 2);
                ends = Arrays.copyOf(ends, n * 2);
            }
            text.append(c);
            starts[n] = sourceStart;
            ends[n] = sourceEnd;
        }

        /** Copies characters {@code [from, to)} of {@code in} with their source spans. */
        void copy(CleanedText in, int from, int to) {
            for (int i = from; i < to; i++) {
                add(in.text.charAt(i), in.sourceStart(i), in.sourceEnd(i));
            }
        }

        CleanedText build() {
            return new CleanedText(text.toString(), starts, ends);
        }
    }
}

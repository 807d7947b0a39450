package org.dyadlab.model.corpus;

/**
 * A stretch of a document's text, as character offsets into its extracted text: {@code start} included,
 * {@code end} excluded (Java's {@code substring} convention). Offsets count UTF-16 chars.
 */
public record TextSpan(int start, int end) implements Comparable<TextSpan> {
    public TextSpan {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("a span needs 0 <= start <= end, was " + start + ":" + end);
        }
    }

    /** Parses "120:340". */
    public static TextSpan parse(String text) {
        String[] parts = text.trim().split(":");
        if (parts.length != 2) {
            throw new IllegalArgumentException("a span is written START:END, e.g. 120:340; was '" + text + "'");
        }
        try {
            return new TextSpan(Integer.parseInt(parts[0].trim()), Integer.parseInt(parts[1].trim()));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("a span is written START:END with whole numbers; was '" + text + "'");
        }
    }

    public int length() {
        return end - start;
    }

    public boolean overlaps(TextSpan other) {
        return start < other.end && other.start < end;
    }

    public boolean contains(TextSpan other) {
        return start <= other.start && other.end <= end;
    }

    /** The smallest span covering both. */
    public TextSpan union(TextSpan other) {
        return new TextSpan(Math.min(start, other.start), Math.max(end, other.end));
    }

    @Override
    public int compareTo(TextSpan o) {
        return start != o.start ? Integer.compare(start, o.start) : Integer.compare(end, o.end);
    }

    @Override
    public String toString() {
        return start + ":" + end;
    }
}

package org.dyadlab.textcoder;

/**
 * A matched span of a coded event in its document's text as given to the coder: what it is ("source", "target",
 * "verb"), where it starts (included) and ends (excluded).
 */
public record TextSpan(String role, int start, int end) {
    public TextSpan {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span " + start + ":" + end);
        }
    }

    @Override
    public String toString() {
        return role + "=" + start + ":" + end;
    }
}

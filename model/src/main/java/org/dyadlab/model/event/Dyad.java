package org.dyadlab.model.event;

import java.util.Locale;
import java.util.Objects;

/**
 * A pair of actors, written "PAK-USA". Whether a query treats it as directed (first acts on second) or
 * undirected (either way) is the query's choice, not the dyad's.
 *
 * @param first  CAMEO country or actor code of the first side
 * @param second CAMEO country or actor code of the second side
 */
public record Dyad(String first, String second) {
    public Dyad {
        Objects.requireNonNull(first, "first");
        Objects.requireNonNull(second, "second");
        if (!first.matches("[A-Z]{3}") || !second.matches("[A-Z]{3}")) {
            throw new IllegalArgumentException("a dyad is two three-letter CAMEO codes such as PAK-USA, was "
                    + first + "-" + second);
        }
        if (first.equals(second)) {
            throw new IllegalArgumentException("a dyad needs two different actors, was " + first + "-" + second);
        }
    }

    /** Parses "PAK-USA" (case-insensitive; '-', '_' or ':' between the codes). */
    public static Dyad parse(String text) {
        Objects.requireNonNull(text, "text");
        String[] parts = text.trim().toUpperCase(Locale.ROOT).split("[-_:]");
        if (parts.length != 2) {
            throw new IllegalArgumentException("a dyad is written like PAK-USA, was '" + text + "'");
        }
        return new Dyad(parts[0], parts[1]);
    }

    public Dyad reversed() {
        return new Dyad(second, first);
    }

    @Override
    public String toString() {
        return first + "-" + second;
    }
}

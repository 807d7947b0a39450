package org.dyadlab.analysis.series;

import java.util.Locale;

/**
 * How count-like metrics are scaled, because event datasets grow and shrink over time. Every output says
 * which was used.
 */
public enum Normalization {
    /** Raw values. */
    NONE("none", "raw values"),
    /** Per 1,000 events in which either actor of the dyad takes part (with anyone). */
    ACTORS("actors", "per 1,000 events involving either actor"),
    /** Per 1,000 events in the whole dataset (restricted to the chosen origins) in the same interval. */
    DATASET("dataset", "per 1,000 events in the dataset");

    private final String key;
    private final String description;

    Normalization(String key, String description) {
        this.key = key;
        this.description = description;
    }

    public String key() {
        return key;
    }

    public String description() {
        return description;
    }

    /** The denominator of a count-like metric for these sums (1 when not normalised). */
    double denominator(Sums s) {
        return switch (this) {
            case NONE -> 1;
            case ACTORS -> s.actorEvents() / 1000.0;
            case DATASET -> s.allEvents() / 1000.0;
        };
    }

    public static Normalization ofKey(String key) {
        for (Normalization n : values()) {
            if (n.key.equals(key.toLowerCase(Locale.ROOT))) {
                return n;
            }
        }
        throw new IllegalArgumentException("normalization must be none, actors or dataset, was '" + key + "'");
    }
}

package org.dyadlab.model.claim;

import java.util.Locale;

/** What the evidence says of a claim. */
public enum Verdict {
    /** Evidence agrees with every checked part of it. */
    SUPPORTED,
    /** Evidence disagrees with a part of it (a date, an amount, a name, an office, a citation's year). */
    CONTRADICTED,
    /** No evidence bears on it, or it could not be read. */
    UNVERIFIED;

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }
}

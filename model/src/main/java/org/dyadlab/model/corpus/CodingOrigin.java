package org.dyadlab.model.corpus;

import java.util.Locale;

/** How a passage came to be coded. */
public enum CodingOrigin {
    /** By a rule of the codebook; the passage records which rule. */
    RULE,
    /** By a named person. */
    MANUAL;

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static CodingOrigin ofKey(String key) {
        return valueOf(key.trim().toUpperCase(Locale.ROOT));
    }
}

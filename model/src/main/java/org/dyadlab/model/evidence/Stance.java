package org.dyadlab.model.evidence;

/** How an item of evidence bears on a finding or a claim. */
public enum Stance {
    SUPPORTS, CONTRADICTS;

    public String key() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}

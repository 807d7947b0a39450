package org.dyadlab.model.corpus;

import java.util.Locale;
import java.util.Objects;

/** What kind of source a document is; decides how a researcher weighs it as evidence. */
public enum SourceKind {
    ACADEMIC("academic"),
    OFFICIAL_STATEMENT("official"),
    POLICY_DOCUMENT("policy"),
    NEWS("news"),
    SOCIAL_POST("social"),
    SPEECH("speech"),
    DATASET("dataset");

    private final String key;

    SourceKind(String key) {
        this.key = key;
    }

    /** The short name used on the command line, in the store and in exports ("official", "speech"…). */
    public String key() {
        return key;
    }

    /** Parses a key ("official") or the constant's name ("OFFICIAL_STATEMENT", "official-statement"). */
    public static SourceKind ofKey(String text) {
        Objects.requireNonNull(text, "text");
        String t = text.trim().toLowerCase(Locale.ROOT).replace('-', '_');
        for (SourceKind k : values()) {
            if (k.key.equals(t) || k.name().toLowerCase(Locale.ROOT).equals(t)) {
                return k;
            }
        }
        throw new IllegalArgumentException("unknown source kind '" + text
                + "'; use academic, official, policy, news, social, speech or dataset");
    }

    @Override
    public String toString() {
        return key;
    }
}

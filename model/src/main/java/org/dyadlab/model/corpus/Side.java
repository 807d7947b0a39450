package org.dyadlab.model.corpus;

import java.util.Locale;
import java.util.Objects;

/**
 * Whose voice a document carries: a country (a three-letter CAMEO code such as PAK or USA) or a third party
 * (a scholar, a think tank, another government, an international body).
 *
 * @param code the CAMEO country code, or {@code third-party}
 */
public record Side(String code) {
    public static final Side THIRD_PARTY = new Side("third-party");

    public Side {
        Objects.requireNonNull(code, "code");
        if (!code.matches("[A-Z]{3}") && !code.equals("third-party")) {
            throw new IllegalArgumentException("a side is a three-letter CAMEO code such as PAK or USA, or "
                    + "third-party; was '" + code + "'");
        }
    }

    /** Parses "pak", "PAK", "third-party" or "third". */
    public static Side parse(String text) {
        Objects.requireNonNull(text, "text");
        String t = text.trim();
        if (t.equalsIgnoreCase("third-party") || t.equalsIgnoreCase("third")) {
            return THIRD_PARTY;
        }
        return new Side(t.toUpperCase(Locale.ROOT));
    }

    public boolean isThirdParty() {
        return this.equals(THIRD_PARTY);
    }

    @Override
    public String toString() {
        return code;
    }
}

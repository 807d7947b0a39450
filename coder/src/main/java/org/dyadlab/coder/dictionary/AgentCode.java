package org.dyadlab.coder.dictionary;

import java.util.Objects;

/**
 * An agent code ("GOV", "COP", "NGO") and where it goes in the actor code: after the actor's code
 * ({@code [~GOV]} → "PAKGOV") or, for organisations, before it ({@code [NGO~]} → "NGOPAK").
 */
public record AgentCode(String code, boolean prefix) {
    public AgentCode {
        Objects.requireNonNull(code, "code");
        if (code.isBlank()) {
            throw new IllegalArgumentException("agent code is empty");
        }
    }

    /** Parses "~GOV" or "NGO~"; null if neither. */
    public static AgentCode parse(String text) {
        String t = text.strip();
        if (t.length() > 1 && t.startsWith("~")) {
            return new AgentCode(t.substring(1).strip(), false);
        }
        if (t.length() > 1 && t.endsWith("~")) {
            return new AgentCode(t.substring(0, t.length() - 1).strip(), true);
        }
        return null;
    }

    @Override
    public String toString() {
        return prefix ? code + "~" : "~" + code;
    }
}

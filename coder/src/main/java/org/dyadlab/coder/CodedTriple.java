package org.dyadlab.coder;

import java.util.Objects;

/**
 * Who did what to whom, as code strings: source actor, target actor, event code. Kept as strings because the
 * PETRARCH validation dictionaries use codes that are not CAMEO ("174K", actor "---GOV", a quoted new actor).
 */
public record CodedTriple(String source, String target, String code) {
    public CodedTriple {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(code, "code");
    }

    @Override
    public String toString() {
        return source + " " + target + " " + code;
    }
}

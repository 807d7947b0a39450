package org.dyadlab.model.cameo;

import java.util.Objects;

/**
 * A CAMEO actor type (role or sector) such as GOV, MIL, COP, REB or BUS.
 *
 * @param code  the three-letter code
 * @param label its English name
 */
public record ActorType(String code, String label) {
    public ActorType {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(label, "label");
        if (!code.matches("[A-Z]{3}")) {
            throw new IllegalArgumentException("CAMEO actor type must be three capital letters: '" + code + "'");
        }
    }
}

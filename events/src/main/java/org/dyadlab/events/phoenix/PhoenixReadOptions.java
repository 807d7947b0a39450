package org.dyadlab.events.phoenix;

/**
 * How to read a Phoenix event file.
 *
 * @param idNamespace prefix of the stable event id ({@code phoenix:<EventID>})
 */
public record PhoenixReadOptions(String idNamespace) {
    public PhoenixReadOptions {
        if (idNamespace == null || !idNamespace.matches("[a-z0-9]+")) {
            throw new IllegalArgumentException("id namespace must be lower-case letters and digits");
        }
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Builds options; every setting has a default. */
    public static final class Builder {
        private String idNamespace = "phoenix";

        private Builder() {
        }

        public Builder idNamespace(String ns) {
            this.idNamespace = ns;
            return this;
        }

        public PhoenixReadOptions build() {
            return new PhoenixReadOptions(idNamespace);
        }
    }
}

package org.dyadlab.events.gdelt;

/**
 * How to read a GDELT event file.
 *
 * @param version     1 for GDELT 1.0 (57 or 58 columns), 2 for the GDELT 2.0 export (61 columns)
 * @param idNamespace prefix of the stable event id; GDELT 1.0 and 2.0 share "gdelt" because their files number
 *                    events alike, so the same event from both is stored once
 */
public record GdeltReadOptions(int version, String idNamespace) {
    public GdeltReadOptions {
        if (version != 1 && version != 2) {
            throw new IllegalArgumentException("GDELT version must be 1 or 2, was " + version);
        }
        if (idNamespace == null || !idNamespace.matches("[a-z0-9]+")) {
            throw new IllegalArgumentException("id namespace must be lower-case letters and digits");
        }
    }

    public static Builder builder(int version) {
        return new Builder(version);
    }

    /** Builds options; every setting has a default. */
    public static final class Builder {
        private final int version;
        private String idNamespace = "gdelt";

        private Builder(int version) {
            this.version = version;
        }

        public Builder idNamespace(String ns) {
            this.idNamespace = ns;
            return this;
        }

        public GdeltReadOptions build() {
            return new GdeltReadOptions(version, idNamespace);
        }
    }
}

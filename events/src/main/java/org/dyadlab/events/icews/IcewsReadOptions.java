package org.dyadlab.events.icews;

import java.nio.file.Path;

/**
 * How to read ICEWS coded-event files from Harvard Dataverse (doi:10.7910/DVN/28075).
 *
 * @param personsFile an extra persons table (name,country,agent,from,to,source) for actors without a
 *                    country, or null
 */
public record IcewsReadOptions(Path personsFile) {
    public static Builder builder() {
        return new Builder();
    }

    /** Builds options; by default only the bundled tables are used. */
    public static final class Builder {
        private Path personsFile;

        public Builder personsFile(Path p) {
            personsFile = p;
            return this;
        }

        public IcewsReadOptions build() {
            return new IcewsReadOptions(personsFile);
        }
    }
}

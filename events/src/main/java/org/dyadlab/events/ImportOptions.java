package org.dyadlab.events;

import java.nio.file.Path;
import java.util.Objects;

/**
 * How an import behaves.
 *
 * @param strict     when true, the first rejected record aborts the file's import and rolls it back
 * @param rejectsDir folder for rejects files (one CSV per imported file that had rejects)
 */
public record ImportOptions(boolean strict, Path rejectsDir) {
    public ImportOptions {
        Objects.requireNonNull(rejectsDir, "rejectsDir");
    }

    public static Builder builder(Path rejectsDir) {
        return new Builder(rejectsDir);
    }

    /** Builds options; strict is off by default. */
    public static final class Builder {
        private final Path rejectsDir;
        private boolean strict;

        private Builder(Path rejectsDir) {
            this.rejectsDir = rejectsDir;
        }

        public Builder strict(boolean s) {
            this.strict = s;
            return this;
        }

        public ImportOptions build() {
            return new ImportOptions(strict, rejectsDir);
        }
    }
}

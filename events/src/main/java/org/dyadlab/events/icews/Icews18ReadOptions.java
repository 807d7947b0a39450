package org.dyadlab.events.icews;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Objects;

/**
 * How to read an ICEWS18 quadruple file (valid.txt, test.txt, train.txt).
 *
 * @param entitiesFile  entity2id.txt, or null for the one beside the quadruple file
 * @param relationsFile relation2id.txt, or null for the one beside the quadruple file
 * @param epoch         the day that time 0 denotes (2018-01-01 in ICEWS18)
 * @param hoursPerDay   time units per day (24: ICEWS18 counts hours)
 * @param personsFile   an extra persons table (name,country,agent,from,to,source), or null
 */
public record Icews18ReadOptions(Path entitiesFile, Path relationsFile, LocalDate epoch, int hoursPerDay,
                                 Path personsFile) {
    public Icews18ReadOptions {
        Objects.requireNonNull(epoch, "epoch");
        if (hoursPerDay < 1) {
            throw new IllegalArgumentException("hoursPerDay must be positive");
        }
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Builds options; defaults are those of the published ICEWS18 benchmark. */
    public static final class Builder {
        private Path entitiesFile;
        private Path relationsFile;
        private LocalDate epoch = LocalDate.of(2018, 1, 1);
        private int hoursPerDay = 24;
        private Path personsFile;

        public Builder entitiesFile(Path p) {
            entitiesFile = p;
            return this;
        }

        public Builder relationsFile(Path p) {
            relationsFile = p;
            return this;
        }

        public Builder epoch(LocalDate d) {
            epoch = d;
            return this;
        }

        public Builder hoursPerDay(int h) {
            hoursPerDay = h;
            return this;
        }

        public Builder personsFile(Path p) {
            personsFile = p;
            return this;
        }

        public Icews18ReadOptions build() {
            return new Icews18ReadOptions(entitiesFile, relationsFile, epoch, hoursPerDay, personsFile);
        }
    }
}

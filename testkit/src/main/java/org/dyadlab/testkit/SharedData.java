package org.dyadlab.testkit;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Where the real public data of {@code ../shared/data} lives for tests.
 *
 * <p>Maven passes the location in the system property {@code dyadlab.sharedData} (the parent POM sets it to
 * {@code ../shared/data} next to the project root). When the property is absent, the folder is looked for
 * beside the working directory and its parents, so tests also run from an IDE.
 */
public final class SharedData {
    public static final String PROPERTY = "dyadlab.sharedData";

    private SharedData() {
    }

    /** The shared-data folder, if it exists on this machine. */
    public static Optional<Path> root() {
        String configured = System.getProperty(PROPERTY);
        if (configured != null && !configured.isBlank()) {
            Path p = Path.of(configured).toAbsolutePath().normalize();
            return Files.isDirectory(p) ? Optional.of(p) : Optional.empty();
        }
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null) {
            Path candidate = dir.resolve("../shared/data").normalize();
            if (Files.isDirectory(candidate)) {
                return Optional.of(candidate);
            }
            dir = dir.getParent();
        }
        return Optional.empty();
    }

    /** A file or folder inside the shared data; fails the test if the shared data is absent. */
    public static Path resolve(String relative) {
        Path root = root().orElseThrow(() -> new IllegalStateException(
                "../shared/data is not present; tests that need it must be annotated @SharedDataTest"));
        Path p = root.resolve(relative);
        if (!Files.exists(p)) {
            throw new IllegalStateException("shared data file missing: " + p);
        }
        return p;
    }
}

package org.dyadlab.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

/**
 * A workspace folder: the DuckDB store ({@code dyadlab.duckdb}) and the files an import leaves beside it
 * ({@code rejects/}). The current directory by default; any folder the user names.
 *
 * @param dir the folder (created on first use)
 */
public record Workspace(Path dir) {
    public static final String DATABASE_FILE = "dyadlab.duckdb";

    public Workspace {
        Objects.requireNonNull(dir, "dir");
        dir = dir.toAbsolutePath().normalize();
    }

    public Path databaseFile() {
        return dir.resolve(DATABASE_FILE);
    }

    public Path rejectsDir() {
        return dir.resolve("rejects");
    }

    /** Creates the folder if needed; fails with a message naming it when that is impossible. */
    public Workspace create() {
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create workspace folder " + dir + ": " + e.getMessage(), e);
        }
        return this;
    }

    public boolean exists() {
        return Files.isRegularFile(databaseFile());
    }
}

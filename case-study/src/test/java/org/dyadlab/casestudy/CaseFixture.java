package org.dyadlab.casestudy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** The built-in case folder of the repository, and copies of it to break in tests. */
final class CaseFixture {
    private CaseFixture() {
    }

    /** cases/pak-usa of the repository (tests run in the module folder). */
    static Path builtIn() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("cases/pak-usa");
            if (Files.isRegularFile(candidate.resolve("case.yaml"))) {
                return candidate;
            }
        }
        throw new IllegalStateException("cases/pak-usa not found above " + Path.of("").toAbsolutePath());
    }

    /** A copy of the built-in case in {@code dir}. */
    static Path copy(Path dir) {
        Path src = builtIn();
        Path dst = dir.resolve("pak-usa");
        try (Stream<Path> files = Files.list(src)) {
            Files.createDirectories(dst);
            for (Path f : files.toList()) {
                Files.copy(f, dst.resolve(f.getFileName()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return dst;
    }
}

package org.dyadlab.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Golden-file comparison: the actual output of an importer, coder or report, line by line, against an expected
 * file committed beside the test. Run the tests with {@code -Ddyadlab.updateGolden=true} to (re)write the
 * expected files after a deliberate change, then review the diff before committing it.
 */
public final class GoldenFile {
    public static final String UPDATE_PROPERTY = "dyadlab.updateGolden";

    private GoldenFile() {
    }

    /**
     * Compares {@code actual} with the expected file at {@code src/test/resources/golden/<name>} of the
     * calling module; throws AssertionError naming the first differing line.
     */
    public static void assertMatches(String name, List<String> actual) {
        Path expected = Path.of("src", "test", "resources", "golden", name);
        if (Boolean.getBoolean(UPDATE_PROPERTY)) {
            try {
                Files.createDirectories(expected.getParent());
                Files.write(expected, actual, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return;
        }
        if (!Files.exists(expected)) {
            throw new AssertionError("golden file " + expected.toAbsolutePath() + " does not exist; run with -D"
                    + UPDATE_PROPERTY + "=true to create it, then review it");
        }
        List<String> lines;
        try {
            lines = Files.readAllLines(expected, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        int n = Math.min(lines.size(), actual.size());
        for (int i = 0; i < n; i++) {
            if (!lines.get(i).equals(actual.get(i))) {
                throw new AssertionError("golden file " + name + " differs at line " + (i + 1) + ":\n  expected: "
                        + lines.get(i) + "\n  actual:   " + actual.get(i));
            }
        }
        if (lines.size() != actual.size()) {
            throw new AssertionError("golden file " + name + " has " + lines.size() + " lines, actual output "
                    + actual.size());
        }
    }
}

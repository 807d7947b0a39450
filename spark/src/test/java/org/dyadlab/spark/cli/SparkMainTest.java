package org.dyadlab.spark.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;

/** The spark command line without a session: help with examples, and usage errors (exit 2) before any job starts. */
class SparkMainTest {
    private record Run(int exit, String out, String err) {
    }

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = SparkMain.commandLine();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        int exit = cl.execute(args);
        return new Run(exit, out.toString(), err.toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"import", "series", "code", "code parsed", "code text", "bench"})
    void everySubcommandsHelpHasAnExample(String command) {
        Run r = run((command + " --help").split(" "));

        assertThat(r.exit()).isZero();
        assertThat(r.out()).containsPattern("Examples?:\\s+(JAVA_OPTS=\\S+ )?(\\./)?dyadlab spark " + command);
    }

    @Test
    void theImportHelpNamesEveryEventFormat() {
        Run r = run("import", "--help");
        for (org.dyadlab.events.EventFormat f : org.dyadlab.events.EventFormat.values()) {
            assertThat(r.out()).as(f.key()).contains(f.key());
        }
    }

    @Test
    void plainTextWithoutADateIsAUsageErrorBeforeAnyJob(@TempDir Path dir) throws Exception {
        Path story = Files.writeString(dir.resolve("story.txt"), "Pakistan condemned the United States.");

        Run r = run("code", "text", "--dictionaries", dir.toString(), "--output", dir.resolve("out").toString(),
                story.toString());

        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("plain text needs --date").contains("Try 'dyadlab spark code text --help'");
    }

    @Test
    void aMissingInputOrABadYearRangeIsAUsageError(@TempDir Path dir) {
        for (List<String> args : List.of(
                List.of("code", "text", "--dictionaries", dir.toString(), "-o", "out", dir.resolve("none.jsonl").toString()),
                List.of("code", "text", "--dictionaries", dir.toString(), "-o", "out", "--years", "last-year",
                        dir.toString()),
                List.of("code", "text", "--dictionaries", dir.toString(), "-o", "out", "--input", "pdf", dir.toString()))) {
            Run r = run(args.toArray(String[]::new));

            assertThat(r.exit()).as(String.join(" ", args)).isEqualTo(2);
        }
    }
}

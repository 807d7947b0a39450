package org.dyadlab.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.dyadlab.events.synthetic.SyntheticGdelt;
import org.dyadlab.model.cameo.CameoOntology;
import org.dyadlab.store.EventStore;
import org.dyadlab.store.ImportRecord;
import org.dyadlab.store.Workspace;
import org.dyadlab.testkit.SlowTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills a child JVM (SIGKILL, no shutdown hooks) in the middle of an import and checks that the store is
 * exactly as before, and that running the import again then imports every row once.
 */
@SlowTest
class InterruptedImportTest {
    private static final int ROWS = 300_000;

    @TempDir
    Path dir;

    @Test
    void killedImportLeavesTheStoreAsItWasAndCanBeRerun() throws Exception {
        Path ws = dir.resolve("ws");
        Path before = dir.resolve("before.csv");
        Path big = dir.resolve("big.csv");
        new SyntheticGdelt(1_000, 11, LocalDate.of(2016, 1, 1), LocalDate.of(2016, 12, 31), "PAK", "USA", 10).write(before);
        new SyntheticGdelt(ROWS, 12, LocalDate.of(2017, 1, 1), LocalDate.of(2019, 12, 31), "PAK", "USA", 10).write(big);
        CameoOntology ontology = CameoOntology.standard();
        try (EventStore store = EventStore.open(new Workspace(ws), ontology)) {
            assertThat(importFile(store, before).imported()).isEqualTo(1_000);
        }

        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), ImportChild.class.getName(), ws.toString(), big.toString())
                .redirectErrorStream(true).start();
        int progressLines = 0;
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null) {
                assertThat(line).as("the child must be killed before it finishes").doesNotStartWith("done");
                if (line.startsWith("progress ") && ++progressLines == 3) {
                    child.destroyForcibly();
                    break;
                }
            }
        }
        assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(progressLines).as("the child reported progress before it was killed").isEqualTo(3);
        assertThat(child.exitValue()).isNotZero();

        try (EventStore store = EventStore.open(new Workspace(ws), ontology)) {
            assertThat(store.countEvents()).isEqualTo(1_000);
            List<ImportRecord> imports = store.summary().imports();
            assertThat(imports).hasSize(1);
            assertThat(imports.get(0).file()).endsWith("before.csv");

            ImportSummary rerun = importFile(store, big);
            assertThat(rerun.imported()).isEqualTo(ROWS);
            assertThat(rerun.duplicates()).isZero();
            ImportSummary again = importFile(store, big);
            assertThat(again.imported()).isZero();
            assertThat(again.duplicates()).isEqualTo(ROWS);
            assertThat(store.countEvents()).isEqualTo(1_000 + ROWS);
        }
    }

    private ImportSummary importFile(EventStore store, Path file) {
        return new EventImporter(store).importFile(file, EventFormat.GDELT2,
                new EventReaders(CameoOntology.standard()).forFormat(EventFormat.GDELT2),
                ImportOptions.builder(dir.resolve("rejects")).build(), ProgressListener.NONE);
    }
}

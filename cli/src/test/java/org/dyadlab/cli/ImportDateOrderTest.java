package org.dyadlab.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import org.dyadlab.events.synthetic.SyntheticGdelt;
import org.dyadlab.model.cameo.CameoOntology;
import org.dyadlab.store.DateLayout;
import org.dyadlab.store.EventStore;
import org.dyadlab.store.Workspace;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An import that lays events down out of date order leaves them in date order, and says so on stderr. */
class ImportDateOrderTest {
    @TempDir
    Path dir;

    @Test
    void aShuffledImportIsReorderedOnceAndTheEventsStay() throws Exception {
        Path gdelt = dir.resolve("shuffled.csv");
        long rows = 3 * DateLayout.ROW_GROUP_ROWS;
        new SyntheticGdelt(rows, 7, LocalDate.of(2013, 1, 1), LocalDate.of(2025, 12, 31), "PAK", "USA", 10)
                .write(gdelt);
        String ws = dir.resolve("ws").toString();

        Cli first = Cli.run("import", "events", "-w", ws, "--format", "gdelt2", "--json", gdelt.toString());
        assertThat(first.exit()).as(first.err()).isZero();
        assertThat(first.err()).contains("re-ordering").contains("events by date").contains("re-ordered in");
        assertThat(first.out()).startsWith("[");
        long stored;
        try (EventStore store = EventStore.open(new Workspace(Path.of(ws)), CameoOntology.standard())) {
            stored = store.countEvents();
            assertThat(stored).isGreaterThan(rows / 2);
            assertThat(store.dateLayout().scattered()).isFalse();
        }

        Cli again = Cli.run("import", "events", "-w", ws, "--format", "gdelt2", "-q", gdelt.toString());
        assertThat(again.exit()).as(again.err()).isZero();
        assertThat(again.err()).doesNotContain("re-ordering");
        try (EventStore store = EventStore.open(new Workspace(Path.of(ws)), CameoOntology.standard())) {
            assertThat(store.countEvents()).isEqualTo(stored);
        }
    }
}

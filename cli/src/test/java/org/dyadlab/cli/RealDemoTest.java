package org.dyadlab.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.dyadlab.testkit.SharedData;
import org.dyadlab.testkit.SharedDataTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The main job on the real samples: every file imports cleanly and the dyad summary is the expected one. */
@SharedDataTest
class RealDemoTest {
    @TempDir
    Path dir;

    @Test
    void demoLoadsTheCaseAndTheRealSamplesAndWritesTheReport() {
        String data = SharedData.root().orElseThrow().toString();
        String ws = dir.resolve("demo").toString();
        Cli r = Cli.run("demo", "--data", data, "-w", ws);
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).contains("chronology: ").contains("0 left out")
                .contains("events icews18-renet/valid.txt: read 45,995, imported 45,995")
                .contains("events icews18-renet/test.txt: read 49,545, imported 49,545")
                .contains("documents un-general-debate-corpus/speeches: ")
                .contains("rule coding with the case codebook: ")
                .contains("US aid: US aid obligations to Pakistan per fiscal year averaged")
                .contains("UN voting: ");
        assertThat(dir.resolve("demo/report/report.json")).isRegularFile();
        Cli again = Cli.run("demo", "--data", data, "-w", ws);
        assertThat(again.out()).contains("imported 0, duplicates 45,995").contains("unchanged");
    }
}

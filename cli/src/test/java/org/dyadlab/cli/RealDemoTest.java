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
    void demoImportsTheRealSamplesAndSummarisesPakistanUnitedStates() {
        String data = SharedData.root().orElseThrow().toString();
        Cli r = Cli.run("demo", "--data", data, "-w", dir.resolve("demo").toString());
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).contains("valid.txt (icews18): read 45,995, imported 45,995")
                .contains("test.txt (icews18): read 49,545, imported 49,545")
                .contains("Pakistan - United States: 179 events")
                .contains("PAK>USA         69")
                .contains("USA>PAK        110");
        Cli again = Cli.run("demo", "--data", data, "-w", dir.resolve("demo").toString());
        assertThat(again.out()).contains("imported 0, duplicates 45,995").contains("179 events");
    }
}

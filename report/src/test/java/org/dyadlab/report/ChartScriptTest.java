package org.dyadlab.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the page's chart script with the page's own ECharts under Node (server-side SVG rendering, no browser):
 * every chart must be drawn without an exception or a console error, and every tooltip, fed every data item, must
 * contain no markup from the data. Skipped where there is no {@code node} on the PATH; a browser test may come later.
 */
@EnabledIf("nodeIsAvailable")
class ChartScriptTest {

    static boolean nodeIsAvailable() {
        try {
            Process p = new ProcessBuilder("node", "--version").redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor(20, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    @Test
    void everyChartOfTheRichReportIsDrawnAndItsTooltipsEscapeTheData(@TempDir Path dir) throws Exception {
        assertThat(run(dir, ReportFixtures.rich())).contains("\"charts\":7").contains("\"problems\":[]");
    }

    @Test
    void anEmptyReportDrawsNothingAndFailsNothing(@TempDir Path dir) throws Exception {
        assertThat(run(dir, ReportFixtures.empty())).contains("\"charts\":0").contains("\"problems\":[]");
    }

    @Test
    void aReportOfNullsAndMissingNumbersDrawsWithoutAnError(@TempDir Path dir) throws Exception {
        assertThat(run(dir, ReportFixtures.nulls())).contains("\"problems\":[]");
    }

    private static String run(Path dir, ReportData data) throws Exception {
        Path page = dir.resolve("report.html");
        HtmlReportWriter.write(data, page);
        Path harness = dir.resolve("chart-harness.js");
        try (InputStream in = ChartScriptTest.class.getResourceAsStream("chart-harness.js")) {
            Files.copy(in, harness);
        }
        Process p = new ProcessBuilder("node", harness.toString(), page.toString()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).as("node finished").isTrue();
        assertThat(p.exitValue()).as(out).isZero();
        return out;
    }
}

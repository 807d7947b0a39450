package org.dyadlab.report;

import java.util.List;
import org.dyadlab.testkit.GoldenFile;
import org.junit.jupiter.api.Test;

/**
 * The whole page for the rich fixture, ECharts left out (it is a megabyte of someone else's code), line by line
 * against {@code src/test/resources/golden/report-rich.html}. Rewrite with -Ddyadlab.updateGolden=true after a
 * deliberate change and review the diff.
 */
class HtmlGoldenFileTest {
    private static final String ECHARTS_PLACEHOLDER = "/* ECharts 5.3.1, inlined from its WebJar, left out here */";

    @Test
    void theRichReportMatchesItsGoldenFile() {
        String html = HtmlReportWriter.render(ReportFixtures.rich());
        String echarts = HtmlPageParts.of(html).scripts().get(1).text();

        GoldenFile.assertMatches("report-rich.html", List.of(html.replace(echarts, ECHARTS_PLACEHOLDER).split("\n", -1)));
    }
}

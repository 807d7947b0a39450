package org.dyadlab.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.dyadlab.report.html.HtmlPage;

/**
 * Writes the case report as one self-contained HTML file: styles, the ECharts library and the chart data inlined,
 * nothing loaded from the network. Every string of the {@link ReportData} is escaped; see docs/report.md.
 */
public final class HtmlReportWriter {
    private HtmlReportWriter() {
    }

    /** Writes the page to {@code htmlFile} (UTF-8), creating its folder; replaces a file that is there. */
    public static void write(ReportData data, Path htmlFile) throws IOException {
        byte[] page = render(data).getBytes(StandardCharsets.UTF_8);
        Path parent = htmlFile.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        Files.write(htmlFile, page);
    }

    /** The page as text. */
    public static String render(ReportData data) {
        return HtmlPage.render(data);
    }
}

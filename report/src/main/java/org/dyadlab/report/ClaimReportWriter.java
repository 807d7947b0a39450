package org.dyadlab.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.dyadlab.model.claim.ClaimCheckReport;
import org.dyadlab.report.claims.ClaimPage;

/**
 * Writes the claims of a manuscript checked against a case as one self-contained HTML file: no script at all, every
 * string escaped, links only to http(s) addresses. See docs/claims.md.
 */
public final class ClaimReportWriter {
    private ClaimReportWriter() {
    }

    /** Writes the page to {@code htmlFile} (UTF-8), creating its folder; replaces a file that is there. */
    public static void write(ClaimCheckReport report, Path htmlFile) throws IOException {
        Path parent = htmlFile.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        Files.write(htmlFile, render(report).getBytes(StandardCharsets.UTF_8));
    }

    /** The page as text. */
    public static String render(ClaimCheckReport report) {
        return ClaimPage.render(report);
    }
}

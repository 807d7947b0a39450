package org.dyadlab.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.dyadlab.report.pdf.PdfLayout;

/**
 * Writes the case report as a PDF: the report's XHTML with its charts as static SVG, laid out by openhtmltopdf
 * (PDFBox) with the PDF's built-in fonts, the SVGs drawn by Batik. Nothing is fetched: every external resource is
 * refused and SVG scripts are off. See docs/report.md.
 */
public final class PdfReportWriter {
    private PdfReportWriter() {
    }

    /** Writes the PDF to {@code pdfFile}, creating its folder; replaces a file that is there. */
    public static void write(ReportData data, Path pdfFile) throws IOException {
        byte[] pdf = render(data);
        Path parent = pdfFile.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        Files.write(pdfFile, pdf);
    }

    /** The PDF as bytes; the layout engine's warnings go to the platform logger. */
    public static byte[] render(ReportData data) throws IOException {
        return PdfLayout.render(data).pdf();
    }
}

package org.dyadlab.report;

import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer.SvgExternalResourceMode;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer.SvgScriptMode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.dyadlab.report.pdf.XhtmlPage;

/**
 * Writes the case report as a PDF: the report's XHTML with its charts as static SVG, laid out by openhtmltopdf
 * (PDFBox) with the PDF's built-in fonts (and PDFBox's own Liberation Sans for characters they lack, see
 * {@link PdfFonts}), and the SVGs drawn by Batik. Nothing is fetched: every external resource
 * is refused and SVG scripts are off.
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

    /** The PDF as bytes. */
    public static byte[] render(ReportData data) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 20);
        PdfRendererBuilder builder = new PdfRendererBuilder();
        builder.useFastMode();
        builder.useSVGDrawer(new BatikSVGDrawer(SvgScriptMode.SECURE, SvgExternalResourceMode.SECURE));
        builder.useExternalResourceAccessControl((uri, type) -> false,
                ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI);
        builder.useExternalResourceAccessControl((uri, type) -> false,
                ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI);
        builder.withProducer("dyadlab");
        PdfFonts.registerFallback(builder);
        builder.withHtmlContent(XhtmlPage.render(data), null);
        builder.toStream(out);
        builder.run();
        return out.toByteArray();
    }
}

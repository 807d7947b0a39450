package org.dyadlab.report.pdf;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.InputStream;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * Fonts of the PDF. Text is set in the PDF's built-in fonts (Times, Helvetica, Courier), which need nothing
 * embedded but know only the Windows-1252 characters; for any other character ("→", "−", "≥", Greek, Cyrillic) the
 * print stylesheet falls back to {@value #FALLBACK}, the Liberation Sans that PDFBox itself ships, embedded as a
 * subset. Scripts neither has (Arabic, Urdu, Devanagari…) print as "#"; the HTML report shows them.
 */
final class PdfFonts {
    /** The family name the print stylesheet lists last. */
    static final String FALLBACK = "dyadlab-fallback";
    private static final String LIBERATION = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";

    private PdfFonts() {
    }

    /** Registers the fallback font when PDFBox ships it (it has since 2.0); without it nothing changes. */
    static void registerFallback(PdfRendererBuilder builder) {
        if (PDDocument.class.getResource(LIBERATION) == null) {
            return;
        }
        builder.useFont(PdfFonts::liberation, FALLBACK, 400, FontStyle.NORMAL, true);
    }

    private static InputStream liberation() {
        return PDDocument.class.getResourceAsStream(LIBERATION);
    }
}

package org.dyadlab.report.pdf;

import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer.SvgExternalResourceMode;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer.SvgScriptMode;
import com.openhtmltopdf.util.Diagnostic;
import com.openhtmltopdf.util.XRLog;
import com.openhtmltopdf.util.XRLogger;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import org.dyadlab.report.ReportData;

/**
 * Lays the report's XHTML out as a PDF with openhtmltopdf: Batik draws the SVG charts with scripts and external
 * resources off, every external resource is refused, fonts are the PDF's own plus {@link PdfFonts}' fallback.
 * openhtmltopdf's messages are collected per run instead of printed: those at WARNING or above come back as
 * {@link Layout#warnings()} and go to the platform logger ({@link System.Logger}).
 */
public final class PdfLayout {
    private static final System.Logger LOG = System.getLogger(PdfLayout.class.getName());

    /** The PDF and what the layout engine warned about. */
    public record Layout(byte[] pdf, List<String> warnings) {
        public Layout {
            warnings = List.copyOf(warnings);
        }
    }

    private PdfLayout() {
    }

    public static Layout render(ReportData data) throws IOException {
        quietConsoleLogging();
        List<String> warnings = new ArrayList<>();
        ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 20);
        PdfRendererBuilder builder = new PdfRendererBuilder();
        builder.useFastMode();
        builder.useSVGDrawer(new BatikSVGDrawer(SvgScriptMode.SECURE, SvgExternalResourceMode.SECURE));
        builder.useExternalResourceAccessControl((uri, type) -> false,
                ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI);
        builder.useExternalResourceAccessControl((uri, type) -> false,
                ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI);
        builder.withDiagnosticConsumer(d -> {
            if (d.getLevel().intValue() >= Level.WARNING.intValue()) {
                warnings.add(d.getFormattedMessage());
            }
        });
        builder.withProducer("dyadlab");
        PdfFonts.registerFallback(builder);
        builder.withHtmlContent(XhtmlPage.render(data), null);
        builder.toStream(out);
        builder.run();
        warnings.forEach(w -> LOG.log(System.Logger.Level.WARNING, "PDF layout: " + w));
        return new Layout(out.toByteArray(), warnings);
    }

    /**
     * openhtmltopdf prints its messages (INFO and up) on the console through its own java.util.logging set-up,
     * whatever the application configured; a logger that prints nothing leaves them to the diagnostic consumer.
     */
    private static void quietConsoleLogging() {
        if (!(XRLog.getLoggerImpl() instanceof Silent)) {
            XRLog.setLoggerImpl(new Silent());
        }
    }

    private static final class Silent implements XRLogger {
        @Override
        public void log(String where, Level level, String msg) {
        }

        @Override
        public void log(String where, Level level, String msg, Throwable th) {
        }

        @Override
        public void setLevel(String logger, Level level) {
        }

        @Override
        public boolean isLogLevelEnabled(Diagnostic diagnostic) {
            return false;
        }
    }
}

package org.dyadlab.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.text.PDFTextStripper;
import org.dyadlab.report.pdf.XhtmlPage;
import org.dyadlab.report.sections.SectionTitles;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PdfReportWriterTest {
    private static byte[] pdf;
    private static String text;
    private static int pages;
    private static List<String> uris;

    @BeforeAll
    static void render() throws IOException {
        pdf = PdfReportWriter.render(ReportFixtures.rich());
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            text = new PDFTextStripper().getText(doc);
            pages = doc.getNumberOfPages();
            uris = new ArrayList<>();
            for (PDPage page : doc.getPages()) {
                for (PDAnnotation a : page.getAnnotations()) {
                    if (a instanceof PDAnnotationLink link && link.getAction() instanceof PDActionURI uri) {
                        uris.add(uri.getURI());
                    }
                }
            }
        }
    }

    @Test
    void writesAPdfFile(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("sub/report.pdf");

        PdfReportWriter.write(ReportFixtures.rich(), file);

        byte[] written = Files.readAllBytes(file);
        assertThat(new String(written, 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
        assertThat(written.length).isGreaterThan(20_000);
        assertThat(pages).isGreaterThanOrEqualTo(SectionTitles.values().length);
    }

    @Test
    void itsTextHasEverySectionTitleAFindingAndTheFactors() {
        String flat = text.replaceAll("\\s+", " ");

        for (SectionTitles t : SectionTitles.values()) {
            assertThat(flat).contains(t.title());
        }
        assertThat(flat).contains("Political", "Strategic", "Economic", "Contents",
                ReportFixtures.FINDING_TEXT);
    }

    @Test
    void hostileStringsArePrintedAsText() {
        String flat = text.replaceAll("\\s+", "");

        assertThat(flat).contains("onerror=alert(1)>").contains("<script>alert(1)</script>");
        assertThat(flat).contains("No coded passages yet".replace(" ", ""));
    }

    @Test
    void theOnlyOutsideLinksAreHttp() {
        assertThat(uris).isNotEmpty().allSatisfy(u -> assertThat(u).matches("https?://.+"));
        assertThat(uris).noneMatch(u -> u.toLowerCase().contains("javascript"));
    }

    @Test
    void missingNumbersAreDashesAndArrowsSurvive() {
        assertThat(text).doesNotContain("NaN").contains("\u2013");
        assertThat(text.replaceAll("\\s+", " ")).contains("USA \u2192 PAK");
    }

    @Test
    void theXhtmlIsWellFormedAndHasTheChartsAsSvg() {
        var doc = XmlDocuments.parse(XhtmlPage.render(ReportFixtures.rich()));

        assertThat(XmlDocuments.select(doc, "//figure/svg")).hasSize(7);
        assertThat(XmlDocuments.select(doc, "//script")).isEmpty();
    }

    @Test
    void anEmptyReportIsStillAPdf() throws IOException {
        byte[] empty = PdfReportWriter.render(ReportFixtures.empty());

        try (PDDocument doc = Loader.loadPDF(empty)) {
            assertThat(new PDFTextStripper().getText(doc)).contains(SectionTitles.BIBLIOGRAPHY.title());
        }
    }

    @Test
    void aReportOfNullsIsStillAPdf() throws IOException {
        try (PDDocument doc = Loader.loadPDF(PdfReportWriter.render(ReportFixtures.nulls()))) {
            assertThat(new PDFTextStripper().getText(doc)).contains("Nulls").doesNotContain("NaN", "null");
        }
    }
}

package org.dyadlab.casestudy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * The test manuscript in other formats, written by the test so that no binary fixture is committed: its paragraphs
 * (Markdown markers removed) as a DOCX (a zip of three XML parts, by hand) and as a PDF (PDFBox, Helvetica, lines
 * wrapped at 90 characters, a blank line between paragraphs).
 */
final class ManuscriptFormats {
    private ManuscriptFormats() {
    }

    /** The paragraphs of a Markdown text as plain text: headings, list items and paragraphs, markup removed. */
    static List<String> paragraphs(String markdown) {
        List<String> out = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : markdown.split("\n", -1)) {
            String t = line.strip();
            boolean block = t.startsWith("#") || t.startsWith("- ");
            if (t.isEmpty() || block) {
                if (current.length() > 0) {
                    out.add(current.toString());
                    current.setLength(0);
                }
            }
            if (t.isEmpty()) {
                continue;
            }
            t = t.replaceFirst("^#+\\s*", "").replaceFirst("^- ", "").replace("`", "").replace("*", "");
            current.append(current.length() == 0 ? "" : " ").append(t);
            if (block) {
                out.add(current.toString());
                current.setLength(0);
            }
        }
        if (current.length() > 0) {
            out.add(current.toString());
        }
        return out;
    }

    static void docx(List<String> paragraphs, Path file) throws IOException {
        StringBuilder body = new StringBuilder();
        for (String p : paragraphs) {
            body.append("<w:p><w:r><w:t xml:space=\"preserve\">").append(xml(p)).append("</w:t></w:r></w:p>");
        }
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            put(zip, "[Content_Types].xml", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                    + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                    + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                    + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                    + "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-"
                    + "officedocument.wordprocessingml.document.main+xml\"/></Types>");
            put(zip, "_rels/.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                    + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                    + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/"
                    + "relationships/officeDocument\" Target=\"word/document.xml\"/></Relationships>");
            put(zip, "word/document.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                    + "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">"
                    + "<w:body>" + body + "</w:body></w:document>");
        }
    }

    static void pdf(List<String> paragraphs, Path file) throws IOException {
        PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
        float size = 10;
        float leading = 13;
        float margin = 56;
        try (PDDocument doc = new PDDocument()) {
            List<String> lines = new ArrayList<>();
            for (String p : paragraphs) {
                lines.addAll(wrap(p, 90));
                lines.add("");
            }
            int perPage = (int) ((PDRectangle.A4.getHeight() - 2 * margin) / leading);
            for (int start = 0; start < lines.size(); start += perPage) {
                PDPage page = new PDPage(PDRectangle.A4);
                doc.addPage(page);
                try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                    cs.beginText();
                    cs.setFont(font, size);
                    cs.setLeading(leading);
                    cs.newLineAtOffset(margin, PDRectangle.A4.getHeight() - margin);
                    for (String line : lines.subList(start, Math.min(lines.size(), start + perPage))) {
                        cs.showText(line);
                        cs.newLine();
                    }
                    cs.endText();
                }
            }
            doc.save(file.toFile());
        }
    }

    private static List<String> wrap(String text, int width) {
        List<String> out = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ")) {
            if (line.length() > 0 && line.length() + 1 + word.length() > width) {
                out.add(line.toString());
                line.setLength(0);
            }
            line.append(line.length() == 0 ? "" : " ").append(word);
        }
        out.add(line.toString());
        return out;
    }

    private static void put(ZipOutputStream zip, String name, String content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        OutputStream out = zip;
        out.write(content.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }

    private static String xml(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}

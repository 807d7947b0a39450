package org.dyadlab.casestudy;

import java.nio.file.Path;
import java.util.Locale;
import org.dyadlab.corpus.ingest.DocumentReadException;
import org.dyadlab.corpus.ingest.DocumentText;
import org.dyadlab.corpus.ingest.ExtractedText;
import org.dyadlab.corpus.ingest.IngestLimits;
import org.dyadlab.model.corpus.TextSpan;

/**
 * Reads a manuscript for claim checking: Markdown and plain text directly, PDF, DOCX, ODT and the other formats
 * Tika knows through the corpus module, within the ingestion limits.
 */
public final class ManuscriptReader {
    /** A manuscript's text and whether it is Markdown. */
    public record Text(String text, boolean markdown, String mediaType) {
    }

    private ManuscriptReader() {
    }

    public static Text read(Path file) throws DocumentReadException {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        boolean markdown = name.endsWith(".md") || name.endsWith(".markdown");
        ExtractedText extracted = DocumentText.read(file, IngestLimits.DEFAULT);
        return new Text(markdown ? extracted.text() : withBlankLines(extracted), markdown,
                markdown ? "text/markdown" : extracted.mediaType());
    }

    /**
     * The text with a blank line between the extractor's paragraphs when it has none (Tika writes the paragraphs of a
     * DOCX one per line), so that headings and paragraphs stay apart; text that has blank lines is kept as it is.
     */
    static String withBlankLines(ExtractedText t) {
        if (t.text().contains("\n\n") || t.paragraphs().size() < 2) {
            return t.text();
        }
        StringBuilder sb = new StringBuilder();
        for (TextSpan p : t.paragraphs()) {
            sb.append(t.text(), p.start(), p.end()).append("\n\n");
        }
        return sb.toString();
    }
}

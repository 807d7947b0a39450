package org.dyadlab.casestudy;

import java.nio.file.Path;
import java.util.Locale;
import org.dyadlab.corpus.ingest.DocumentReadException;
import org.dyadlab.corpus.ingest.DocumentText;
import org.dyadlab.corpus.ingest.IngestLimits;

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
        var extracted = DocumentText.read(file, IngestLimits.DEFAULT);
        return new Text(extracted.text(), markdown, markdown ? "text/markdown" : extracted.mediaType());
    }
}

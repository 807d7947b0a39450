package org.dyadlab.corpus.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Reads one file's text as ingestion does — plain text and Markdown directly, PDF, DOCX, ODT, HTML… through Tika —
 * within the same limits (file size, characters, time), without storing a document. For callers that need only the
 * text, such as the claim checker reading a manuscript.
 */
public final class DocumentText {
    private static final List<String> PLAIN = List.of(".txt", ".text", ".md", ".markdown");

    private DocumentText() {
    }

    /** The file's text with its pages and paragraphs; a message for a file that cannot be read. */
    public static ExtractedText read(Path file, IngestLimits limits) throws DocumentReadException {
        if (!Files.isRegularFile(file)) {
            throw new DocumentReadException("no such file: " + file);
        }
        try {
            long size = Files.size(file);
            if (size > limits.maxFileBytes()) {
                throw new DocumentReadException(String.format(Locale.ROOT,
                        "the file is %,d bytes, over the limit of %,d bytes", size, limits.maxFileBytes()));
            }
        } catch (IOException e) {
            throw new DocumentReadException("cannot read the file: " + e.getMessage(), e);
        }
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        try (TimeLimit limit = new TimeLimit()) {
            if (PLAIN.stream().anyMatch(name::endsWith)) {
                return limit.call(() -> PlainTextReader.read(Files.readAllBytes(file), limits.maxChars()),
                        limits.timeout(), file.getFileName().toString());
            }
            return limit.call(() -> new TikaExtractor().extract(file, limits.maxChars()), limits.timeout(),
                    file.getFileName().toString());
        }
    }
}

package org.dyadlab.model.corpus;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One extracted text of a document. A file whose content changes becomes a new version; passages point at
 * the version they were coded on, so their offsets stay true.
 *
 * @param documentId the document
 * @param version    1, 2, …
 * @param sha256     hex SHA-256 of the file's bytes (or of the record's text for a collection record)
 * @param mediaType  the detected media type ("application/pdf", "text/plain"…)
 * @param text       the extracted text
 * @param pages      the pages as spans of {@code text}, in order (one span for a source without pages)
 * @param paragraphs the paragraphs as spans of {@code text}, in order
 * @param ingestedAt when this version was read
 */
public record DocumentVersion(String documentId, int version, String sha256, String mediaType, String text,
                              List<TextSpan> pages, List<TextSpan> paragraphs, Instant ingestedAt) {
    public DocumentVersion {
        Objects.requireNonNull(documentId, "documentId");
        Objects.requireNonNull(sha256, "sha256");
        Objects.requireNonNull(mediaType, "mediaType");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(ingestedAt, "ingestedAt");
        pages = List.copyOf(pages);
        paragraphs = List.copyOf(paragraphs);
        if (version < 1) {
            throw new IllegalArgumentException("versions start at 1, was " + version);
        }
        if (!sha256.matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException("sha256 must be 64 lower-case hex digits, was '" + sha256 + "'");
        }
        checkWithin(pages, text.length(), "page");
        checkWithin(paragraphs, text.length(), "paragraph");
    }

    private static void checkWithin(List<TextSpan> spans, int length, String what) {
        for (TextSpan s : spans) {
            if (s.end() > length) {
                throw new IllegalArgumentException(what + " " + s + " runs past the end of the text (" + length + ")");
            }
        }
    }

    /** The text of a span; fails if the span is not inside this version's text. */
    public String quote(TextSpan span) {
        if (span.end() > text.length()) {
            throw new IllegalArgumentException("span " + span + " runs past the end of " + documentId + " v" + version
                    + " (" + text.length() + " characters)");
        }
        return text.substring(span.start(), span.end());
    }

    /** The 1-based page holding an offset (1 when the source has no pages). */
    public int pageAt(int offset) {
        for (int i = 0; i < pages.size(); i++) {
            if (offset < pages.get(i).end()) {
                return i + 1;
            }
        }
        return Math.max(1, pages.size());
    }
}

package org.dyadlab.corpus.ingest;

import java.util.List;
import java.util.Objects;
import org.dyadlab.model.corpus.DocumentMetadata;
import org.dyadlab.model.corpus.TextSpan;

/**
 * What an extractor read from one file or record: the text, its pages and paragraphs as spans of it, the media
 * type, and whatever metadata the file itself carries.
 */
public record ExtractedText(String text, List<TextSpan> pages, List<TextSpan> paragraphs, String mediaType,
                            DocumentMetadata metadata) {
    public ExtractedText {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(mediaType, "mediaType");
        Objects.requireNonNull(metadata, "metadata");
        pages = List.copyOf(pages);
        paragraphs = List.copyOf(paragraphs);
    }

    /** Plain text: one page, one paragraph per non-blank line. */
    public static ExtractedText plain(String text, String mediaType, DocumentMetadata metadata) {
        return new ExtractedText(text, List.of(new TextSpan(0, text.length())), lineParagraphs(text), mediaType,
                metadata);
    }

    /** The non-blank lines of a text, leading and trailing white space left out of each span. */
    static List<TextSpan> lineParagraphs(String text) {
        List<TextSpan> out = new java.util.ArrayList<>();
        int n = text.length();
        int i = 0;
        while (i < n) {
            int end = text.indexOf('\n', i);
            if (end < 0) {
                end = n;
            }
            int s = i;
            int e = end;
            while (s < e && Character.isWhitespace(text.charAt(s))) {
                s++;
            }
            while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
                e--;
            }
            if (e > s) {
                out.add(new TextSpan(s, e));
            }
            i = end + 1;
        }
        return out;
    }
}

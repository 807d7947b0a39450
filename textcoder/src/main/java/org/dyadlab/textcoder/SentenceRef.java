package org.dyadlab.textcoder;

import java.util.Objects;

/**
 * Where a coded sentence is: its document, the stored version of it that was coded (0 for a file or record that is
 * not a stored document), its index among the document's sentences (as the coder split the cleaned text), and its
 * characters {@code [start, end)} in the document's text as given to the coder — the text the corpus store holds
 * for a stored document, the file's or record's text otherwise.
 */
public record SentenceRef(String documentId, int documentVersion, int index, int start, int end) {
    public SentenceRef {
        Objects.requireNonNull(documentId, "documentId");
        if (documentVersion < 0 || index < 0 || start < 0 || end < start) {
            throw new IllegalArgumentException("bad sentence reference " + documentId + " v" + documentVersion + " #"
                    + index + " " + start + ":" + end);
        }
    }

    /**
     * The event's {@code document_ref}: {@code doc:<id>@v<version>#<start>:<end>} for a stored document,
     * {@code doc:<id>#<start>:<end>} for a file.
     */
    public String documentRef() {
        return "doc:" + documentId + (documentVersion > 0 ? "@v" + documentVersion : "") + "#" + start + ":" + end;
    }

    /** The event's {@code origin_id}: {@code <id>#s<index>}. */
    public String originId() {
        return documentId + "#s" + index;
    }
}

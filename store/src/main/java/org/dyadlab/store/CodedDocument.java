package org.dyadlab.store;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A document a text-coding run has coded (or skipped as a re-publication), recorded with its events so that a
 * run started again codes nothing twice ({@code coded_documents}, schema version 4).
 *
 * @param origin        the events' origin ("statements", "coder-text")
 * @param documentId    the document
 * @param contentHash   the hash of its normalised text
 * @param documentDate  its date
 * @param sentences     sentences found
 * @param events        events stored from it
 * @param republishedOf the document it repeats, or null
 */
public record CodedDocument(String origin, String documentId, String contentHash, LocalDate documentDate,
                            int sentences, int events, String republishedOf) {
    public CodedDocument {
        Objects.requireNonNull(origin, "origin");
        Objects.requireNonNull(documentId, "documentId");
        Objects.requireNonNull(contentHash, "contentHash");
        Objects.requireNonNull(documentDate, "documentDate");
    }
}

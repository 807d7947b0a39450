package org.dyadlab.textcoder;

import java.util.List;
import java.util.Objects;

/**
 * What coding one document gave: how many sentences it has and how many were coded, the events, and the
 * problems met (each skipped document or sentence, and notes such as removed markup).
 *
 * @param documentId  the document
 * @param contentHash hash of the document's normalised text ({@link org.dyadlab.textcoder.text.Normalized}), for re-publication checks and resumption
 * @param sentences   sentences found
 * @param coded       sentences coded (not skipped, not discarded)
 * @param events      the events
 * @param problems    what was skipped or noted
 */
public record DocumentCoding(String documentId, String contentHash, int sentences, int coded,
                             List<TextEvent> events, List<TextProblem> problems) {
    public DocumentCoding {
        Objects.requireNonNull(documentId, "documentId");
        Objects.requireNonNull(contentHash, "contentHash");
        events = List.copyOf(events);
        problems = List.copyOf(problems);
    }

    /** True when the whole document was skipped (empty, too large, unreadable). */
    public boolean skipped() {
        return problems.stream().anyMatch(p -> p.sentence() < 0 && p.skipped());
    }
}

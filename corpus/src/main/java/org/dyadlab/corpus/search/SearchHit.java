package org.dyadlab.corpus.search;

import java.time.LocalDate;
import java.util.List;
import org.dyadlab.model.corpus.Side;
import org.dyadlab.model.corpus.SourceKind;

/** One document found, with its score and highlighted snippets (best first). */
public record SearchHit(String documentId, int version, String title, SourceKind kind, Side side, LocalDate date,
                        float score, List<Snippet> snippets) {
    public SearchHit {
        snippets = List.copyOf(snippets);
    }
}

package org.dyadlab.model.corpus;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * Bibliographic facts about a document, each nullable (empty list for authors) when unknown.
 *
 * @param title     title as the source or the bibliography gives it
 * @param authors   authors or speakers, in order
 * @param date      publication or delivery date
 * @param publisher publisher, journal, or issuing office
 * @param url       where the document can be found
 * @param doi       digital object identifier, without the {@code https://doi.org/} prefix
 */
public record DocumentMetadata(String title, List<String> authors, LocalDate date, String publisher, String url,
                               String doi) {
    public static final DocumentMetadata EMPTY = new DocumentMetadata(null, List.of(), null, null, null, null);

    public DocumentMetadata {
        title = blankToNull(title);
        authors = authors == null ? List.of() : authors.stream().filter(Objects::nonNull).map(String::strip)
                .filter(a -> !a.isEmpty()).toList();
        publisher = blankToNull(publisher);
        url = blankToNull(url);
        doi = blankToNull(doi);
    }

    /** This metadata with every field that is unknown here taken from {@code other}. */
    public DocumentMetadata orElse(DocumentMetadata other) {
        return new DocumentMetadata(title != null ? title : other.title,
                !authors.isEmpty() ? authors : other.authors,
                date != null ? date : other.date,
                publisher != null ? publisher : other.publisher,
                url != null ? url : other.url,
                doi != null ? doi : other.doi);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}

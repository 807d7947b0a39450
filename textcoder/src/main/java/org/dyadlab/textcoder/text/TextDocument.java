package org.dyadlab.textcoder.text;

import java.time.LocalDate;
import java.util.Objects;
import org.dyadlab.model.event.DatePrecision;

/**
 * A document to code: a news story, an official statement, a speech or a post.
 *
 * @param id            the document id (events keep it in {@code document_ref} and {@code origin_id})
 * @param date          the document's date; relative expressions in its sentences are resolved against it
 * @param datePrecision how precisely the date is known (a speech known by its session only: month)
 * @param text          the text, possibly with markup (removed before coding)
 * @param url           where the document was published, or null
 * @param speaker       the actor code of whoever speaks in a first-person statement ("USAGOV" for the US
 *                      president's posts, "PAKGOV" for Pakistan's UN speech), or null for reported news
 * @param version       the corpus store's version of the document this text is (1, 2, ...), or 0 for a file or
 *                      record that is not a stored document
 */
public record TextDocument(String id, LocalDate date, DatePrecision datePrecision, String text, String url,
                           String speaker, int version) {
    /** A document that is not (or not known to be) in the corpus store. */
    public TextDocument(String id, LocalDate date, DatePrecision datePrecision, String text, String url,
                        String speaker) {
        this(id, date, datePrecision, text, url, speaker, 0);
    }

    public TextDocument {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(datePrecision, "datePrecision");
        text = text == null ? "" : text;
        if (id.isBlank()) {
            throw new IllegalArgumentException("a document needs an id");
        }
        if (version < 0) {
            throw new IllegalArgumentException("a stored version is 1 or more (0: not stored), was " + version);
        }
    }

    /** A dated news document without a speaker. */
    public static TextDocument of(String id, LocalDate date, String text) {
        return new TextDocument(id, date, DatePrecision.DAY, text, null, null);
    }
}

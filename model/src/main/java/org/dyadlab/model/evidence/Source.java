package org.dyadlab.model.evidence;

import org.dyadlab.model.corpus.Side;
import org.dyadlab.model.corpus.SourceKind;

/**
 * A source of evidence as its bibliography entry, document or dataset citation describes it, before it is
 * classified: the facts a reader would look at to judge whether two sources are independent.
 *
 * @param key       the bibliography key, document id or dataset name that identifies it
 * @param type      the bibliography entry type ("online", "article", "report"), or empty
 * @param author    the author field as written (a person, an agency such as "Reuters", an office), or empty
 * @param publisher the outlet, site or organisation that published it, or empty
 * @param title     its title, or empty
 * @param url       its address, or empty
 * @param date      its date as written ("2018-01-04", "2018-01"), or empty
 * @param note      the bibliography note (where it says a text is a copy of another), or empty
 * @param kind      the kind when the source itself declares it (a document of the corpus), else null
 * @param side      whose voice it carries when declared (a document of the corpus), else null
 */
public record Source(String key, String type, String author, String publisher, String title, String url, String date,
                     String note, SourceKind kind, Side side) {
    public Source {
        if (key == null || key.isBlank()) {
            throw new IllegalArgumentException("a source needs a key");
        }
        type = orEmpty(type);
        author = orEmpty(author);
        publisher = orEmpty(publisher);
        title = orEmpty(title);
        url = orEmpty(url);
        date = orEmpty(date);
        note = orEmpty(note);
    }

    /** A source known only by its key and a citation in words (a dataset named by an indicator row). */
    public static Source cited(String key, String citation, SourceKind kind) {
        return new Source(key, "", "", citation, citation, "", "", "", kind, null);
    }

    /** The year of the date as written, or 0 when there is none. */
    public int year() {
        return date.length() >= 4 && date.substring(0, 4).chars().allMatch(Character::isDigit)
                ? Integer.parseInt(date.substring(0, 4)) : 0;
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s.strip();
    }
}

package org.dyadlab.textcoder;

import java.util.Objects;

/**
 * Why a document, or a sentence of it, was not coded: reported and skipped, never fatal.
 *
 * @param documentId the document
 * @param sentence   the sentence index, or -1 for the whole document
 * @param kind       what was wrong
 * @param detail     a readable detail (sizes, the offending bytes' position)
 */
public record TextProblem(String documentId, int sentence, Kind kind, String detail) {
    /** The kinds of bad input. */
    public enum Kind {
        EMPTY("empty document"),
        NOT_UTF8("not UTF-8"),
        TOO_LARGE("document too large"),
        SENTENCE_TOO_LONG("sentence too long"),
        MARKUP("markup removed"),
        UNREADABLE("unreadable record");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public TextProblem {
        Objects.requireNonNull(documentId, "documentId");
        Objects.requireNonNull(kind, "kind");
        detail = detail == null ? "" : detail;
    }

    /** True for problems that stop the document (or sentence) from being coded; markup is only a note. */
    public boolean skipped() {
        return kind != Kind.MARKUP;
    }

    public String message() {
        return documentId + (sentence >= 0 ? " sentence " + sentence : "") + ": " + kind.label()
                + (detail.isEmpty() ? "" : " (" + detail + ")");
    }
}

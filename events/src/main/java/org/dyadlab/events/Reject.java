package org.dyadlab.events;

import java.util.Objects;

/**
 * A record an importer could not accept, with where it was and why.
 *
 * @param file   the file as named by the user
 * @param line   1-based line (or row) number in the file
 * @param field  the column at fault, or "(record)" when the whole record is
 * @param reason what is wrong, for a human
 * @param raw    the raw record (truncated to a few hundred characters; invalid bytes shown as U+FFFD)
 */
public record Reject(String file, long line, String field, String reason, String raw) {
    public static final String WHOLE_RECORD = "(record)";
    private static final int MAX_RAW = 500;

    public Reject {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(reason, "reason");
        raw = raw == null ? "" : raw.length() > MAX_RAW ? raw.substring(0, MAX_RAW) + "…" : raw;
    }

    /** "file:line: field: reason", the form printed to users. */
    public String message() {
        return file + ":" + line + ": " + field + ": " + reason;
    }
}

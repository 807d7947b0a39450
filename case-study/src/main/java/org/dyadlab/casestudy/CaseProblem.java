package org.dyadlab.casestudy;

/**
 * Something wrong in a case folder, with where it is: the file, the line (0 when the whole file) and the
 * field.
 */
public record CaseProblem(String file, long line, String field, String message) {
    @Override
    public String toString() {
        return file + (line > 0 ? ":" + line : "") + (field == null || field.isEmpty() ? "" : ": " + field) + ": "
                + message;
    }
}

package org.dyadlab.corpus.codebook;

/**
 * Something wrong or doubtful in a codebook file.
 *
 * @param where    where in the file: a line number when known, and the code concerned
 * @param message  what is wrong
 * @param error    true if the codebook cannot be used; false for a warning (e.g. a code without definition)
 */
public record CodebookProblem(String where, String message, boolean error) {
    @Override
    public String toString() {
        return (error ? "error: " : "warning: ") + where + ": " + message;
    }
}

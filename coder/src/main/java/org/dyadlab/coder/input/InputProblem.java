package org.dyadlab.coder.input;

/**
 * A {@code <Sentence>} of an input file that could not be coded and was skipped.
 *
 * @param line   its line in the file
 * @param id     its id, or "" if it has none
 * @param reason what is wrong
 */
public record InputProblem(int line, String id, String reason) {
    public String message() {
        return "line " + line + (id.isEmpty() ? "" : " (" + id + ")") + ": " + reason;
    }
}

package org.dyadlab.coder.dictionary;

/**
 * One meaningful line of a dictionary file: comments removed, trailing blanks trimmed, leading blanks kept (a
 * leading tab starts an actor's date restriction).
 *
 * @param file   the file name, for messages
 * @param number the line number in the file, counting from 1
 * @param text   the line without comments
 */
public record DictionaryLine(String file, int number, String text) {
    /** The text without leading and trailing blanks. */
    public String trimmed() {
        return text.strip();
    }

    /** A problem with this line, for a warning or an exception. */
    public DictionaryProblem problem(String reason) {
        return new DictionaryProblem(file, number, reason, text.strip());
    }
}

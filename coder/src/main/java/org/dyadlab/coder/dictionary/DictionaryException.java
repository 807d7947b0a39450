package org.dyadlab.coder.dictionary;

import java.util.List;

/** A dictionary could not be used: unreadable, or (in strict mode) holding entries that could not be read. */
public final class DictionaryException extends RuntimeException {
    private final transient List<DictionaryProblem> problems;

    public DictionaryException(String message, Throwable cause) {
        super(message, cause);
        this.problems = List.of();
    }

    public DictionaryException(List<DictionaryProblem> problems) {
        super(summary(problems));
        this.problems = List.copyOf(problems);
    }

    /** The entries that could not be read (empty when the file itself could not be read). */
    public List<DictionaryProblem> problems() {
        return problems;
    }

    private static String summary(List<DictionaryProblem> problems) {
        if (problems.isEmpty()) {
            return "dictionary problem";
        }
        String first = problems.get(0).message();
        return problems.size() == 1 ? first : first + " (and " + (problems.size() - 1) + " more problems)";
    }
}

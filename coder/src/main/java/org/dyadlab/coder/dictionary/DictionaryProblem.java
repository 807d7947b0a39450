package org.dyadlab.coder.dictionary;

import java.util.Objects;

/**
 * A dictionary entry that could not be read and was skipped.
 *
 * @param file   the dictionary file
 * @param line   the line number, counting from 1
 * @param reason what is wrong
 * @param raw    the entry as written (without its comment)
 */
public record DictionaryProblem(String file, int line, String reason, String raw) {
    public DictionaryProblem {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(raw, "raw");
    }

    /** "CAMEO.2.0.txt line 12: synset &FOO is not defined: - * &FOO [010]". */
    public String message() {
        return file + " line " + line + ": " + reason + ": " + raw;
    }
}

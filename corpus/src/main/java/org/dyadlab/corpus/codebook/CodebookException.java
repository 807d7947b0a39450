package org.dyadlab.corpus.codebook;

/** A codebook file cannot be used (bad YAML, unknown keys, invalid ids or rules). */
public class CodebookException extends RuntimeException {
    public CodebookException(String message) {
        super(message);
    }
}

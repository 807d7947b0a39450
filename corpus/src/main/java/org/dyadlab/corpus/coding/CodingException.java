package org.dyadlab.corpus.coding;

/** A coding request names something that does not exist or does not fit (document, span, code, passage). */
public class CodingException extends RuntimeException {
    public CodingException(String message) {
        super(message);
    }
}

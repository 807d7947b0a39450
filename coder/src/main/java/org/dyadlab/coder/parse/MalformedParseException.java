package org.dyadlab.coder.parse;

/** A parse tree that cannot be read: unbalanced brackets, a stray word, nothing at all. */
public final class MalformedParseException extends Exception {
    public MalformedParseException(String message) {
        super(message);
    }
}

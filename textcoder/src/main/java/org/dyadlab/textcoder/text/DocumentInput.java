package org.dyadlab.textcoder.text;

import org.dyadlab.textcoder.TextProblem;

/** One item read from an input: a document, or the problem that kept a record from being one. */
public record DocumentInput(TextDocument document, TextProblem problem, String where) {
    public static DocumentInput of(TextDocument d, String where) {
        return new DocumentInput(d, null, where);
    }

    public static DocumentInput problem(TextProblem p, String where) {
        return new DocumentInput(null, p, where);
    }
}

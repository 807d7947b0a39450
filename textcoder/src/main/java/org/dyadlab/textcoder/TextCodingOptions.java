package org.dyadlab.textcoder;

import org.dyadlab.coder.CodingOptions;

/**
 * How text is coded: the coder's options, the limits beyond which input is reported and skipped, and whether
 * first-person statements are read in the statement frame.
 *
 * @param coding              the coder's options (PETRARCH's defaults unless changed)
 * @param maxDocumentChars    documents longer than this are skipped as too large
 * @param maxSentenceChars    sentences longer than this (no sentence end in sight: a table, a list, a run-on
 *                            text) are skipped
 * @param maxSentenceTokens   sentences of more tokens than this are skipped
 * @param statementFrame      read documents with a speaker as the speaker's statements (accusations)
 */
public record TextCodingOptions(CodingOptions coding, int maxDocumentChars, int maxSentenceChars,
                                int maxSentenceTokens, boolean statementFrame) {
    public TextCodingOptions {
        if (coding == null) {
            throw new IllegalArgumentException("coding options are required");
        }
        if (maxDocumentChars < 1 || maxSentenceChars < 1 || maxSentenceTokens < 1) {
            throw new IllegalArgumentException("limits must be positive");
        }
    }

    /** PETRARCH's coding defaults; documents up to 5 million characters, sentences up to 1,500 and 150 tokens. */
    public static TextCodingOptions defaults() {
        return new TextCodingOptions(CodingOptions.defaults(), 5_000_000, 1_500, 150, true);
    }
}

package org.dyadlab.model.corpus;

import java.time.Instant;
import java.util.Objects;

/**
 * A coded stretch of text: one code applied by one coder to one span of one version of a document.
 *
 * @param id         the store's id (0 before it is stored)
 * @param documentId the document
 * @param version    the version whose text the span points into
 * @param span       the coded characters
 * @param codeId     the code applied
 * @param coder      who coded it: a person's name, or the rule coder's name ({@code rules})
 * @param origin     by rule or by hand
 * @param rule       the rule that matched ({@link CodingRule#describe()}), null when coded by hand
 * @param quote      the coded text itself (kept so exports and reviews need not re-read the document)
 * @param createdAt  when it was coded
 */
public record Passage(long id, String documentId, int version, TextSpan span, String codeId, String coder,
                      CodingOrigin origin, String rule, String quote, Instant createdAt) {
    /** The coder name under which rule coding stores its passages. */
    public static final String RULE_CODER = "rules";

    public Passage {
        Objects.requireNonNull(documentId, "documentId");
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(codeId, "codeId");
        Objects.requireNonNull(coder, "coder");
        Objects.requireNonNull(origin, "origin");
        Objects.requireNonNull(quote, "quote");
        Objects.requireNonNull(createdAt, "createdAt");
        if (coder.isBlank() || !coder.matches("[\\p{L}\\p{N}._@ -]{1,80}")) {
            throw new IllegalArgumentException("a coder is a name of 1-80 letters, digits, spaces, '.', '_', '@' or '-'"
                    + "; was '" + coder + "'");
        }
        if (span.length() == 0) {
            throw new IllegalArgumentException("a passage must cover at least one character, was " + span);
        }
        if (quote.length() != span.length()) {
            throw new IllegalArgumentException("the quote has " + quote.length() + " characters but span " + span
                    + " has " + span.length());
        }
        if (origin == CodingOrigin.RULE && (rule == null || rule.isBlank())) {
            throw new IllegalArgumentException("a passage coded by rule must record its rule");
        }
        if (origin == CodingOrigin.MANUAL && rule != null) {
            throw new IllegalArgumentException("a passage coded by hand has no rule");
        }
    }

    public Passage withId(long newId) {
        return new Passage(newId, documentId, version, span, codeId, coder, origin, rule, quote, createdAt);
    }
}

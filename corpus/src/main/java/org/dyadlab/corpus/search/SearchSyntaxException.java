package org.dyadlab.corpus.search;

/** The query text is not valid Lucene query syntax. */
public class SearchSyntaxException extends RuntimeException {
    public SearchSyntaxException(String message, Throwable cause) {
        super(message, cause);
    }
}

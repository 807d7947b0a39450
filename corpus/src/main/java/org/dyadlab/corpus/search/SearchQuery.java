package org.dyadlab.corpus.search;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Set;
import org.dyadlab.model.corpus.Side;
import org.dyadlab.model.corpus.SourceKind;

/**
 * A full-text search with filters; empty sets and null dates mean "any".
 *
 * @param text  Lucene query syntax over the text and title: words (all required), "quoted phrases", OR, NOT, word*
 * @param kinds source kinds
 * @param sides sides
 * @param from  first date included (documents without a date are left out when a date bound is given)
 * @param to    last date included
 * @param codes code ids; a document matches when a passage of it carries the code or a code under it
 * @param limit most hits returned
 */
public record SearchQuery(String text, Set<SourceKind> kinds, Set<Side> sides, LocalDate from, LocalDate to,
                          Set<String> codes, int limit) {
    public SearchQuery {
        Objects.requireNonNull(text, "text");
        kinds = Set.copyOf(kinds);
        sides = Set.copyOf(sides);
        codes = Set.copyOf(codes);
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be at least 1");
        }
        if (from != null && to != null && from.isAfter(to)) {
            throw new IllegalArgumentException("from " + from + " is after to " + to);
        }
    }

    public static SearchQuery of(String text) {
        return new SearchQuery(text, Set.of(), Set.of(), null, null, Set.of(), 20);
    }
}

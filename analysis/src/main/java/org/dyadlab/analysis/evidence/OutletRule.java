package org.dyadlab.analysis.evidence;

import java.util.Locale;
import java.util.Objects;
import org.dyadlab.model.corpus.SourceKind;

/**
 * One row of the outlet table ({@code outlets.csv}): how to recognise an originator and what it is.
 *
 * @param match      {@code name} (words in the author, publisher or a republication note), {@code author} (the
 *                   whole author field, for short names such as "AP") or {@code domain} (the end of the URL's host)
 * @param pattern    the words, author or domain suffix
 * @param originator the originator's name; empty for a domain rule that gives only a country ("pk")
 * @param country    three-letter code of the country it speaks for, or IGO for an international organisation
 * @param kind       the kind of source it is
 */
record OutletRule(Match match, String pattern, String originator, String country, SourceKind kind) {
    enum Match {
        NAME, AUTHOR, DOMAIN;

        static Match of(String s) {
            return valueOf(s.strip().toUpperCase(Locale.ROOT));
        }
    }

    OutletRule {
        Objects.requireNonNull(match, "match");
        Objects.requireNonNull(pattern, "pattern");
        originator = originator == null ? "" : originator;
        Objects.requireNonNull(country, "country");
        Objects.requireNonNull(kind, "kind");
        if (!country.matches("[A-Z]{3}")) {
            throw new IllegalArgumentException("country must be a three-letter code or IGO, was '" + country + "'");
        }
    }
}

package org.dyadlab.model.evidence;

import java.util.Objects;
import org.dyadlab.model.corpus.Side;
import org.dyadlab.model.corpus.SourceKind;

/**
 * A source classified for triangulation.
 *
 * @param key        the source's key
 * @param originator who first published the text, in a normal form ("Reuters", "The White House", "Dawn"):
 *                   two sources with the same originator are one source for triangulation (a wire story
 *                   re-run by several papers, a statement republished by a news site)
 * @param kind       what kind of source it is
 * @param side       whose voice it carries: a country's three-letter code or third-party
 * @param basis      how it was classified, in words ("author is the wire service Reuters; domain .com.pk")
 */
public record SourceProfile(String key, String originator, SourceKind kind, Side side, String basis) {
    public SourceProfile {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(originator, "originator");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(side, "side");
        basis = basis == null ? "" : basis;
    }
}

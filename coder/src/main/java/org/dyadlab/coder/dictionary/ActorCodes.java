package org.dyadlab.coder.dictionary;

import java.time.LocalDate;
import java.util.List;

/**
 * The codes of one actor entry (its root phrase and synonyms): date-restricted codes in dictionary order and
 * default codes. On a date, the first restriction that applies wins; otherwise the first default; otherwise
 * the actor has no code on that date.
 *
 * @param root  the entry's root phrase, for display
 * @param codes the codes as written
 */
public record ActorCodes(String root, List<DatedCode> codes) {
    public ActorCodes {
        codes = List.copyOf(codes);
    }

    /** The code on {@code date}, or null when none applies. */
    public String codeOn(LocalDate date) {
        for (DatedCode c : codes) {
            if (!c.isDefault() && c.appliesOn(date)) {
                return c.code();
            }
        }
        for (DatedCode c : codes) {
            if (c.isDefault()) {
                return c.code();
            }
        }
        return null;
    }
}

package org.dyadlab.model.claim;

import java.util.Locale;

/** What a checkable claim of a manuscript states (docs/claims.md, "Extraction"). */
public enum ClaimKind {
    /** A named agreement, programme or event given a date ("LEMOA, signed in August 2016"). */
    DATE,
    /** A sum of money ("$255 million in military financing"). */
    AMOUNT,
    /** The name of an agreement, organisation, programme or event as written. */
    NAME,
    /** An office or title ("the Special Representative for Afghanistan and Pakistan"). */
    OFFICE,
    /** Who did what to whom, when: a dated sentence matched against the chronology. */
    EVENT,
    /** Something that looks checkable (a date, an amount, a name) but could not be read; always unverified. */
    UNPARSED;

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }
}

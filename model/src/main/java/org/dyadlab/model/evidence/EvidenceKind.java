package org.dyadlab.model.evidence;

/** What an item of evidence is. */
public enum EvidenceKind {
    /** A dated, cited event of the case's curated chronology. */
    CHRONOLOGY,
    /** A coded event record of the workspace (GDELT, ICEWS, the event coder). */
    EVENT,
    /** A coded passage of a document of the corpus. */
    PASSAGE,
    /** A row of an indicator series (US aid by fiscal year, trade, UN votes). */
    INDICATOR,
    /** An entry of the case's gazetteer (an agreement, organisation, office, programme or named event). */
    GAZETTEER;

    public String key() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}

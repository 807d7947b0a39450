package org.dyadlab.model.claim;

/**
 * A citation a manuscript gives for a claim: "(Dawn 2019)", "(Markey, 2018, p. 4)", "[3]".
 *
 * @param text   as written
 * @param author the author or organisation named, or empty (numbered citations)
 * @param year   the year cited (for a numbered citation, the year of its reference), or 0 when none
 * @param number the number of a numbered citation, or empty
 * @param reference the full reference of a numbered citation from the manuscript's list, or empty
 */
public record ManuscriptCitation(String text, String author, int year, String number, String reference) {
    public ManuscriptCitation {
        text = text == null ? "" : text;
        author = author == null ? "" : author;
        number = number == null ? "" : number;
        reference = reference == null ? "" : reference;
    }
}

package org.dyadlab.model.claim;

import java.util.List;
import java.util.Objects;

/**
 * A checkable factual claim found in a manuscript.
 *
 * @param id        "c12" (in order of appearance)
 * @param kind      what it states
 * @param line      the manuscript line its sentence starts on (1-based)
 * @param sentence  the sentence, as extracted (citations kept)
 * @param text      the words of the claim itself ("LEMOA ... August 2016", "$255 million")
 * @param subject   the gazetteer id it is about, or the name as written, or empty
 * @param date      the date it states, or null
 * @param amount    the amount it states, or null
 * @param citations the citations the manuscript gives in its sentence
 */
public record Claim(String id, ClaimKind kind, int line, String sentence, String text, String subject, ClaimDate date,
                    Amount amount, List<ManuscriptCitation> citations) {
    public Claim {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        sentence = sentence == null ? "" : sentence;
        text = text == null ? "" : text;
        subject = subject == null ? "" : subject;
        citations = List.copyOf(citations);
    }
}

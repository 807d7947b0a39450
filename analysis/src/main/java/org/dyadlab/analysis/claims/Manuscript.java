package org.dyadlab.analysis.claims;

import java.util.List;
import java.util.Map;

/**
 * A manuscript read for claim checking: its sentences (outside headings and the reference list) and its references.
 *
 * @param sentences  the body's sentences, in order
 * @param numbered   numbered references ("3" → the reference's text), from "[3] …" or "3. …" lines of the list
 * @param references every reference of the list, as written
 */
record Manuscript(List<Sentence> sentences, Map<String, String> numbered, List<String> references) {
    Manuscript {
        sentences = List.copyOf(sentences);
        numbered = Map.copyOf(numbered);
        references = List.copyOf(references);
    }
}

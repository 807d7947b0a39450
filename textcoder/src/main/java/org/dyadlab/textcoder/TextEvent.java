package org.dyadlab.textcoder;

import java.util.List;
import java.util.Objects;
import org.dyadlab.coder.CodedEvent;
import org.dyadlab.coder.CodedTriple;
import org.dyadlab.textcoder.date.EventDate;

/**
 * An event coded from a document's text, with its provenance: the document, the sentence (its index and its span in
 * the document's text) and the hash of its text (normalised), the event's date and how it was found, the matched
 * spans, and how it was made (a coded verb, or the statement frame's accusation rule). Spans are offsets in the
 * document's text as it was given to the coder (before markup was removed), like the sentence's.
 *
 * @param sentence      the document, the sentence's index in it (0, 1, ...) and its span in the document's text
 * @param sentenceHash  hash of the sentence's normalised text ({@link org.dyadlab.textcoder.text.Normalized})
 * @param coded         the coder's event (triple, evidence, issues)
 * @param date          the event's date and precision
 * @param spans         source, target and verb spans in the document's text (those found)
 * @param note          how pronouns were read, or the statement rule; empty when none applied
 * @param url           the document's URL, or null
 */
public record TextEvent(SentenceRef sentence, String sentenceHash, CodedEvent coded, EventDate date,
                        List<TextSpan> spans, String note, String url) {
    public TextEvent {
        Objects.requireNonNull(sentence, "sentence");
        Objects.requireNonNull(sentenceHash, "sentenceHash");
        Objects.requireNonNull(coded, "coded");
        Objects.requireNonNull(date, "date");
        spans = List.copyOf(spans);
        note = note == null ? "" : note;
    }

    public CodedTriple triple() {
        return coded.triple();
    }

    public String documentId() {
        return sentence.documentId();
    }

    /** The sentence's index in the document (0, 1, ...). */
    public int sentenceIndex() {
        return sentence.index();
    }

    /** The reference stored with the event: the sentence's span ({@link SentenceRef#documentRef()}). */
    public String documentRef() {
        return sentence.documentRef();
    }
}

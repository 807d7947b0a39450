package org.dyadlab.textcoder;

import java.util.List;
import java.util.Objects;
import org.dyadlab.coder.CodedEventConverter;
import org.dyadlab.model.cameo.CameoOntology;
import org.dyadlab.model.event.Event;
import org.dyadlab.model.event.EventIds;
import org.dyadlab.model.event.EventSpan;

/**
 * Turns text events into dyadlab {@link Event}s: the given origin ("statements", "coder-text"), an id hashed from
 * the document id, the sentence index and the triple (so coding a document again gives the same ids), the
 * event's date and precision, {@code origin_id} {@code <id>#s<index>}, {@code document_ref} the sentence's span in
 * the document's text ({@link SentenceRef#documentRef()}), the sentence's hash as {@code text_hash}, the document's
 * URL; the matched spans travel with the conversion ({@link TextEvent#spans()}). Actor codes are split as {@link CodedEventConverter} does; an event whose
 * code is not CAMEO is returned with the reason.
 */
public final class TextEventConverter {
    private final CodedEventConverter actors;
    private final String origin;

    public TextEventConverter(CameoOntology ontology, String origin) {
        this.actors = new CodedEventConverter(Objects.requireNonNull(ontology, "ontology"));
        this.origin = Objects.requireNonNull(origin, "origin");
    }

    /** The event, or the reason it cannot be one; exactly one is non-null. */
    public record Conversion(TextEvent text, Event event, String reason) {
        /** The matched words to store with the event ({@code event_spans}): the text event's non-empty spans. */
        public List<EventSpan> spans() {
            return text.spans().stream().filter(s -> s.end() > s.start())
                    .map(s -> new EventSpan(s.role(), s.start(), s.end())).toList();
        }
    }

    public Conversion convert(TextEvent e) {
        CodedEventConverter.Conversion c = actors.convert(e.coded());
        if (c.event() == null) {
            return new Conversion(e, null, c.reason());
        }
        Event base = c.event();
        String id = EventIds.hashed(origin, e.documentId(), Integer.toString(e.sentenceIndex()), e.triple().source(),
                e.triple().target(), e.triple().code());
        Event event = new Event(id, e.date().date(), e.date().precision(), base.source(), base.target(), base.code(),
                origin, e.sentence().originId(), null, e.url(), e.documentRef(), e.sentenceHash(),
                null);
        return new Conversion(e, event, null);
    }
}

package org.dyadlab.coder;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.dyadlab.model.cameo.CameoOntology;
import org.dyadlab.model.cameo.EventCode;
import org.dyadlab.model.event.DatePrecision;
import org.dyadlab.model.event.Event;
import org.dyadlab.model.event.EventActor;
import org.dyadlab.model.event.EventIds;

/**
 * Turns coded events into dyadlab's canonical {@link Event} records (origin "coder", day precision, id hashed
 * from the sentence id and the triple, so coding the same file again gives the same ids). An event whose code is
 * not in the CAMEO table cannot become an Event; it is returned with the reason instead of being dropped.
 *
 * <p>An actor code is split in three-letter parts: the first is the country if the CAMEO table knows it as one,
 * the parts the table knows as actor types become the agents ("PAKCOP" → country PAK, agents COP;
 * "IGOUNO" → agents IGO). "---" (unknown) and a quoted new-actor phrase keep no code; the phrase is the name.
 */
public final class CodedEventConverter {
    /** The origin of coded events in the store. */
    public static final String ORIGIN = "coder";

    private final CameoOntology ontology;

    public CodedEventConverter(CameoOntology ontology) {
        this.ontology = Objects.requireNonNull(ontology, "ontology");
    }

    /** The event, or the reason it cannot be one. Exactly one of the two is non-null. */
    public record Conversion(CodedEvent coded, Event event, String reason) {
    }

    public Conversion convert(CodedEvent e) {
        CodedTriple t = e.triple();
        EventCode code = ontology.eventCode(t.code()).orElse(null);
        if (code == null) {
            return new Conversion(e, null, "event code '" + t.code() + "' is not in the CAMEO table");
        }
        String id = EventIds.hashed(ORIGIN, e.sentenceId(), t.source(), t.target(), t.code());
        Event event = new Event(id, e.date(), DatePrecision.DAY, actor(t.source(), e.evidence().sourceText()),
                actor(t.target(), e.evidence().targetText()), code, ORIGIN, e.sentenceId(), null, null,
                "sentence:" + e.sentenceId(), e.textHash(), null);
        return new Conversion(e, event, null);
    }

    public List<Conversion> convertAll(List<CodedEvent> events) {
        List<Conversion> out = new ArrayList<>(events.size());
        for (CodedEvent e : events) {
            out.add(convert(e));
        }
        return out;
    }

    EventActor actor(String code, String text) {
        if (code.startsWith("\"")) {
            return new EventActor(code.replace("\"", ""), null, null, List.of());
        }
        return EventActor.ofCameoCode(text, code, ontology);
    }
}

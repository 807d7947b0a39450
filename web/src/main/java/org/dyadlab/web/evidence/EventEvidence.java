package org.dyadlab.web.evidence;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.dyadlab.model.event.Event;
import org.dyadlab.model.event.EventSpan;
import org.dyadlab.report.text.Links;
import org.dyadlab.store.CorpusStore;
import org.dyadlab.web.data.ChronologyData;
import org.dyadlab.web.data.Json.ChronologyJson;
import org.dyadlab.web.data.Json.EvidenceJson;
import org.dyadlab.web.data.Json.MarkJson;
import org.dyadlab.web.data.Json.TextJson;

/**
 * Finds what an event rests on, from whatever it carries: the chronology entry (with its sources) a case event was
 * made from, the sentence of a corpus document a coded event came from (with the words its coder matched
 * highlighted, or, for events whose coder kept no spans, the words of its actors' names), or the address of the story
 * a dataset event cites.
 */
public final class EventEvidence {
    private final ChronologyData chronology;
    private final String caseName;

    public EventEvidence(ChronologyData chronology, String caseName) {
        this.chronology = chronology;
        this.caseName = caseName;
    }

    /**
     * @param matched the words the event's coder matched, as spans of its document's text (empty: none kept)
     */
    public EvidenceJson of(Event e, List<EventSpan> matched, CorpusStore corpus) {
        String url = Links.httpHref(e.sourceUrl()).orElse(null);
        Optional<EvidenceRef> ref = EvidenceRef.parse(e.documentRef());
        if (ref.isPresent() && ref.get() instanceof EvidenceRef.CaseEntry c) {
            Optional<ChronologyJson> entry = caseName != null && caseName.equals(c.caseName())
                    ? chronology.entry(c.entryId()) : Optional.empty();
            if (entry.isPresent()) {
                return new EvidenceJson("chronology", entry.get(), null, url, e.documentRef(), null);
            }
            return new EvidenceJson(url == null ? "none" : "url", null, null, url, e.documentRef(),
                    "the chronology entry " + c.entryId() + " of case " + c.caseName() + " is not in the case this "
                            + "dashboard was opened on");
        }
        if (ref.isPresent() && ref.get() instanceof EvidenceRef.DocumentPart d) {
            DocumentSentence s = DocumentSentence.resolve(d, corpus);
            if (!s.found()) {
                return new EvidenceJson(url == null ? "none" : "url", null, null, url, e.documentRef(), s.note());
            }
            String text = s.text();
            int start = s.span().start();
            List<MarkJson> marks = matchedWords(matched, start, s.span().end());
            if (marks.isEmpty()) {
                marks = actorWords(text, start, e);
            }
            return new EvidenceJson("document", null, new TextJson(d.documentId(), s.document().metadata().title(),
                    s.version().version(), start, s.span().end(), text, marks), url, e.documentRef(), s.note());
        }
        return new EvidenceJson(url == null ? "none" : "url", null, null, url, e.documentRef(),
                url == null && e.sourceUrl() != null ? "the source address is not an http(s) link" : null);
    }

    /** The coder's matched spans that lie within {@code [start, end)}, in order, overlaps dropped. */
    static List<MarkJson> matchedWords(List<EventSpan> matched, int start, int end) {
        List<MarkJson> out = new ArrayList<>();
        for (EventSpan s : matched) {
            if (s.start() >= start && s.end() <= end) {
                out.add(new MarkJson(s.start(), s.end(), s.role()));
            }
        }
        return withoutOverlaps(out);
    }

    /** Where the actors' names (as the source wrote them) occur in the sentence, as document offsets, in order. */
    static List<MarkJson> actorWords(String text, int offset, Event e) {
        List<MarkJson> out = new ArrayList<>();
        for (String name : new String[] {e.source().name(), e.target().name()}) {
            if (name == null || name.length() < 2) {
                continue;
            }
            // regionMatches, not toLowerCase: lower-casing may change a string's length and so the offsets
            for (int i = 0; i + name.length() <= text.length(); i++) {
                if (text.regionMatches(true, i, name, 0, name.length())) {
                    out.add(new MarkJson(offset + i, offset + i + name.length(), "name"));
                    i += name.length() - 1;
                }
            }
        }
        return withoutOverlaps(out);
    }

    private static List<MarkJson> withoutOverlaps(List<MarkJson> marks) {
        List<MarkJson> sorted = new ArrayList<>(marks);
        sorted.sort(Comparator.comparingInt(MarkJson::start).thenComparing(Comparator.comparingInt(MarkJson::end)
                .reversed()));
        List<MarkJson> merged = new ArrayList<>();
        for (MarkJson s : sorted) {
            if (!merged.isEmpty() && s.start() < merged.get(merged.size() - 1).end()) {
                continue;
            }
            merged.add(s);
        }
        return merged;
    }
}

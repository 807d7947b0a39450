package org.dyadlab.web.evidence;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.dyadlab.corpus.coding.Sentences;
import org.dyadlab.model.corpus.Document;
import org.dyadlab.model.corpus.DocumentVersion;
import org.dyadlab.model.corpus.TextSpan;
import org.dyadlab.model.event.Event;
import org.dyadlab.report.text.Links;
import org.dyadlab.store.CorpusStore;
import org.dyadlab.web.data.ChronologyData;
import org.dyadlab.web.data.Json.ChronologyJson;
import org.dyadlab.web.data.Json.EvidenceJson;
import org.dyadlab.web.data.Json.SpanJson;
import org.dyadlab.web.data.Json.TextJson;

/**
 * Finds what an event rests on, from whatever it carries: the chronology entry (with its sources) a case event was
 * made from, the sentence of a corpus document a coded event came from (the words of its actors' names highlighted),
 * or the address of the story a dataset event cites.
 */
public final class EventEvidence {
    private final ChronologyData chronology;
    private final String caseName;

    public EventEvidence(ChronologyData chronology, String caseName) {
        this.chronology = chronology;
        this.caseName = caseName;
    }

    public EvidenceJson of(Event e, CorpusStore corpus) {
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
            Optional<TextJson> text = documentText(d, e, corpus);
            if (text.isPresent()) {
                return new EvidenceJson("document", null, text.get(), url, e.documentRef(), null);
            }
            return new EvidenceJson(url == null ? "none" : "url", null, null, url, e.documentRef(),
                    "document " + d.documentId() + " (or the part named) is not in this workspace's corpus");
        }
        return new EvidenceJson(url == null ? "none" : "url", null, null, url, e.documentRef(),
                url == null && e.sourceUrl() != null ? "the source address is not an http(s) link" : null);
    }

    private static Optional<TextJson> documentText(EvidenceRef.DocumentPart d, Event e, CorpusStore corpus) {
        Optional<Document> doc = corpus.document(d.documentId());
        if (doc.isEmpty()) {
            return Optional.empty();
        }
        DocumentVersion v = corpus.version(d.documentId(), doc.get().currentVersion()).orElseThrow();
        TextSpan span;
        if (d.sentence() >= 0) {
            List<TextSpan> sentences = Sentences.of(v);
            if (d.sentence() >= sentences.size()) {
                return Optional.empty();
            }
            span = sentences.get(d.sentence());
        } else if (d.start() >= 0) {
            if (d.end() > v.text().length()) {
                return Optional.empty();
            }
            span = new TextSpan(d.start(), d.end());
        } else {
            span = new TextSpan(0, Math.min(v.text().length(), 2000));
        }
        String text = v.text().substring(span.start(), span.end());
        List<SpanJson> marks = actorWords(text, span.start(), e);
        return Optional.of(new TextJson(d.documentId(), doc.get().metadata().title(), v.version(), span.start(),
                span.end(), text, marks));
    }

    /** Where the actors' names (as the source wrote them) occur in the sentence, as document offsets, in order. */
    static List<SpanJson> actorWords(String text, int offset, Event e) {
        List<SpanJson> out = new ArrayList<>();
        for (String name : new String[] {e.source().name(), e.target().name()}) {
            if (name == null || name.length() < 2) {
                continue;
            }
            // regionMatches, not toLowerCase: lower-casing may change a string's length and so the offsets
            for (int i = 0; i + name.length() <= text.length(); i++) {
                if (text.regionMatches(true, i, name, 0, name.length())) {
                    out.add(new SpanJson(offset + i, offset + i + name.length()));
                    i += name.length() - 1;
                }
            }
        }
        out.sort((a, b) -> a.start() != b.start() ? Integer.compare(a.start(), b.start()) : Integer.compare(b.end(), a.end()));
        List<SpanJson> merged = new ArrayList<>();
        for (SpanJson s : out) {
            if (!merged.isEmpty() && s.start() < merged.get(merged.size() - 1).end()) {
                continue;
            }
            merged.add(s);
        }
        return merged;
    }
}

package org.dyadlab.casestudy;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.dyadlab.analysis.evidence.EvidenceBase;
import org.dyadlab.corpus.ingest.BibEntry;
import org.dyadlab.corpus.ingest.Bibliography;
import org.dyadlab.model.cameo.CameoOntology;
import org.dyadlab.model.chronology.ChronologyEntry;
import org.dyadlab.model.corpus.Document;
import org.dyadlab.model.corpus.DocumentMetadata;
import org.dyadlab.model.corpus.Passage;
import org.dyadlab.model.corpus.SourceKind;
import org.dyadlab.model.event.Event;
import org.dyadlab.model.evidence.EvidenceItem;
import org.dyadlab.model.evidence.EvidenceKind;
import org.dyadlab.model.evidence.Source;
import org.dyadlab.model.evidence.Stance;
import org.dyadlab.model.gazetteer.Gazetteer;
import org.dyadlab.model.indicator.IndicatorObservation;
import org.dyadlab.store.EventQuery;
import org.dyadlab.store.EventStore;
import org.dyadlab.store.PassageQuery;

/**
 * Assembles a case's evidence base: the case folder's chronology, bibliography, indicators, FATF series and gazetteer,
 * and — from a workspace, when one is given — its coded passages and its coded event records between the dyad's
 * countries (the chronology's own events left out), as evidence items with their sources.
 */
public final class CaseEvidence {
    /** At most this many coded event records are read from a workspace. */
    public static final int MAX_EVENTS = 200_000;

    /**
     * The evidence base and what the findings need to select from it.
     *
     * @param base         the evidence base
     * @param passageCodes passage evidence id → its code
     * @param eventCodes   event evidence id → its CAMEO code
     * @param notes        what was used, in words
     */
    public record Built(EvidenceBase base, Map<String, String> passageCodes, Map<String, String> eventCodes,
                        List<String> notes) {
        public Built {
            passageCodes = Map.copyOf(passageCodes);
            eventCodes = Map.copyOf(eventCodes);
            notes = List.copyOf(notes);
        }
    }

    private CaseEvidence() {
    }

    /**
     * @param store a workspace the case was loaded into, or null for the case folder alone
     */
    public static Built of(CaseDefinition c, EventStore store, CameoOntology ontology) {
        List<ChronologyEntry> chronology = ChronologyReader.read(c.file(c.chronology())).entries();
        Bibliography bib = CaseParts.bibliography(c);
        Map<String, Source> sources = new LinkedHashMap<>();
        for (BibEntry e : bib.entries()) {
            sources.put(e.key(), source(e));
        }
        List<IndicatorObservation> indicators = new ArrayList<>(CaseIndicators.read(c.file(c.indicators())));
        Gazetteer gazetteer = c.gazetteer() == null ? Gazetteer.EMPTY : GazetteerYaml.read(c.file(c.gazetteer())).gazetteer();
        List<String> notes = new ArrayList<>();
        notes.add(String.format(Locale.ROOT, "case %s: %d chronology events, %d sources, %d indicator rows, %d gazetteer "
                + "entries", c.name(), chronology.size(), sources.size(), indicators.size(), gazetteer.entries().size()));
        List<EvidenceItem> passages = new ArrayList<>();
        List<EvidenceItem> events = new ArrayList<>();
        Map<String, String> passageCodes = new HashMap<>();
        Map<String, String> eventCodes = new HashMap<>();
        if (store != null) {
            Map<String, Document> documents = new HashMap<>();
            store.corpus().documents().forEach(d -> documents.put(d.id(), d));
            for (Passage p : store.coding().passages(PassageQuery.ALL)) {
                Document d = documents.get(p.documentId());
                if (d != null) {
                    EvidenceItem item = passage(p, d, ontology);
                    passages.add(item);
                    passageCodes.put(item.id(), p.codeId());
                }
            }
            int[] skipped = {0};
            store.forEachEvent(EventQuery.of(c.dyad(), false), e -> {
                if (e.origin().equals(CaseLoader.CHRONOLOGY_ORIGIN)) {
                    return;
                }
                if (events.size() >= MAX_EVENTS) {
                    skipped[0]++;
                    return;
                }
                EvidenceItem item = event(e);
                events.add(item);
                eventCodes.put(item.id(), e.code().code());
            });
            notes.add(String.format(Locale.ROOT, "workspace %s: %,d coded passages, %,d coded event records of %s%s",
                    store.workspace().dir(), passages.size(), events.size(), c.dyad(),
                    skipped[0] > 0 ? String.format(Locale.ROOT, " (%,d more left out)", skipped[0]) : ""));
        } else {
            notes.add("no workspace: coded passages and coded event records were not used");
        }
        return new Built(new EvidenceBase(c.name(), c.dyad(), chronology, sources, indicators, gazetteer, passages,
                events), passageCodes, eventCodes, notes);
    }

    /** A bibliography entry as a source. */
    static Source source(BibEntry e) {
        DocumentMetadata m = e.metadata();
        String date = e.fields().getOrDefault("date", m.date() == null ? "" : m.date().toString());
        return new Source(e.key(), e.type(), e.fields().getOrDefault("author", String.join(" and ", m.authors())),
                e.fields().getOrDefault("organization", m.publisher() == null ? "" : m.publisher()),
                m.title(), m.url(), date, e.fields().get("note"), null, null);
    }

    private static EvidenceItem passage(Passage p, Document d, CameoOntology ontology) {
        DocumentMetadata m = d.metadata();
        String publisher = m.publisher();
        if ((publisher == null || publisher.isBlank()) && (m.url() == null || m.url().isBlank()) && d.side() != null
                && !d.side().isThirdParty()) {
            publisher = "Government of " + ontology.country(d.side().code()).map(x -> x.label()).orElse(d.side().code());
        }
        Source s = new Source(d.id(), "", String.join(" and ", m.authors()), publisher, m.title(), m.url(),
                m.date() == null ? "" : m.date().toString(), "", d.kind(), d.side());
        String quote = p.quote().length() > 400 ? p.quote().substring(0, 397) + "…" : p.quote();
        return new EvidenceItem(EvidenceKind.PASSAGE, "passage:" + p.id(), m.date(), null,
                quote.replaceAll("\\s+", " "), List.of(s), Stance.SUPPORTS,
                "code " + p.codeId() + ", coder " + p.coder() + " in " + (m.title() == null ? d.id() : m.title()));
    }

    private static EvidenceItem event(Event e) {
        Source s;
        if (e.sourceUrl() != null) {
            s = new Source("url:" + e.sourceUrl(), "", "", "", "", e.sourceUrl(), e.date().toString(), "",
                    SourceKind.NEWS, null);
        } else {
            s = Source.cited("dataset:" + e.origin(), e.origin() + " coded event data", SourceKind.DATASET);
        }
        String actors = code(e.source().code()) + " → " + code(e.target().code());
        return new EvidenceItem(EvidenceKind.EVENT, e.id(), e.date(), null, actors + ": " + e.code().code() + " "
                + e.code().label() + " [" + e.origin() + "]", List.of(s), Stance.SUPPORTS, "");
    }

    private static String code(String c) {
        return c == null ? "?" : c;
    }

    /** The evidence base of the case folder alone (no workspace). */
    public static EvidenceBase ofFolder(CaseDefinition c, CameoOntology ontology) {
        return of(c, null, ontology).base();
    }
}

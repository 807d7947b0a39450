package org.dyadlab.web.data;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.dyadlab.casestudy.CaseDefinition;
import org.dyadlab.casestudy.CaseLoader;
import org.dyadlab.casestudy.CaseParts;
import org.dyadlab.casestudy.ChronologyReader;
import org.dyadlab.corpus.ingest.BibEntry;
import org.dyadlab.corpus.ingest.Bibliography;
import org.dyadlab.model.cameo.CameoOntology;
import org.dyadlab.model.cameo.EventCode;
import org.dyadlab.model.chronology.ChronologyEntry;
import org.dyadlab.model.corpus.Codebook;
import org.dyadlab.model.event.Dyad;
import org.dyadlab.report.text.Links;
import org.dyadlab.web.data.Json.ChronologyJson;
import org.dyadlab.web.data.Json.SourceJson;

/**
 * The case's chronology with the sources each entry cites, read from the case folder (and read again when its files
 * change), filtered for the timeline view and the markers of the relations index.
 */
public final class ChronologyData {
    private final CaseDefinition caseDefinition;
    private final CameoOntology ontology;
    private final Codebook codebook;
    private List<ChronologyJson> entries;
    private long stamp = Long.MIN_VALUE;

    public ChronologyData(CaseDefinition caseDefinition, CameoOntology ontology, Codebook codebook) {
        this.caseDefinition = caseDefinition;
        this.ontology = ontology;
        this.codebook = codebook;
    }

    /**
     * What the timeline shows.
     *
     * @param factor a factor id, or null for all
     * @param theme  a theme id (or a factor: its themes), or null for all
     * @param text   words the description, id or note must contain (case-insensitive), or null
     */
    public record Filter(String factor, String theme, LocalDate from, LocalDate to, String text) {
        public static final Filter ALL = new Filter(null, null, null, null, null);

        boolean accepts(ChronologyJson e) {
            if (factor != null && !factor.equals(e.factor())) {
                return false;
            }
            if (theme != null && !(e.theme().equals(theme) || e.theme().startsWith(theme + "."))) {
                return false;
            }
            if (from != null && e.date().isBefore(from) || to != null && e.date().isAfter(to)) {
                return false;
            }
            if (text != null && !text.isBlank()) {
                String t = text.strip().toLowerCase(Locale.ROOT);
                return (e.description() + " " + e.id() + " " + e.note()).toLowerCase(Locale.ROOT).contains(t);
            }
            return true;
        }
    }

    /** The id of the event a chronology entry became when the case was loaded ({@code CaseLoader}). */
    public String eventId(String entryId) {
        return caseDefinition == null ? null
                : CaseLoader.CHRONOLOGY_ORIGIN + ":" + caseDefinition.name() + ":" + entryId;
    }

    public boolean available() {
        return caseDefinition != null;
    }

    public synchronized List<ChronologyJson> entries(Filter filter) {
        return all().stream().filter(filter::accepts).toList();
    }

    public synchronized Optional<ChronologyJson> entry(String id) {
        return all().stream().filter(e -> e.id().equals(id)).findFirst();
    }

    /** Entries between the dyad's two countries (by the actor codes' first three letters), for chart markers. */
    public synchronized List<ChronologyJson> ofDyad(Dyad dyad) {
        return all().stream().filter(e -> {
            String a = prefix(e.source());
            String b = prefix(e.target());
            return a.equals(dyad.first()) && b.equals(dyad.second()) || a.equals(dyad.second()) && b.equals(dyad.first());
        }).toList();
    }

    private static String prefix(String actor) {
        return actor.length() >= 3 ? actor.substring(0, 3) : actor;
    }

    private List<ChronologyJson> all() {
        if (caseDefinition == null) {
            return List.of();
        }
        long now = modified(caseDefinition.file(caseDefinition.chronology()))
                ^ modified(caseDefinition.file(caseDefinition.sources())) * 31;
        if (entries == null || now != stamp) {
            entries = read();
            stamp = now;
        }
        return entries;
    }

    private List<ChronologyJson> read() {
        Bibliography bib = CaseParts.bibliography(caseDefinition);
        return ChronologyReader.read(caseDefinition.file(caseDefinition.chronology())).entries().stream()
                .sorted(Comparator.comparing(ChronologyEntry::date).thenComparing(ChronologyEntry::id))
                .map(e -> json(e, bib)).toList();
    }

    private ChronologyJson json(ChronologyEntry e, Bibliography bib) {
        Optional<EventCode> code = ontology.eventCode(e.cameoCode());
        List<SourceJson> sources = e.sources().stream().map(key -> bib.forKey(key).map(ChronologyData::source)
                .orElse(new SourceJson(key, null, "(not in the bibliography)", null, null, null))).toList();
        String themeName = codebook.code(e.theme()).map(c -> c.name()).orElse(e.theme());
        return new ChronologyJson(e.id(), e.date(), e.precision().key(), e.sourceActor(), e.targetActor(),
                e.cameoCode(), code.map(EventCode::label).orElse(null), code.map(EventCode::goldstein).orElse(null),
                e.theme(), themeName, e.factor(), e.description(), e.note(), sources);
    }

    static SourceJson source(BibEntry b) {
        var m = b.metadata();
        String date = b.fields().getOrDefault("date", m.date() == null ? null : m.date().toString());
        return new SourceJson(b.key(), String.join("; ", m.authors()), m.title(), m.publisher(), date,
                Links.httpHref(m.url()).orElse(null));
    }

    private static long modified(java.nio.file.Path p) {
        try {
            return java.nio.file.Files.getLastModifiedTime(p).toMillis();
        } catch (java.io.IOException e) {
            return 0;
        }
    }
}

package org.dyadlab.casestudy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.dyadlab.corpus.coding.RuleCoder;
import org.dyadlab.corpus.coding.RuleCoding;
import org.dyadlab.corpus.coding.RuleCodingReport;
import org.dyadlab.corpus.ingest.BibEntry;
import org.dyadlab.corpus.ingest.Bibliography;
import org.dyadlab.corpus.ingest.DocumentIngester;
import org.dyadlab.corpus.ingest.IngestOptions;
import org.dyadlab.corpus.ingest.IngestReport;
import org.dyadlab.events.EventFormat;
import org.dyadlab.events.EventImporter;
import org.dyadlab.events.EventReaders;
import org.dyadlab.events.ImportOptions;
import org.dyadlab.events.ImportSummary;
import org.dyadlab.events.ProgressListener;
import org.dyadlab.model.cameo.CameoOntology;
import org.dyadlab.model.cameo.EventCode;
import org.dyadlab.model.chronology.ChronologyEntry;
import org.dyadlab.model.corpus.Side;
import org.dyadlab.model.corpus.SourceKind;
import org.dyadlab.model.event.Event;
import org.dyadlab.store.EventLoad;
import org.dyadlab.store.EventStore;
import org.dyadlab.store.IndicatorStore;
import org.dyadlab.store.LoadResult;
import org.dyadlab.store.LoadSource;

/**
 * Loads a case into a workspace: its chronology as events (origin "chronology", replacing the case's earlier
 * chronology so an edited row replaces its event), its yearly figures and FATF series as indicators; and,
 * with a data folder, the event samples, the documents (ingested and rule-coded with the case codebook).
 * Every step is idempotent.
 */
public final class CaseLoader {
    public static final String CHRONOLOGY_ORIGIN = "chronology";

    private final EventStore store;
    private final CameoOntology ontology;
    private final Consumer<String> log;

    /**
     * @param log receives one line per step, to show where the loading is
     */
    public CaseLoader(EventStore store, CameoOntology ontology, Consumer<String> log) {
        this.store = store;
        this.ontology = ontology;
        this.log = log;
    }

    /** What loading the case folder did. */
    public record CaseLoad(int chronologyEvents, int skipped, IndicatorStore.SaveResult indicators,
                           IndicatorStore.SaveResult fatf) {
    }

    public CaseLoad loadCase(CaseDefinition c) {
        ChronologyReader.Result chronology = ChronologyReader.read(c.file(c.chronology()));
        for (CaseProblem p : chronology.problems()) {
            log.accept("  left out: " + p);
        }
        Bibliography bib = CaseParts.bibliography(c);
        List<Event> events = new ArrayList<>();
        int skipped = chronology.problems().size();
        for (ChronologyEntry e : chronology.entries()) {
            EventCode code = ontology.eventCode(e.cameoCode()).orElse(null);
            if (code == null || !CaseActors.isKnownPrefix(ontology, e.sourceActor())
                    || !CaseActors.isKnownPrefix(ontology, e.targetActor())) {
                log.accept("  left out: " + c.chronology() + ": " + e.id() + ": unknown CAMEO code or actor");
                skipped++;
                continue;
            }
            String url = e.sources().stream().map(bib::forKey).flatMap(java.util.Optional::stream)
                    .map(BibEntry::metadata).map(m -> m.url()).filter(u -> u != null && !u.isBlank()).findFirst()
                    .orElse(null);
            events.add(new Event(CHRONOLOGY_ORIGIN + ":" + c.name() + ":" + e.id(), e.date(), e.precision(),
                    CaseActors.actor(ontology, e.sourceActor()), CaseActors.actor(ontology, e.targetActor()), code,
                    CHRONOLOGY_ORIGIN, e.id(), null, url, "case:" + c.name() + "#" + e.id(), null, null));
        }
        LoadResult loaded;
        try (EventLoad load = store.beginLoad(new LoadSource(c.file(c.chronology()).toString(), "chronology",
                size(c.file(c.chronology())), null))) {
            load.replacing(CHRONOLOGY_ORIGIN, "case:" + c.name() + "#");
            long line = 0;
            for (Event ev : events) {
                load.add(ev, ++line);
            }
            loaded = load.commit(chronology.entries().size() + chronology.problems().size(), skipped, null);
        }
        log.accept(String.format("chronology: %d events stored, %d left out", loaded.imported(), skipped));
        IndicatorStore.SaveResult ind = store.indicators().save(CaseIndicators.read(c.file(c.indicators())));
        log.accept(String.format("indicators: added %d, changed %d, unchanged %d", ind.added(), ind.changed(),
                ind.unchanged()));
        IndicatorStore.SaveResult fatf = null;
        if (c.fatfStatus() != null) {
            FatfStatus.Result r = FatfStatus.read(c.file(c.fatfStatus()));
            String country = c.dyad().first().equals("USA") ? c.dyad().second() : c.dyad().first();
            fatf = store.indicators().save(FatfStatus.observations(r.changes(), country));
            log.accept(String.format("FATF status: %d changes", r.changes().size()));
        }
        return new CaseLoad(events.size(), skipped, ind, fatf);
    }

    /** What loading the data folder did. */
    public record DataLoad(List<ImportSummary> events, List<IngestReport> documents, RuleCodingReport coding) {
    }

    public DataLoad loadData(CaseDefinition c, Path data, Path rejectsDir) {
        EventReaders readers = new EventReaders(ontology);
        EventImporter importer = new EventImporter(store);
        List<ImportSummary> imports = new ArrayList<>();
        for (CaseDefinition.EventFile f : c.events()) {
            Path file = data.resolve(f.path());
            if (!Files.isRegularFile(file)) {
                log.accept("  missing, skipped: " + file);
                continue;
            }
            EventFormat format = EventFormat.ofKey(f.format());
            ImportSummary s = importer.importFile(file, format, readers.forFormat(format),
                    ImportOptions.builder(rejectsDir).build(), ProgressListener.NONE);
            imports.add(s);
            log.accept(String.format("events %s: read %,d, imported %,d, duplicates %,d, rejected %,d", f.path(),
                    s.read(), s.imported(), s.duplicates(), s.rejected()));
        }
        DocumentIngester ingester = new DocumentIngester(store.corpus(), Clock.systemUTC());
        List<IngestReport> reports = new ArrayList<>();
        Set<String> documentIds = new HashSet<>();
        for (CaseDefinition.DocumentCollection d : c.documents()) {
            Path path = data.resolve(d.path());
            if (!Files.exists(path)) {
                log.accept("  missing, skipped: " + path);
                continue;
            }
            IngestOptions.Builder b = IngestOptions.builder().kind(SourceKind.ofKey(d.kind()));
            if (d.side() != null) {
                b.side(new Side(d.side()));
            }
            if (d.namePattern() != null) {
                b.namePattern(Pattern.compile(d.namePattern()));
            }
            IngestReport r = ingester.ingest(files(path, d), b.build(), o -> { });
            reports.add(r);
            r.outcomes().forEach(o -> {
                if (o.documentId() != null) {
                    documentIds.add(o.documentId());
                }
            });
            log.accept(String.format("documents %s: %s", d.path(), summary(r)));
        }
        RuleCodingReport coding = null;
        if (!documentIds.isEmpty()) {
            coding = new RuleCoding(store.corpus(), store.coding(), Clock.systemUTC())
                    .run(new RuleCoder(CaseParts.codebook(c)), documentIds);
            log.accept(String.format("rule coding with the case codebook: %,d documents, %,d passages",
                    coding.documents(), coding.passages()));
        }
        return new DataLoad(imports, reports, coding);
    }

    /** The files of a collection: a file as it is, or a folder's files matching include and from_year. */
    static List<Path> files(Path path, CaseDefinition.DocumentCollection d) {
        if (!Files.isDirectory(path)) {
            return List.of(path);
        }
        Pattern include = d.include() == null ? null : Pattern.compile(d.include());
        Pattern names = d.namePattern() == null ? null : Pattern.compile(d.namePattern());
        try (Stream<Path> s = Files.list(path)) {
            return s.filter(Files::isRegularFile).filter(p -> include == null
                            || include.matcher(p.getFileName().toString()).matches())
                    .filter(p -> d.fromYear() == 0 || yearOf(p, names) >= d.fromYear()).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + path + ": " + e.getMessage(), e);
        }
    }

    private static int yearOf(Path p, Pattern names) {
        if (names == null) {
            return Integer.MAX_VALUE;
        }
        Matcher m = names.matcher(p.getFileName().toString());
        try {
            return m.find() && m.group("year") != null ? Integer.parseInt(m.group("year")) : Integer.MAX_VALUE;
        } catch (IllegalArgumentException e) {
            return Integer.MAX_VALUE;
        }
    }

    private static String summary(IngestReport r) {
        StringBuilder sb = new StringBuilder();
        for (org.dyadlab.corpus.ingest.IngestOutcome.Status s : org.dyadlab.corpus.ingest.IngestOutcome.Status.values()) {
            long n = r.count(s);
            if (n > 0) {
                sb.append(sb.length() == 0 ? "" : ", ").append(n).append(' ').append(s.name().toLowerCase(java.util.Locale.ROOT));
            }
        }
        for (org.dyadlab.corpus.ingest.IngestOutcome f : r.failures()) {
            sb.append("; failed ").append(f.source()).append(": ").append(f.message());
        }
        return sb.toString();
    }

    private static long size(Path p) {
        try {
            return Files.size(p);
        } catch (IOException e) {
            return -1;
        }
    }
}

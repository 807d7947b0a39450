package org.dyadlab.events.fetch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.dyadlab.events.EventFormat;
import org.dyadlab.events.EventImporter;
import org.dyadlab.events.ImportOptions;
import org.dyadlab.events.ImportSummary;
import org.dyadlab.events.ProgressListener;
import org.dyadlab.events.gdelt.GdeltReadOptions;
import org.dyadlab.events.gdelt.GdeltReader;
import org.dyadlab.model.cameo.CameoOntology;
import org.dyadlab.store.EventStore;

/**
 * Imports the verified files of a fetch through the ordinary import path ({@link EventImporter}: one atomic load
 * per file, rejects listed, duplicates counted). A file the import log already records at the same size is
 * skipped, so re-running a fetch reads nothing twice; were it read again, every row would be a duplicate.
 */
public final class FetchImport {
    private final EventStore store;
    private final CameoOntology ontology;

    public FetchImport(EventStore store, CameoOntology ontology) {
        this.store = store;
        this.ontology = ontology;
    }

    /**
     * What became of one fetched file in the store.
     *
     * @param file    the local file
     * @param summary the import's summary, or null when the import log already had the file
     */
    public record Imported(Path file, ImportSummary summary) {
        public boolean skipped() {
            return summary == null;
        }
    }

    /** Imports the report's verified files in date order; {@code progress} gives a listener per file. */
    public List<Imported> importAll(FetchReport report, int version, ImportOptions options,
                                    Function<Path, ProgressListener> progress) {
        EventFormat format = version == 1 ? EventFormat.GDELT1 : EventFormat.GDELT2;
        GdeltReader reader = new GdeltReader(GdeltReadOptions.builder(version).build(), ontology);
        EventImporter importer = new EventImporter(store);
        List<Imported> out = new ArrayList<>();
        for (FetchedFile f : report.verified()) {
            Path file = f.path();
            if (store.hasImported(file.toAbsolutePath().toString(), size(file))) {
                out.add(new Imported(file, null));
                continue;
            }
            out.add(new Imported(file, importer.importFile(file, format, reader, options, progress.apply(file))));
        }
        return out;
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }
}

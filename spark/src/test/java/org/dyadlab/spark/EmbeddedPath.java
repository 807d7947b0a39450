package org.dyadlab.spark;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.dyadlab.events.EventFormat;
import org.dyadlab.events.EventImporter;
import org.dyadlab.events.EventReaders;
import org.dyadlab.events.ImportOptions;
import org.dyadlab.events.ImportSummary;
import org.dyadlab.events.ProgressListener;
import org.dyadlab.model.cameo.CameoOntology;
import org.dyadlab.model.event.Event;
import org.dyadlab.store.EventQuery;
import org.dyadlab.store.EventStore;
import org.dyadlab.store.Workspace;

/** The embedded path the Spark jobs must agree with: the ordinary import into a workspace, file by file. */
final class EmbeddedPath {
    private EmbeddedPath() {
    }

    static List<ImportSummary> importAll(Path workspace, List<InputFile> files) {
        List<ImportSummary> out = new ArrayList<>();
        CameoOntology ontology = CameoOntology.standard();
        try (EventStore store = EventStore.open(new Workspace(workspace), ontology)) {
            EventImporter importer = new EventImporter(store);
            for (InputFile f : files) {
                EventFormat format = EventFormat.ofKey(f.format());
                out.add(importer.importFile(Path.of(f.path()), format, new EventReaders(ontology).forFormat(format),
                        ImportOptions.builder(workspace.resolve("rejects")).build(), ProgressListener.NONE));
            }
        }
        return out;
    }

    /** Every event of a store, in date then id order. */
    static List<Event> events(EventStore store) {
        List<Event> out = new ArrayList<>();
        store.forEachEvent(EventQuery.ALL, out::add);
        return out;
    }

    static List<Event> workspaceEvents(Path workspace) {
        try (EventStore store = EventStore.open(new Workspace(workspace), CameoOntology.standard())) {
            return events(store);
        }
    }

    static List<Event> parquetEvents(Path folder) {
        try (EventStore store = EventStore.openParquet(folder, CameoOntology.standard())) {
            return events(store);
        }
    }
}

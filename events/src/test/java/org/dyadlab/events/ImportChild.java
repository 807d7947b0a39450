package org.dyadlab.events;

import java.nio.file.Path;
import org.dyadlab.model.cameo.CameoOntology;
import org.dyadlab.store.EventStore;
import org.dyadlab.store.Workspace;

/**
 * A child JVM for {@link InterruptedImportTest}: imports a GDELT 2.0 file into a workspace and prints a
 * "progress N" line each time the reader reports, so the parent can kill it mid-import.
 */
public final class ImportChild {
    private ImportChild() {
    }

    public static void main(String[] args) {
        Path workspace = Path.of(args[0]);
        Path file = Path.of(args[1]);
        CameoOntology ontology = CameoOntology.standard();
        try (EventStore store = EventStore.open(new Workspace(workspace), ontology)) {
            ImportSummary s = new EventImporter(store).importFile(file, EventFormat.GDELT2,
                    new EventReaders(ontology).forFormat(EventFormat.GDELT2),
                    ImportOptions.builder(workspace.resolve("rejects")).build(),
                    (bytes, total, records) -> {
                        System.out.println("progress " + records);
                        System.out.flush();
                    });
            System.out.println("done " + s.imported());
        }
    }
}

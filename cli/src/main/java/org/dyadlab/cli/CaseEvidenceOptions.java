package org.dyadlab.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import org.dyadlab.model.cameo.CameoOntology;
import org.dyadlab.store.EventStore;
import org.dyadlab.store.Workspace;
import picocli.CommandLine.Option;

/** The case whose evidence to use and, optionally, a workspace the case was loaded into (passages, coded events). */
final class CaseEvidenceOptions {
    @Option(names = "--case", paramLabel = "DIR",
            description = "The case folder (default: cases/pak-usa of the dyadlab installation).")
    Path caseFolder;

    @Option(names = {"-w", "--workspace"}, paramLabel = "DIR",
            description = "A workspace the case was loaded into (by 'dyadlab demo'): its coded passages and coded "
                    + "event records are used too. Default: the case folder alone.")
    Path workspace;

    Path caseFolder() {
        Path folder = caseFolder != null ? caseFolder : DemoCommand.builtInCase();
        if (folder == null || !Files.isDirectory(folder)) {
            throw new UsageException("no case folder" + (folder == null ? "" : " at " + folder) + "; give --case DIR");
        }
        return folder;
    }

    /** The workspace's store, or null when none was named; a usage error when the named folder holds none. */
    EventStore openWorkspace() {
        if (workspace == null) {
            return null;
        }
        Workspace w = new Workspace(workspace);
        if (!w.exists()) {
            throw new UsageException("no dyadlab store in " + workspace + " (run 'dyadlab demo' first, or leave out "
                    + "--workspace)");
        }
        return EventStore.open(w, CameoOntology.standard());
    }
}

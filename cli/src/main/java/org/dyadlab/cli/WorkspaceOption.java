package org.dyadlab.cli;

import java.nio.file.Path;
import org.dyadlab.model.cameo.CameoOntology;
import org.dyadlab.store.EventStore;
import org.dyadlab.store.Workspace;
import picocli.CommandLine.Option;

/** The {@code --workspace} option, shared by every command that uses the store. */
final class WorkspaceOption {
    @Option(names = {"-w", "--workspace"}, paramLabel = "DIR", defaultValue = ".",
            description = "Workspace folder holding the store (dyadlab.duckdb) and rejects; default: the current "
                    + "directory.")
    Path dir;

    Workspace workspace() {
        return new Workspace(dir);
    }

    EventStore open() {
        return EventStore.open(workspace(), CameoOntology.standard());
    }

    /** Opens an existing store; a usage error when the folder holds none (reading must not create one). */
    EventStore openExisting() {
        if (!workspace().exists()) {
            throw new UsageException("no dyadlab store in " + workspace().dir()
                    + " (import something first, or name the workspace with --workspace)");
        }
        return open();
    }
}

package org.dyadlab.cli;

import java.util.concurrent.Callable;
import org.dyadlab.corpus.search.CorpusIndex;
import org.dyadlab.store.EventStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;

/** {@code dyadlab corpus reindex}: rebuilds the search index from the store. */
@Command(name = "reindex", mixinStandardHelpOptions = true,
        description = "Rebuild the search index (<workspace>/index) from the store, e.g. after copying a workspace "
                + "without its index.", footer = {"", "Example:", "  dyadlab corpus reindex --workspace case-ws"})
final class CorpusReindexCommand implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Mixin
    WorkspaceOption workspace;

    @Override
    public Integer call() {
        try (EventStore store = workspace.openExisting();
             CorpusIndex index = CorpusIndex.open(store.workspace().dir().resolve("index"))) {
            int n = index.rebuild(store.corpus(), store.coding());
            spec.commandLine().getOut().printf("indexed %d documents%n", n);
        }
        return 0;
    }
}

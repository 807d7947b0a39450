package org.dyadlab.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.dyadlab.store.EventStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code dyadlab corpus list}: the documents of the workspace. */
@Command(name = "list", mixinStandardHelpOptions = true, description = "List the documents: id, kind, side, date, "
        + "version, title.", footer = {"", "Example:", "  dyadlab corpus list --format csv > documents.csv"})
final class CorpusListCommand implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Mixin
    WorkspaceOption workspace;

    @Option(names = "--format", defaultValue = "table", description = "table (default), csv or json.")
    OutputFormat format;

    @Override
    public Integer call() {
        List<List<Object>> rows = new ArrayList<>();
        try (EventStore store = workspace.openExisting()) {
            store.corpus().documents().forEach(d -> rows.add(List.of(d.id(), d.kind().key(),
                    d.side() == null ? "" : d.side().code(),
                    d.metadata().date() == null ? "" : d.metadata().date().toString(), d.currentVersion(),
                    d.metadata().title() == null ? "" : d.metadata().title(), d.source())));
        }
        Tables.print(spec.commandLine().getOut(), format,
                List.of("document", "kind", "side", "date", "version", "title", "source"), rows);
        return 0;
    }
}

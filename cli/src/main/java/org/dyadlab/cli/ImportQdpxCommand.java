package org.dyadlab.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.dyadlab.corpus.codebook.CodebookYaml;
import org.dyadlab.corpus.qda.QdaExchange;
import org.dyadlab.corpus.qda.QdaProject;
import org.dyadlab.corpus.qda.QdpxReader;
import org.dyadlab.corpus.search.CorpusIndex;
import org.dyadlab.store.EventStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code dyadlab import qdpx}: a REFI-QDA project into the workspace. */
@Command(name = "qdpx", mixinStandardHelpOptions = true,
        description = {"Import a REFI-QDA project (.qdpx from NVivo, ATLAS.ti, MAXQDA, QualCoder or dyadlab): its "
                + "text documents, coded passages (coder = the project's user) and memos.",
            "Its codebook is written to the workspace's codebook.yaml (or codebook-imported.yaml when one exists)."},
        footer = {"", "Example:", "  dyadlab import qdpx expert-coding.qdpx --workspace case-ws"})
final class ImportQdpxCommand implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Mixin
    WorkspaceOption workspace;

    @Parameters(paramLabel = "FILE", description = "The .qdpx file.")
    Path file;

    @Override
    public Integer call() throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new UsageException("no such file: " + file);
        }
        QdaProject project = QdpxReader.read(file);
        PrintWriter out = spec.commandLine().getOut();
        try (EventStore store = workspace.open();
             CorpusIndex index = CorpusIndex.open(store.workspace().dir().resolve("index"))) {
            QdaExchange.ImportReport r = new QdaExchange(store.corpus(), store.coding()).importProject(project);
            index.rebuild(store.corpus(), store.coding());
            Path book = store.workspace().dir().resolve(CodebookOption.WORKSPACE_FILE);
            if (Files.exists(book)) {
                book = store.workspace().dir().resolve("codebook-imported.yaml");
            }
            Files.writeString(book, CodebookYaml.write(project.codebook()), StandardCharsets.UTF_8);
            out.printf("imported %s: %d documents added, %d already present, %d skipped (same id, other text), "
                    + "%d passages, %d memos; codebook (%d codes) written to %s%n", file, r.documentsAdded(),
                    r.documentsReused(), r.documentsSkipped().size(), r.passages(), r.memos(),
                    project.codebook().codes().size(), book);
            if (!r.documentsSkipped().isEmpty()) {
                out.println("  skipped: " + String.join(", ", r.documentsSkipped()));
            }
            if (!project.unread().isEmpty()) {
                out.printf("  not imported (dyadlab reads text sources only): %d: %s%n", project.unread().size(),
                        String.join(", ", project.unread()));
            }
        }
        return 0;
    }
}
